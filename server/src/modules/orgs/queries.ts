import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { invites, joinRequests, memberships, organisations, units, users } from '../../db/schema';

/** Every read below takes the organisation the caller was already authorised for. */
export type OrgScope = { orgId: string };

export async function findOrgById(db: Queryable, id: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
  return org ?? null;
}

export async function findOrgByNumber(db: Queryable, normalizedOrgNumber: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.orgNumber, normalizedOrgNumber));
  return org ?? null;
}

export async function listOrgsByIds(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(asc(organisations.name));
}

export async function listMembers(
  db: Queryable,
  scope: OrgScope,
  page: { limit: number; afterId: string | null },
) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      totpEnabledAt: users.totpEnabledAt,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, scope.orgId),
        page.afterId ? gt(memberships.userId, page.afterId) : undefined,
      ),
    )
    .orderBy(asc(memberships.userId))
    .limit(page.limit + 1);
}

export async function findMembership(db: Queryable, scope: OrgScope, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
  return row ?? null;
}

export async function listManagers(db: Queryable, scope: OrgScope) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.orgId, scope.orgId), inArray(memberships.role, ['manager', 'security_contact'])),
    );
}

export async function listUnits(
  db: Queryable,
  scope: OrgScope,
  page: { limit: number; afterId: string | null },
) {
  return db
    .select()
    .from(units)
    .where(and(eq(units.orgId, scope.orgId), page.afterId ? gt(units.id, page.afterId) : undefined))
    .orderBy(asc(units.id))
    .limit(page.limit + 1);
}

export async function findUnit(db: Queryable, scope: OrgScope, unitId: string) {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.orgId, scope.orgId), eq(units.id, unitId)));
  return row ?? null;
}

export async function listInvites(
  db: Queryable,
  scope: OrgScope,
  page: { limit: number; afterId: string | null },
) {
  return db
    .select()
    .from(invites)
    .where(and(eq(invites.orgId, scope.orgId), page.afterId ? gt(invites.id, page.afterId) : undefined))
    .orderBy(asc(invites.id))
    .limit(page.limit + 1);
}

const joinRequestColumns = {
  id: joinRequests.id,
  orgId: joinRequests.orgId,
  orgName: organisations.name,
  userId: users.id,
  userName: users.name,
  userEmail: users.email,
  message: joinRequests.message,
  status: joinRequests.status,
  createdAt: joinRequests.createdAt,
  decidedAt: joinRequests.decidedAt,
};

export type JoinRequestRow = Awaited<ReturnType<typeof selectJoinRequests>>[number];

function selectJoinRequests(
  db: Queryable,
  where: SQL | undefined,
  page: { limit: number; afterId: string | null },
) {
  return db
    .select(joinRequestColumns)
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .innerJoin(organisations, eq(organisations.id, joinRequests.orgId))
    .where(and(where, page.afterId ? gt(joinRequests.id, page.afterId) : undefined))
    .orderBy(asc(joinRequests.id))
    .limit(page.limit + 1);
}

export const listJoinRequests = (
  db: Queryable,
  scope: OrgScope,
  page: { limit: number; afterId: string | null },
) => selectJoinRequests(db, eq(joinRequests.orgId, scope.orgId), page);

/** The requester's own requests across organisations: scoped by the user instead of an organisation. */
export const listJoinRequestsOfUser = (
  db: Queryable,
  userId: string,
  page: { limit: number; afterId: string | null },
) => selectJoinRequests(db, eq(joinRequests.userId, userId), page);

export async function findJoinRequest(db: Queryable, scope: OrgScope, requestId: string) {
  const where = and(eq(joinRequests.orgId, scope.orgId), eq(joinRequests.id, requestId));
  const [row] = await selectJoinRequests(db, where, { limit: 0, afterId: null });
  return row ?? null;
}

export function presentJoinRequest(row: JoinRequestRow) {
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: row.orgName,
    user: { id: row.userId, name: row.userName, email: row.userEmail },
    message: row.message,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
