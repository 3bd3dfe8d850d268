import type { StoredContentType } from '@vaksam/domain/attachments';
import type { GroupDocument } from '@vaksam/domain/groups';
import { and, count, desc, eq, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { groupDocuments, groups, users } from '../../db/schema';

export type GroupDocumentRow = typeof groupDocuments.$inferSelect;
type NewGroupDocument = typeof groupDocuments.$inferInsert & { id: string };

/** What the members are shown of a document, with the uploader's name; the keys and the hash stay here. */
const shown = {
  id: groupDocuments.id,
  title: groupDocuments.title,
  displayName: groupDocuments.displayName,
  contentType: groupDocuments.contentType,
  size: groupDocuments.size,
  width: groupDocuments.width,
  height: groupDocuments.height,
  hasThumbnail: sql<boolean>`${groupDocuments.thumbnailKey} is not null`,
  createdAt: groupDocuments.createdAt,
  uploadedBy: groupDocuments.uploadedBy,
  uploaderName: users.name,
};

export type ShownGroupDocument = {
  id: string;
  title: string;
  displayName: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  createdAt: Date;
  uploadedBy: string | null;
  uploaderName: string | null;
};

export const presentGroupDocument = (row: ShownGroupDocument, canRemove: boolean): GroupDocument => ({
  id: row.id,
  title: row.title,
  displayName: row.displayName,
  contentType: row.contentType as StoredContentType,
  size: row.size,
  width: row.width,
  height: row.height,
  hasThumbnail: row.hasThumbnail,
  createdAt: row.createdAt.toISOString(),
  uploadedBy: row.uploadedBy ? { id: row.uploadedBy, name: row.uploaderName ?? '' } : null,
  canRemove,
});

const shownDocuments = (db: Queryable) =>
  db.select(shown).from(groupDocuments).leftJoin(users, eq(users.id, groupDocuments.uploadedBy));

/** One page of a group's documents, newest first. */
export function listGroupDocuments(
  db: Queryable,
  groupId: string,
  page: { limit: number; afterId: string | null },
): Promise<ShownGroupDocument[]> {
  return shownDocuments(db)
    .where(
      and(
        eq(groupDocuments.groupId, groupId),
        page.afterId ? lt(groupDocuments.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(groupDocuments.id))
    .limit(page.limit + 1);
}

/** One document as the list shows it (the answer to its upload). */
export async function findShownGroupDocument(
  db: Queryable,
  groupId: string,
  documentId: string,
): Promise<ShownGroupDocument | null> {
  const [row] = await shownDocuments(db).where(
    and(eq(groupDocuments.groupId, groupId), eq(groupDocuments.id, documentId)),
  );
  return row ?? null;
}

/** One stored document of the group, with its keys, for serving or removing it. */
export async function findGroupDocument(db: Queryable, groupId: string, documentId: string) {
  const [row] = await db
    .select()
    .from(groupDocuments)
    .where(and(eq(groupDocuments.groupId, groupId), eq(groupDocuments.id, documentId)));
  return row ?? null;
}

/**
 * Locks the group for an upload's transaction, so that concurrent uploads count one after another and an
 * archiving in between is seen. `no key update` leaves the key-share locks of new members' and posts'
 * foreign keys free.
 */
export async function lockGroupForDocuments(db: Queryable, groupId: string) {
  const [row] = await db
    .select({ archivedAt: groups.archivedAt })
    .from(groups)
    .where(eq(groups.id, groupId))
    .for('no key update');
  return row ?? null;
}

export async function countGroupDocuments(db: Queryable, groupId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(groupDocuments)
    .where(eq(groupDocuments.groupId, groupId));
  return row?.n ?? 0;
}

export async function insertGroupDocument(db: Queryable, values: NewGroupDocument) {
  const [row] = await db.insert(groupDocuments).values(values).returning({ id: groupDocuments.id });
  if (!row) throw new Error('group document insert returned no row');
  return row;
}

/** Deletes one document's row; answers its keys, whose files go after the commit. */
export function deleteGroupDocument(db: Queryable, groupId: string, documentId: string) {
  return db
    .delete(groupDocuments)
    .where(and(eq(groupDocuments.groupId, groupId), eq(groupDocuments.id, documentId)))
    .returning({
      contentType: groupDocuments.contentType,
      uploadedBy: groupDocuments.uploadedBy,
      storageKey: groupDocuments.storageKey,
      thumbnailKey: groupDocuments.thumbnailKey,
    });
}
