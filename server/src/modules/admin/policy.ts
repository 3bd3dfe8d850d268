import { type Actor, isPlatformAdmin } from '../../platform/policy';

/** Only platform admins see the user directory; to everyone else it does not exist. */
export const adminPolicy = {
  manageUsers: (actor: Actor) => ({ canSee: isPlatformAdmin(actor), allowed: isPlatformAdmin(actor) }),
};
