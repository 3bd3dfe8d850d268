import type { GroupPostAttachment } from '@vaksam/domain/groups';
import { and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import { isoFromTimestampText, type PreparedRows, prepareRows } from '../../db/prepared';
import { groupMembers, groupPostAttachments, groupPostReports, groupPosts, users } from '../../db/schema';

export type FeedView = 'feed' | 'pending' | 'reported';
/** The admins' queues; the feed itself is read by `listMemberFeed`. */
export type QueueView = Exclude<FeedView, 'feed'>;

const replyCountOf = sql<number>`(select count(*)::int from ${groupPosts} r where r.parent_id = ${groupPosts.id} and r.state = 'published')`;
// Only admins act on reports; others are not told how often a post was reported.
const reportCountOf = (admin: boolean) =>
  admin
    ? sql<number>`(select count(*)::int from ${groupPostReports} x where x.post_id = ${groupPosts.id})`
    : sql<number>`0`;
// A post's files come along in its row, so that a page needs no second query; most posts have none.
const attachmentsOf = sql<GroupPostAttachment[]>`coalesce((select jsonb_agg(jsonb_build_object(
    'id', a.id, 'displayName', a.display_name, 'contentType', a.content_type, 'size', a.size,
    'width', a.width, 'height', a.height, 'hasThumbnail', a.thumbnail_key is not null) order by a.id)
  from ${groupPostAttachments} a where a.post_id = ${groupPosts.id}), '[]'::jsonb)`;
const authorSeat = and(
  eq(groupMembers.groupId, groupPosts.groupId),
  eq(groupMembers.userId, groupPosts.authorId),
);

function selectPosts(db: Queryable, admin: boolean) {
  return db
    .select({
      post: groupPosts,
      authorName: users.name,
      authorBadge: groupMembers.badge,
      replyCount: replyCountOf,
      reportCount: reportCountOf(admin),
      attachments: attachmentsOf,
    })
    .from(groupPosts)
    .leftJoin(users, eq(users.id, groupPosts.authorId))
    .leftJoin(groupMembers, authorSeat);
}

export type PostRow = Awaited<ReturnType<ReturnType<typeof selectPosts>['execute']>>[number];

/** What a post's presentation needs, with its instants as ISO 8601 text. */
export type PostView = {
  id: string;
  groupId: string;
  parentId: string | null;
  authorId: string | null;
  body: string;
  state: PostRow['post']['state'];
  createdAt: string;
  editedAt: string | null;
  authorName: string | null;
  authorBadge: PostRow['authorBadge'];
  replyCount: number;
  reportCount: number;
  attachments: GroupPostAttachment[];
};

export const viewOfPost = (row: PostRow): PostView => ({
  id: row.post.id,
  groupId: row.post.groupId,
  parentId: row.post.parentId,
  authorId: row.post.authorId,
  body: row.post.body,
  state: row.post.state,
  createdAt: row.post.createdAt.toISOString(),
  editedAt: row.post.editedAt?.toISOString() ?? null,
  authorName: row.authorName,
  authorBadge: row.authorBadge,
  replyCount: row.replyCount,
  reportCount: row.reportCount,
  attachments: row.attachments,
});

/** The feed's columns, in the order `viewFromCells` reads them. */
function feedColumns(admin: boolean) {
  return {
    id: groupPosts.id,
    groupId: groupPosts.groupId,
    parentId: groupPosts.parentId,
    authorId: groupPosts.authorId,
    body: groupPosts.body,
    state: groupPosts.state,
    createdAt: groupPosts.createdAt,
    editedAt: groupPosts.editedAt,
    authorName: users.name,
    authorBadge: groupMembers.badge,
    replyCount: replyCountOf,
    reportCount: reportCountOf(admin),
    attachments: attachmentsOf,
  };
}

function viewFromCells(cells: unknown[]): PostView {
  const attachments = cells[12];
  return {
    id: cells[0] as string,
    groupId: cells[1] as string,
    parentId: cells[2] as string | null,
    authorId: cells[3] as string | null,
    body: cells[4] as string,
    state: cells[5] as PostView['state'],
    createdAt: isoFromTimestampText(cells[6] as string),
    editedAt: cells[7] === null ? null : isoFromTimestampText(cells[7] as string),
    authorName: cells[8] as string | null,
    authorBadge: cells[9] as PostView['authorBadge'],
    replyCount: Number(cells[10]),
    reportCount: Number(cells[11]),
    attachments: (typeof attachments === 'string'
      ? JSON.parse(attachments)
      : attachments) as GroupPostAttachment[],
  };
}

/** What a reader sees of the group's posts: everything published, and what waits only to its author and admins. */
export function visibleTo(readerId: string, admin: boolean): SQL | undefined {
  return admin
    ? sql`${groupPosts.state} <> 'removed'`
    : sql`(${groupPosts.state} = 'published' or (${groupPosts.state} = 'pending' and ${groupPosts.authorId} = ${readerId}))`;
}

function buildThreadsQuery(db: Queryable, admin: boolean, view: QueueView, after: boolean) {
  const readerId = sql.placeholder('readerId');
  const byView: Record<QueueView, SQL | undefined> = {
    pending: and(eq(groupPosts.state, 'pending'), admin ? undefined : eq(groupPosts.authorId, readerId)),
    reported: and(
      sql`${groupPosts.state} <> 'removed'`,
      sql`exists (select 1 from ${groupPostReports} x where x.post_id = ${groupPosts.id})`,
    ),
  };
  const query = db
    .select(feedColumns(admin))
    .from(groupPosts)
    .leftJoin(users, eq(users.id, groupPosts.authorId))
    .leftJoin(groupMembers, authorSeat)
    .where(
      and(
        eq(groupPosts.groupId, sql.placeholder('groupId')),
        view === 'reported' ? undefined : isNull(groupPosts.parentId),
        byView[view],
        after ? lt(groupPosts.id, sql.placeholder('afterId')) : undefined,
      ),
    )
    .orderBy(desc(groupPosts.id))
    .limit(sql.placeholder('limit'));
  const name = `group_threads_${view}_${admin ? 'admin' : 'member'}_${after ? 'after' : 'first'}`;
  return prepareRows(db, name, query, viewFromCells);
}

const threadStatements = new WeakMap<Queryable, Map<string, PreparedRows<PostView>>>();

/** One page of a queue (waiting or reported threads), newest first. */
export function listThreads(
  db: Queryable,
  groupId: string,
  reader: { id: string; admin: boolean },
  view: QueueView,
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

const readerSeat = alias(groupMembers, 'reader_seat');

function buildMemberFeedQuery(db: Queryable, after: boolean) {
  const readerId = sql.placeholder('readerId');
  const readerIsAdmin = sql`${readerSeat.role} = 'admin'`;
  const query = db
    .select({
      ...feedColumns(false),
      reportCount: sql<number>`case when ${readerIsAdmin} then (select count(*)::int from ${groupPostReports} x where x.post_id = ${groupPosts.id}) else 0 end`,
      readerAdmin: sql<boolean>`${readerIsAdmin}`,
    })
    .from(groupPosts)
    .innerJoin(
      readerSeat,
      and(
        eq(readerSeat.groupId, groupPosts.groupId),
        eq(readerSeat.userId, readerId),
        isNull(readerSeat.bannedAt),
      ),
    )
    .leftJoin(users, eq(users.id, groupPosts.authorId))
    .leftJoin(groupMembers, authorSeat)
    .where(
      and(
        eq(groupPosts.groupId, sql.placeholder('groupId')),
        isNull(groupPosts.parentId),
        sql`(${groupPosts.state} = 'published' or (${groupPosts.state} = 'pending' and ${groupPosts.authorId} = ${readerId}))`,
        after ? lt(groupPosts.id, sql.placeholder('afterId')) : undefined,
      ),
    )
    .orderBy(desc(groupPosts.id))
    .limit(sql.placeholder('limit'));
  return prepareRows(db, `group_feed_${after ? 'after' : 'first'}`, query, (cells) => ({
    view: viewFromCells(cells),
    readerAdmin: cells[13] === true,
  }));
}

type MemberFeedRow = { view: PostView; readerAdmin: boolean };
const memberFeedStatements = new WeakMap<Queryable, Map<boolean, PreparedRows<MemberFeedRow>>>();

/**
 * One page of the feed, newest first, read only through the reader's own seat: a page with rows proves that
 * they are a member, so the group's most read page costs one statement, not two. It is a named prepared
 * statement (planning cost three times what running it did) whose rows are mapped by hand (decision 017).
 * No rows means an empty feed or no seat; the caller tells those apart.
 */
export function listMemberFeed(
  db: Queryable,
  groupId: string,
  readerId: string,
  page: { limit: number; afterId: string | null },
) {
  const after = page.afterId !== null;
  let statements = memberFeedStatements.get(db);
  if (!statements) {
    statements = new Map();
    memberFeedStatements.set(db, statements);
  }
  let statement = statements.get(after);
  if (!statement) {
    statement = buildMemberFeedQuery(db, after);
    statements.set(after, statement);
  }
  return statement.execute({ groupId, readerId, afterId: page.afterId, limit: page.limit + 1 });
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
