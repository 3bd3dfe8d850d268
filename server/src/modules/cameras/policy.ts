import { type Actor, isOrgManager, isOrgMember } from '../../platform/policy';

/** Members read the register of their organisation (to name the camera in a report); managers keep it. */
export const cameraPolicy = {
  read: (actor: Actor, orgId: string) => ({
    canSee: isOrgMember(actor, orgId),
    allowed: isOrgMember(actor, orgId),
  }),
  manage: (actor: Actor, orgId: string) => ({
    canSee: isOrgMember(actor, orgId),
    allowed: isOrgManager(actor, orgId),
  }),
  /**
   * CAM-3: the footage log names who viewed recordings and what the police asked for, so only managers and
   * security contacts read or write it; reporters see the camera but not its log.
   */
  log: (actor: Actor, orgId: string) => ({
    canSee: isOrgMember(actor, orgId),
    allowed: isOrgManager(actor, orgId),
  }),
};
