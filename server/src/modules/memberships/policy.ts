import { type Actor, isAnalyst, isPlatformAdmin } from '../../platform/policy';

/**
 * Analysts verify trade-federation membership numbers (platform admins may too); to everyone else the
 * queue does not exist.
 */
export const membershipPolicy = {
  review: (actor: Actor) => {
    const staff = isAnalyst(actor) || isPlatformAdmin(actor);
    return { canSee: staff, allowed: staff };
  },
};
