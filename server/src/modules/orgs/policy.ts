import { type Actor, isOrgManager, isOrgMember, isPlatformAdmin } from '../../platform/policy';

/** Platform admins manage every organisation; otherwise only members see one and only managers change it. */
const sees = (actor: Actor, orgId: string) => isOrgMember(actor, orgId) || isPlatformAdmin(actor);
const manages = (actor: Actor, orgId: string) => isOrgManager(actor, orgId) || isPlatformAdmin(actor);

export const orgPolicy = {
  read: (actor: Actor, orgId: string) => ({ canSee: sees(actor, orgId), allowed: sees(actor, orgId) }),
  update: (actor: Actor, orgId: string) => ({ canSee: sees(actor, orgId), allowed: manages(actor, orgId) }),
  manageMembers: (actor: Actor, orgId: string) => ({
    canSee: sees(actor, orgId),
    allowed: manages(actor, orgId),
  }),
  /** Anyone may leave an organisation; removing others is for managers. */
  removeMember: (actor: Actor, orgId: string, userId: string) => ({
    canSee: sees(actor, orgId),
    allowed: manages(actor, orgId) || (actor.userId === userId && isOrgMember(actor, orgId)),
  }),
  readUnits: (actor: Actor, orgId: string) => ({ canSee: sees(actor, orgId), allowed: sees(actor, orgId) }),
  manageUnits: (actor: Actor, orgId: string) => ({
    canSee: sees(actor, orgId),
    allowed: manages(actor, orgId),
  }),
  invite: (actor: Actor, orgId: string) => ({ canSee: sees(actor, orgId), allowed: manages(actor, orgId) }),
  decideJoinRequests: (actor: Actor, orgId: string) => ({
    canSee: sees(actor, orgId),
    allowed: manages(actor, orgId),
  }),
};

/** Sent with the organisation so the UI shows only what the user may do. */
export function orgAbilities(actor: Actor, orgId: string) {
  return {
    update: orgPolicy.update(actor, orgId).allowed,
    manageMembers: orgPolicy.manageMembers(actor, orgId).allowed,
    manageUnits: orgPolicy.manageUnits(actor, orgId).allowed,
    invite: orgPolicy.invite(actor, orgId).allowed,
  };
}
