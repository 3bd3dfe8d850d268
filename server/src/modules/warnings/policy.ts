import { type Actor, isPlatformStaff } from '../../platform/policy';

/**
 * WARN-1, WARN-5: the platform's analysts (and admins) write warnings for everyone; a group's admins write them
 * for their group, whose seat `groupFor` checks. To anyone else the authoring routes do not exist.
 */
export const warningPolicy = {
  authorPlatform: (actor: Actor) => {
    const staff = isPlatformStaff(actor);
    return { canSee: staff, allowed: staff };
  },
};
