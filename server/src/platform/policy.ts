import type { MembershipRoleName, SessionMembership } from './auth/sessions';
import { forbidden, notFound } from './errors';

/** Who is asking, as every policy sees it. */
export type Actor = {
  userId: string;
  platformRole: 'analyst' | 'admin' | null;
  /** A verified member of the trade federation (decision 018): reads member-only content, creates groups. */
  federationMember: boolean;
  memberships: readonly Pick<SessionMembership, 'orgId' | 'role'>[];
};

export const roleIn = (actor: Actor, orgId: string): MembershipRoleName | null =>
  actor.memberships.find((m) => m.orgId === orgId)?.role ?? null;

export const isOrgMember = (actor: Actor, orgId: string) => roleIn(actor, orgId) !== null;

/** Security contacts are managers who are also alerted at once (product.md, roles). */
export const isOrgManager = (actor: Actor, orgId: string) => {
  const role = roleIn(actor, orgId);
  return role === 'manager' || role === 'security_contact';
};

export const isPlatformAdmin = (actor: Actor) => actor.platformRole === 'admin';
export const isAnalyst = (actor: Actor) => actor.platformRole === 'analyst';

/** Analysts verify memberships and write for the members; platform admins may do what analysts do. */
export const isPlatformStaff = (actor: Actor) => actor.platformRole !== null;

/**
 * Turns a policy answer into the HTTP outcome: someone who cannot even see the organisation gets 404,
 * so that its resources do not leak; someone who sees it but may not act gets 403.
 */
export function enforce(
  decision: { canSee: boolean; allowed: boolean },
  hiddenMessage = 'Hittades inte',
): void {
  if (!decision.canSee) throw notFound(hiddenMessage);
  if (!decision.allowed) throw forbidden();
}
