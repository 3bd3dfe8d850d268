import { and, asc, desc, eq, gt, ilike, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { groupApplications, groupCreatorRequests, groupMembers, groups, users } from '../../db/schema';

export type GroupRow = typeof groups.$inferSelect;

/** A group with its member count and the reader's seat and waiting application, in one query. */
function selectGroups(db: Queryable, userId: string) {
  return db
    .select({
      group: groups,
      memberCount:
        sql<number>`(select count(*) from ${groupMembers} m where m.group_id = ${groups.id} and m.banned_at is null)`.mapWith(
          Number,
        ),
      seatRole: groupMembers.role,
      seatCrisisAdmin: groupMembers.crisisAdmin,
      seatBadge: groupMembers.badge,
      seatBannedAt: groupMembers.bannedAt,
      applicationPending: sql<boolean>`exists (select 1 from ${groupApplications} a where a.group_id = ${groups.id} and a.user_id = ${userId} and a.state = 'pending')`,
    })
    .from(groups)
    .leftJoin(groupMembers, and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, userId)));
}

export async function findGroupFor(db: Queryable, userId: string, groupId: string) {
  const [row] = await selectGroups(db, userId).where(eq(groups.id, groupId));
  return row ?? null;
}

/** Open groups anyone may apply to, by name and kommun. */
export function searchOpenGroups(
  db: Queryable,
  userId: string,
  filter: { q?: string; kommun?: string },
  page: { limit: number; afterId: string | null },
) {
  const words = filter.q?.trim();
  return selectGroups(db, userId)
    .where(
      and(
        eq(groups.openForApplications, true),
        isNull(groups.archivedAt),
        filter.kommun ? eq(groups.kommunCode, filter.kommun) : undefined,
        words ? ilike(groups.name, `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
        page.afterId ? gt(groups.id, page.afterId) : undefined,
      ),
    )
    .orderBy(asc(groups.id))
    .limit(page.limit + 1);
}

/** The reader's own groups, archived ones included, newest first. */
export function listMyGroups(db: Queryable, userId: string, page: { limit: number; afterId: string | null }) {
  return selectGroups(db, userId)
    .where(
      and(
        eq(groupMembers.userId, userId),
        isNull(groupMembers.bannedAt),
        page.afterId ? lt(groups.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(groups.id))
    .limit(page.limit + 1);
}

export function listGroupMembers(
  db: Queryable,
  groupId: string,
  page: { limit: number; afterId: string | null },
) {
  return db
    .select({ member: groupMembers, name: users.name })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(
      and(
        eq(groupMembers.groupId, groupId),
        isNull(groupMembers.bannedAt),
        page.afterId ? gt(groupMembers.userId, page.afterId) : undefined,
      ),
    )
    .orderBy(asc(groupMembers.userId))
    .limit(page.limit + 1);
}

export async function countAdmins(db: Queryable, groupId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(groupMembers)
    .where(
      and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'admin'), isNull(groupMembers.bannedAt)),
    );
  return row?.count ?? 0;
}

export function listApplications(
  db: Queryable,
  groupId: string,
  page: { limit: number; afterId: string | null },
) {
  return db
    .select({ application: groupApplications, name: users.name, email: users.email })
    .from(groupApplications)
    .innerJoin(users, eq(users.id, groupApplications.userId))
    .where(
      and(
        eq(groupApplications.groupId, groupId),
        eq(groupApplications.state, 'pending'),
        page.afterId ? gt(groupApplications.id, page.afterId) : undefined,
      ),
    )
    .orderBy(asc(groupApplications.id))
    .limit(page.limit + 1);
}

export async function creatorRightGranted(db: Queryable, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ state: groupCreatorRequests.state })
    .from(groupCreatorRequests)
    .where(eq(groupCreatorRequests.userId, userId));
  return row?.state === 'granted';
}

export function listCreatorRequests(
  db: Queryable,
  state: 'pending' | 'granted' | 'denied' | undefined,
  page: { limit: number; afterId: string | null },
) {
  const conditions: (SQL | undefined)[] = [
    state ? eq(groupCreatorRequests.state, state) : undefined,
    page.afterId ? gt(groupCreatorRequests.userId, page.afterId) : undefined,
  ];
  return db
    .select({ request: groupCreatorRequests, name: users.name, email: users.email })
    .from(groupCreatorRequests)
    .innerJoin(users, eq(users.id, groupCreatorRequests.userId))
    .where(and(...conditions))
    .orderBy(asc(groupCreatorRequests.userId))
    .limit(page.limit + 1);
}

export type GroupView = NonNullable<Awaited<ReturnType<typeof findGroupFor>>>;

/**
 * The group and the reader's seat, without the counts a profile shows: every request inside a group asks this
 * first, so it is one primary-key lookup and one join.
 */
function buildSeatQuery(db: Queryable) {
  return db
    .select({
      group: groups,
      seatRole: groupMembers.role,
      seatCrisisAdmin: groupMembers.crisisAdmin,
      seatBadge: groupMembers.badge,
      seatBannedAt: groupMembers.bannedAt,
    })
    .from(groups)
    .leftJoin(
      groupMembers,
      and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, sql.placeholder('userId'))),
    )
    .where(eq(groups.id, sql.placeholder('groupId')))
    .prepare('group_seat');
}

const seatStatements = new WeakMap<Queryable, ReturnType<typeof buildSeatQuery>>();

/**
 * The group and the reader's seat in it: asked before every read of a group's content, so it is a named
 * prepared statement, planned once per connection.
 */
export async function findGroupSeat(db: Queryable, userId: string, groupId: string) {
  let statement = seatStatements.get(db);
  if (!statement) {
    statement = buildSeatQuery(db);
    seatStatements.set(db, statement);
  }
  const [row] = await statement.execute({ userId, groupId });
  return row ?? null;
}

export type GroupSeatRow = NonNullable<Awaited<ReturnType<typeof findGroupSeat>>>;

export async function findGroupMember(db: Queryable, groupId: string, userId: string) {
  const [row] = await db
    .select({ member: groupMembers, name: users.name })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(
      and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId), isNull(groupMembers.bannedAt)),
    );
  return row ?? null;
}
