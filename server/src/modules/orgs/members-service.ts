import type { MembershipRole } from '@vaksam/domain/accounts';
import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { memberships } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { orgPolicy } from './policy';
import { findMembership, listManagers, listMembers as queryMembers } from './queries';

const ORG_NOT_FOUND = 'Organisationen hittades inte';
const MEMBER_NOT_FOUND = 'Personen är inte medlem i organisationen';
const isManagerRole = (role: MembershipRole) => role === 'manager' || role === 'security_contact';

export async function listMembers(deps: ServiceDeps, actor: Actor, orgId: string, query: PageQuery) {
  enforce(orgPolicy.read(actor, orgId), ORG_NOT_FOUND);
  return fetchPage(
    query,
    (page) => queryMembers(deps.db, { orgId }, page),
    (row) => row.userId,
    (row) => ({
      userId: row.userId,
      name: row.name,
      email: row.email,
      role: row.role,
      totpEnabled: row.totpEnabledAt !== null,
      joinedAt: row.joinedAt.toISOString(),
    }),
  );
}

/** An organisation without a manager could never approve anyone again. */
async function assertKeepsAManager(tx: Queryable, orgId: string, leavingUserId: string) {
  const managers = await listManagers(tx, { orgId });
  if (!managers.some((m) => m.userId !== leavingUserId)) {
    throw conflict('Organisationen måste ha minst en chef. Utse en annan chef först.', {
      role: 'Minst en chef krävs',
    });
  }
}

export async function changeMemberRole(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  userId: string,
  role: MembershipRole,
) {
  enforce(orgPolicy.manageMembers(actor, orgId), ORG_NOT_FOUND);
  return deps.db.transaction(async (tx) => {
    const membership = await findMembership(tx, { orgId }, userId);
    if (!membership) throw notFound(MEMBER_NOT_FOUND);
    if (isManagerRole(membership.role) && !isManagerRole(role)) await assertKeepsAManager(tx, orgId, userId);
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'member.role_changed',
      targetType: 'user',
      targetId: userId,
      details: { from: membership.role, to: role },
    });
  });
}

export async function removeMember(deps: ServiceDeps, actor: Actor, orgId: string, userId: string) {
  enforce(orgPolicy.removeMember(actor, orgId, userId), ORG_NOT_FOUND);
  await deps.db.transaction(async (tx) => {
    const membership = await findMembership(tx, { orgId }, userId);
    if (!membership) throw notFound(MEMBER_NOT_FOUND);
    if (isManagerRole(membership.role)) await assertKeepsAManager(tx, orgId, userId);
    await tx.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: actor.userId === userId ? 'member.left' : 'member.removed',
      targetType: 'user',
      targetId: userId,
    });
  });
}

/** Adds the user unless already a member; returns whether a membership was created. */
export async function addMember(
  tx: Queryable,
  orgId: string,
  userId: string,
  role: MembershipRole,
): Promise<boolean> {
  const inserted = await tx
    .insert(memberships)
    .values({ orgId, userId, role })
    .onConflictDoNothing()
    .returning({ userId: memberships.userId });
  return inserted.length > 0;
}
