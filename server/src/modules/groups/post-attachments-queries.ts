import type { StoredContentType } from '@vaksam/domain/attachments';
import type { GroupPostAttachment } from '@vaksam/domain/groups';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { groupPostAttachments, groupPosts } from '../../db/schema';
import { visibleTo } from './post-queries';

export type PostAttachmentRow = typeof groupPostAttachments.$inferSelect;
type NewPostAttachment = typeof groupPostAttachments.$inferInsert & { id: string };
type Reader = { id: string; admin: boolean };

/** What a post shows of a file; the keys and the hash stay on the server. */
const _shown = {
  postId: groupPostAttachments.postId,
  id: groupPostAttachments.id,
  displayName: groupPostAttachments.displayName,
  contentType: groupPostAttachments.contentType,
  size: groupPostAttachments.size,
  width: groupPostAttachments.width,
  height: groupPostAttachments.height,
  hasThumbnail: sql<boolean>`${groupPostAttachments.thumbnailKey} is not null`,
};

type ShownFile = Omit<GroupPostAttachment, 'contentType'> & { contentType: string };

export const presentPostAttachment = (row: ShownFile): GroupPostAttachment => ({
  id: row.id,
  displayName: row.displayName,
  contentType: row.contentType as StoredContentType,
  size: row.size,
  width: row.width,
  height: row.height,
  hasThumbnail: row.hasThumbnail,
});

/** A stored row as a post shows it. */
export const presentPostAttachmentRow = (row: PostAttachmentRow) =>
  presentPostAttachment({ ...row, hasThumbnail: row.thumbnailKey !== null });

/**
 * One file with its post, if the reader may see the post: published, or waiting and theirs (admins see what
 * waits too); a removed post's files are not found.
 */
export async function findVisiblePostAttachment(
  db: Queryable,
  ids: { groupId: string; postId: string; attachmentId: string },
  reader: Reader,
) {
  const [row] = await db
    .select({ attachment: groupPostAttachments, authorId: groupPosts.authorId })
    .from(groupPostAttachments)
    .innerJoin(groupPosts, eq(groupPosts.id, groupPostAttachments.postId))
    .where(
      and(
        eq(groupPostAttachments.id, ids.attachmentId),
        eq(groupPostAttachments.postId, ids.postId),
        eq(groupPosts.groupId, ids.groupId),
        visibleTo(reader.id, reader.admin),
      ),
    );
  return row ?? null;
}

/**
 * Locks the post for the upload's transaction, so that concurrent uploads count one after another and a
 * removal in between is seen; null when the post is gone or removed.
 */
export async function lockPostForFiles(db: Queryable, postId: string) {
  const [row] = await db
    .select({ state: groupPosts.state })
    .from(groupPosts)
    .where(eq(groupPosts.id, postId))
    .for('update');
  return row && row.state !== 'removed' ? row : null;
}

export async function countPostAttachments(db: Queryable, postId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(groupPostAttachments)
    .where(eq(groupPostAttachments.postId, postId));
  return row?.n ?? 0;
}

export async function insertPostAttachment(db: Queryable, values: NewPostAttachment) {
  const [row] = await db.insert(groupPostAttachments).values(values).returning();
  if (!row) throw new Error('attachment insert returned no row');
  return row;
}

/** Deletes one file's row, or all of a post's; answers the keys, whose files go after the commit. */
export async function deletePostAttachments(db: Queryable, where: { postId: string; attachmentId?: string }) {
  return db
    .delete(groupPostAttachments)
    .where(
      and(
        eq(groupPostAttachments.postId, where.postId),
        where.attachmentId ? eq(groupPostAttachments.id, where.attachmentId) : undefined,
      ),
    )
    .returning({
      storageKey: groupPostAttachments.storageKey,
      thumbnailKey: groupPostAttachments.thumbnailKey,
    });
}
