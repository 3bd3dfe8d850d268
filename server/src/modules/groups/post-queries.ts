import type { GroupPostAttachment } from '@vaksam/domain/groups';
import { and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { groupMembers, groupPostAttachments, groupPostReports, groupPosts, users } from '../../db/schema';

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
      // A post's files come along in its row, so that a page needs no second query; most posts have none.
      attachments: sql<GroupPostAttachment[]>`coalesce((select jsonb_agg(jsonb_build_object(
          'id', a.id, 'displayName', a.display_name, 'contentType', a.content_type, 'size', a.size,
          'width', a.width, 'height', a.height, 'hasThumbnail', a.thumbnail_key is not null) order by a.id)
        from ${groupPostAttachments} a where a.post_id = ${groupPosts.id}), '[]'::jsonb)`,
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
export function visibleTo(readerId: string, admin: boolean): SQL | undefined {
  return admin
    ? sql`${groupPosts.state} <> 'removed'`
    : sql`(${groupPosts.state} = 'published' or (${groupPosts.state} = 'pending' and ${groupPosts.authorId} = ${readerId}))`;
}

function buildThreadsQuery(db: Queryable, admin: boolean, view: FeedView, after: boolean) {
  const readerId = sql.placeholder('readerId');
  const byView: Record<FeedView, SQL | undefined> = {
    feed: sql`(${groupPosts.state} = 'published' or (${groupPosts.state} = 'pending' and ${groupPosts.authorId} = ${readerId}))`,
    pending: and(eq(groupPosts.state, 'pending'), admin ? undefined : eq(groupPosts.authorId, readerId)),
    reported: and(
      sql`${groupPosts.state} <> 'removed'`,
      sql`exists (select 1 from ${groupPostReports} x where x.post_id = ${groupPosts.id})`,
    ),
  };
  return selectPosts(db, admin)
    .where(
      and(
        eq(groupPosts.groupId, sql.placeholder('groupId')),
        view === 'reported' ? undefined : isNull(groupPosts.parentId),
        byView[view],
        after ? lt(groupPosts.id, sql.placeholder('afterId')) : undefined,
      ),
    )
    .orderBy(desc(groupPosts.id))
    .limit(sql.placeholder('limit'))
    .prepare(`group_threads_${view}_${admin ? 'admin' : 'member'}_${after ? 'after' : 'first'}`);
}

const threadStatements = new WeakMap<Queryable, Map<string, ReturnType<typeof buildThreadsQuery>>>();

/**
 * One page of threads, newest first. The first page of a group is its most read page, so each variant is a
 * named prepared statement, planned once per connection: planning cost three times what running it did.
 */
export function listThreads(
  db: Queryable,
  groupId: string,
  reader: { id: string; admin: boolean },
  view: FeedView,
  page: { limit: number; afterId: string | null },
) {
  const variant = `${view}:${reader.admin}:${page.afterId !== null}`;
  let statements = threadStatements.get(db);
  if (!statements) {
    statements = new Map();
    threadStatements.set(db, statements);
  }
  let statement = statements.get(variant);
  if (!statement) {
    statement = buildThreadsQuery(db, reader.admin, view, page.afterId !== null);
    statements.set(variant, statement);
  }
  return statement.execute({ groupId, readerId: reader.id, afterId: page.afterId, limit: page.limit + 1 });
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
