import { type Actor, isPlatformStaff } from '../../platform/policy';

/**
 * Varningslistan is public to read. Only the platform's analysts (and admins) publish, edit and remove entries
 * and record reports; to anyone else those routes do not exist.
 */
export const fraudPolicy = {
  manage: (actor: Actor) => {
    const staff = isPlatformStaff(actor);
    return { canSee: staff, allowed: staff };
  },
};
