import type { GroupBadge, GroupRole } from '@vaksam/domain/groups';
import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq } from 'drizzle-orm';
import { groupMembers } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import type { Actor } from '../../platform/policy';
import { countAdmins, findGroupMember, listGroupMembers } from './queries';
import { groupFor, requireActive } from './service';

const MEMBER_NOT_FOUND = 'Personen är inte medlem i gruppen';

const presentMember = (row: Awaited<ReturnType<typeof listGroupMembers>>[number]) => ({
  userId: row.member.userId,
  name: row.name,
  role: row.member.role,
  crisisAdmin: row.member.crisisAdmin,
  badge: row.member.badge,
  joinedAt: row.member.joinedAt.toISOString(),
});

export async function listMembers(deps: ServiceDeps, actor: Actor, groupId: string, query: PageQuery) {
  await groupFor(deps, actor, groupId, 'readContent');
  return fetchPage(
    query,
    (page) => listGroupMembers(deps.db, groupId, page),
    (row) => row.member.userId,
    presentMember,
  );
}

async function activeSeat(deps: ServiceDeps, groupId: string, userId: string) {
  const row = await findGroupMember(deps.db, groupId, userId);
  if (!row) throw notFound(MEMBER_NOT_FOUND);
  return row;
}

const LAST_ADMIN = 'Gruppen behöver minst en administratör. Utse en annan administratör först.';

/** GRP-2, GRP-7: admins appoint admins and crisis admins and give members their role badge. */
export async function updateMember(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  userId: string,
  input: { role?: GroupRole; crisisAdmin?: boolean; badge?: GroupBadge | null },
) {
  const view = await groupFor(deps, actor, groupId, 'administer');
  requireActive(view);
  const seat = await activeSeat(deps, groupId, userId);
  if (seat.member.role === 'admin' && input.role === 'member' && (await countAdmins(deps.db, groupId)) <= 1) {
    throw conflict(LAST_ADMIN, { role: 'Sista administratören' });
  }
  await deps.db.transaction(async (tx) => {
    await tx
      .update(groupMembers)
      .set(input)
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.member_updated',
      targetType: 'group',
      targetId: groupId,
      details: { userId, fields: Object.keys(input) },
    });
  });
  return presentMember(await activeSeat(deps, groupId, userId));
}

/** Admins remove members; every member may leave, except the last admin. */
export async function removeMember(deps: ServiceDeps, actor: Actor, groupId: string, userId: string) {
  const leaving = userId === actor.userId;
  const view = await groupFor(deps, actor, groupId, leaving ? 'readContent' : 'administer');
  const seat = await activeSeat(deps, groupId, userId);
  if (seat.member.role === 'admin' && (await countAdmins(deps.db, groupId)) <= 1) {
    throw conflict(LAST_ADMIN, { userId: 'Sista administratören' });
  }
  await deps.db.transaction(async (tx) => {
    await tx
      .delete(groupMembers)
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: leaving ? 'group.left' : 'group.member_removed',
      targetType: 'group',
      targetId: view.group.id,
      details: { userId },
    });
  });
  return { ok: true as const };
}
