import type { GroupPost } from '@vaksam/domain/groups';
import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq, isNull } from 'drizzle-orm';
import { groupMembers, groupPostReports, groupPosts } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { fetchPage, readPage, toPage } from '../../platform/pagination';
import type { Actor } from '../../platform/policy';
import { AttachmentStorage } from '../attachments/storage';
import { groupSeatIsAdmin } from './policy';
import { deletePostAttachments } from './post-attachments-queries';
import { GROUP_POST_JOB } from './post-notices';
import {
  type FeedView,
  findPost,
  listMemberFeed,
  listReplies,
  listThreads,
  type PostRow,
  type PostView,
  viewOfPost,
} from './post-queries';
import { accessOf } from './presenters';
import { countAdmins, type GroupSeatRow } from './queries';
import { groupFor, requireActive } from './service';

const POST_NOT_FOUND = 'Inlägget hittades inte';

export type Reader = { id: string; admin: boolean };

/** The group as the reader sees it (its content is members only), and whether they are one of its admins. */
export async function readerIn(deps: ServiceDeps, actor: Actor, groupId: string) {
  const view = await groupFor(deps, actor, groupId, 'readContent');
  return { view, reader: { id: actor.userId, admin: groupSeatIsAdmin(accessOf(view).seat) } };
}

function presentPost(view: PostView, reader: Reader): GroupPost {
  return {
    id: view.id,
    groupId: view.groupId,
    parentId: view.parentId,
    author: view.authorId
      ? { id: view.authorId, name: view.authorName ?? '', badge: view.authorBadge ?? null }
      : null,
    body: view.body,
    state: view.state === 'pending' ? 'pending' : 'published',
    createdAt: view.createdAt,
    editedAt: view.editedAt,
    replyCount: view.replyCount,
    reportCount: view.reportCount,
    canEdit: view.authorId === reader.id,
    canRemove: view.authorId === reader.id || reader.admin,
    attachments: view.attachments,
  };
}

const presentRow = (row: PostRow, reader: Reader) => presentPost(viewOfPost(row), reader);

/** The feed: read through the reader's seat in one statement; only an empty page asks whether they have one. */
async function memberFeed(deps: ServiceDeps, actor: Actor, groupId: string, query: PageQuery) {
  const page = readPage(query);
  const rows = await listMemberFeed(deps.db, groupId, actor.userId, page);
  const first = rows[0];
  if (!first) {
    await readerIn(deps, actor, groupId);
    return { items: [], nextCursor: null };
  }
  const reader = { id: actor.userId, admin: first.readerAdmin };
  const { items, nextCursor } = toPage(rows, page.limit, (row) => row.view.id);
  return { items: items.map((row) => presentPost(row.view, reader)), nextCursor };
}

export async function listFeed(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  query: { view: FeedView; cursor?: string; limit?: number },
) {
  if (query.view === 'feed') return memberFeed(deps, actor, groupId, query);
  const view = query.view;
  const { reader } = await readerIn(deps, actor, groupId);
  if (view === 'reported' && !reader.admin)
    throw forbidden('Bara gruppens administratörer ser anmälda inlägg');
  return fetchPage(
    query,
    (page) => listThreads(deps.db, groupId, reader, view, page),
    (view) => view.id,
    (view) => presentPost(view, reader),
  );
}

export async function getThread(deps: ServiceDeps, actor: Actor, groupId: string, postId: string) {
  const { reader } = await readerIn(deps, actor, groupId);
  const row = await findPost(deps.db, groupId, postId, reader);
  if (!row || row.post.parentId !== null) throw notFound(POST_NOT_FOUND);
  const replies = await listReplies(deps.db, postId, reader);
  return { ...presentRow(row, reader), replies: replies.map((reply) => presentRow(reply, reader)) };
}

function requireMayWrite(view: GroupSeatRow, reader: Reader) {
  requireActive(view);
  if (!view.group.membersMayPost && !reader.admin) {
    throw forbidden('I den här gruppen skriver bara administratörerna');
  }
}

/**
 * GRP-3, GRP-4: a member writes a thread or a reply. In a moderated group a member's thread waits for an
 * admin; replies to a published thread appear at once, since the thread itself was approved.
 */
export async function createPost(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  input: { body: string; parentId: string | null },
) {
  const { view, reader } = await readerIn(deps, actor, groupId);
  requireMayWrite(view, reader);
  if (input.parentId) {
    const parent = await findPost(deps.db, groupId, input.parentId, reader);
    if (!parent || parent.post.parentId !== null) throw notFound('Tråden hittades inte');
    if (parent.post.state !== 'published')
      throw conflict('Tråden väntar på godkännande och kan inte besvaras än');
  }
  const waits = input.parentId === null && view.group.moderation && !reader.admin;
  const postId = await deps.db.transaction(async (tx) => {
    const [post] = await tx
      .insert(groupPosts)
      .values({
        groupId,
        authorId: actor.userId,
        parentId: input.parentId,
        body: input.body,
        state: waits ? 'pending' : 'published',
      })
      .returning({ id: groupPosts.id });
    if (!post) throw new Error('insert returned no row');
    if (!waits) await deps.jobs.send(tx, GROUP_POST_JOB, { postId: post.id });
    return post.id;
  });
  const row = await findPost(deps.db, groupId, postId, reader);
  if (!row) throw new Error('the new post is not visible to its author');
  // A new post has no files yet: they are uploaded to it next.
  return presentRow(row, reader);
}

