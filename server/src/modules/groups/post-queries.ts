import { and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { groupMembers, groupPostReports, groupPosts, users } from '../../db/schema';

export type FeedView = 'feed' | 'pending' | 'reported';

function selectPosts(db: Queryable, admin: boolean) {
  return db
    .select({
      post: groupPosts,
      authorName: users.name,
      authorBadge: groupMembers.badge,
      replyCount:
        sql<number>`(select count(*) from ${groupPosts} r where r.parent_id = ${groupPosts.id} and r.state = 'published')`.mapWith(
          Number,
        ),
      // Only admins act on reports; others are not told how often a post was reported.
      reportCount: admin
        ? sql<number>`(select count(*) from ${groupPostReports} x where x.post_id = ${groupPosts.id})`.mapWith(
            Number,
          )
        : sql<number>`0`.mapWith(Number),
    })
    .from(groupPosts)
    .leftJoin(users, eq(users.id, groupPosts.authorId))
    .leftJoin(
      groupMembers,
      and(eq(groupMembers.groupId, groupPosts.groupId), eq(groupMembers.userId, groupPosts.authorId)),
    );
}

export type PostRow = Awaited<ReturnType<ReturnType<typeof selectPosts>['execute']>>[number];

/** What a reader sees of the group's posts: everything published, and what waits only to its author and admins. */
function visibleTo(readerId: string, admin: boolean): SQL | undefined {
  return admin
    ? sql`${groupPosts.state} <> 'removed'`
    : sql`(${groupPosts.state} = 'published' or (${groupPosts.state} = 'pending' and ${groupPosts.authorId} = ${readerId}))`;
}

/** One page of threads, newest first. */
export function listThreads(
  db: Queryable,
  groupId: string,
  reader: { id: string; admin: boolean },
  view: FeedView,
  page: { limit: number; afterId: string | null },
) {
  const byView: Record<FeedView, SQL | undefined> = {
    feed: sql`(${groupPosts.state} = 'published' or (${groupPosts.state} = 'pending' and ${groupPosts.authorId} = ${reader.id}))`,
    pending: and(
      eq(groupPosts.state, 'pending'),
      reader.admin ? undefined : eq(groupPosts.authorId, reader.id),
    ),
    reported: and(
      sql`${groupPosts.state} <> 'removed'`,
      sql`exists (select 1 from ${groupPostReports} x where x.post_id = ${groupPosts.id})`,
    ),
  };
  return selectPosts(db, reader.admin)
    .where(
      and(
        eq(groupPosts.groupId, groupId),
        view === 'reported' ? undefined : isNull(groupPosts.parentId),
        byView[view],
        page.afterId ? lt(groupPosts.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(groupPosts.id))
    .limit(page.limit + 1);
}

export async function findPost(
  db: Queryable,
  groupId: string,
  postId: string,
  reader: { id: string; admin: boolean },
) {
  const [row] = await selectPosts(db, reader.admin).where(
    and(eq(groupPosts.groupId, groupId), eq(groupPosts.id, postId), visibleTo(reader.id, reader.admin)),
  );
  return row ?? null;
}

export function listReplies(db: Queryable, threadId: string, reader: { id: string; admin: boolean }) {
  return selectPosts(db, reader.admin)
    .where(and(eq(groupPosts.parentId, threadId), visibleTo(reader.id, reader.admin)))
    .orderBy(groupPosts.id)
    .limit(500);
}
