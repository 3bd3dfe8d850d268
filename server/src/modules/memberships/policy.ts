import { type Actor, isPlatformStaff } from '../../platform/policy';

/**
 * Analysts verify trade-federation membership numbers (platform admins may too); to everyone else the
 * queue does not exist.
 */
export const membershipPolicy = {
  review: (actor: Actor) => {
    const staff = isPlatformStaff(actor);
    return { canSee: staff, allowed: staff };
  },
};