async function postFor(deps: ServiceDeps, groupId: string, postId: string, reader: Reader) {
  const row = await findPost(deps.db, groupId, postId, reader);
  if (!row) throw notFound(POST_NOT_FOUND);
  return row;
}

export async function editPost(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  postId: string,
  body: string,
) {
  const { view, reader } = await readerIn(deps, actor, groupId);
  requireActive(view);
  const row = await postFor(deps, groupId, postId, reader);
  if (row.post.authorId !== actor.userId) throw forbidden('Du kan bara ändra dina egna inlägg');
  await deps.db.update(groupPosts).set({ body, editedAt: new Date() }).where(eq(groupPosts.id, postId));
  return presentRow(await postFor(deps, groupId, postId, reader), reader);
}

/**
 * The author deletes their post; an admin removes anyone's. The text and the files go; the row stays for the
 * audit trail. The files' rows are deleted with the change and the files themselves after the commit, so a
 * failure in between leaves an unreferenced file, never a row without its file (decision 015).
 */
export async function removePost(deps: ServiceDeps, actor: Actor, groupId: string, postId: string) {
  const { reader } = await readerIn(deps, actor, groupId);
  const row = await postFor(deps, groupId, postId, reader);
  const own = row.post.authorId === actor.userId;
  if (!own && !reader.admin) throw forbidden('Du kan bara ta bort dina egna inlägg');
  const files = await deps.db.transaction(async (tx) => {
    await tx
      .update(groupPosts)
      .set({ state: 'removed', body: '', removedBy: actor.userId, removedAt: new Date() })
      .where(eq(groupPosts.id, postId));
    const removed = await deletePostAttachments(tx, { postId });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: own ? 'group.post_deleted' : 'group.post_removed',
      targetType: 'group',
      targetId: groupId,
      details: { postId, authorId: row.post.authorId, attachments: removed.length },
    });
    return removed;
  });
  await new AttachmentStorage(deps.config.dataDir).removeKeys(
    ...files.flatMap((file) => [file.storageKey, file.thumbnailKey]),
  );
  return { ok: true as const };
}

export async function approvePost(deps: ServiceDeps, actor: Actor, groupId: string, postId: string) {
  const view = await groupFor(deps, actor, groupId, 'administer');
  requireActive(view);
  const reader = { id: actor.userId, admin: true };
  await deps.db.transaction(async (tx) => {
    const [approved] = await tx
      .update(groupPosts)
      .set({ state: 'published', approvedBy: actor.userId })
      .where(and(eq(groupPosts.id, postId), eq(groupPosts.groupId, groupId), eq(groupPosts.state, 'pending')))
      .returning({ id: groupPosts.id });
    if (!approved) {
      if (!(await findPost(tx, groupId, postId, reader))) throw notFound(POST_NOT_FOUND);
      throw conflict('Inlägget är redan godkänt');
    }
    await deps.jobs.send(tx, GROUP_POST_JOB, { postId });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.post_approved',
      targetType: 'group',
      targetId: groupId,
      details: { postId },
    });
  });
  return presentRow(await postFor(deps, groupId, postId, reader), reader);
}

/** GRP-4: a member tells the admins a post breaks the rules. */
export async function reportPost(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  postId: string,
  reason: string,
) {
  const { reader } = await readerIn(deps, actor, groupId);
  const row = await postFor(deps, groupId, postId, reader);
  if (row.post.authorId === actor.userId) throw conflict('Du kan inte anmäla ditt eget inlägg');
  const [report] = await deps.db
    .insert(groupPostReports)
    .values({ postId, reporterId: actor.userId, reason })
    .onConflictDoNothing()
    .returning({ id: groupPostReports.id });
  if (!report) throw conflict('Du har redan anmält inlägget');
  return { ok: true as const };
}

/** GRP-4: an admin bans a member, who then sees nothing of the group and cannot come back by applying. */
export async function banMember(deps: ServiceDeps, actor: Actor, groupId: string, userId: string) {
  const view = await groupFor(deps, actor, groupId, 'administer');
  requireActive(view);
  if (userId === actor.userId) throw conflict('Du kan inte stänga av dig själv');
  const [seat] = await deps.db
    .select()
    .from(groupMembers)
    .where(
      and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId), isNull(groupMembers.bannedAt)),
    );
  if (!seat) throw notFound('Personen är inte medlem i gruppen');
  if (seat.role === 'admin' && (await countAdmins(deps.db, groupId)) <= 1) {
    throw conflict('Gruppen behöver minst en administratör');
  }
  await deps.db.transaction(async (tx) => {
    await tx
      .update(groupMembers)
      .set({ bannedAt: new Date(), role: 'member', crisisAdmin: false })
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.member_banned',
      targetType: 'group',
      targetId: groupId,
      details: { userId },
    });
  });
  return { ok: true as const };
}

/** Lifting a ban lets the person be invited or apply again; it does not make them a member. */
export async function liftBan(deps: ServiceDeps, actor: Actor, groupId: string, userId: string) {
  await groupFor(deps, actor, groupId, 'administer');
  await deps.db.transaction(async (tx) => {
    const [lifted] = await tx
      .delete(groupMembers)
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
      .returning({ bannedAt: groupMembers.bannedAt });
    if (!lifted?.bannedAt) throw notFound('Personen är inte avstängd från gruppen');
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.ban_lifted',
      targetType: 'group',
      targetId: groupId,
      details: { userId },
    });
  });
  return { ok: true as const };
}
