import { GROUP_DOCUMENTS_MAX, type GroupDocument } from '@vaksam/domain/groups';
import type { PageQuery } from '@vaksam/domain/pagination';
import type { Queryable } from '../../db/client';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import type { Actor } from '../../platform/policy';
import type { FileDeps } from '../attachments/serve';
import { groupFolder } from '../attachments/storage';
import { openStoredFile, storeUpload } from '../attachments/store';
import type { ReceivedUpload } from '../attachments/upload';
import {
  countGroupDocuments,
  deleteGroupDocument,
  findGroupDocument,
  findShownGroupDocument,
  insertGroupDocument,
  listGroupDocuments,
  lockGroupForDocuments,
  presentGroupDocument,
} from './documents-queries';
import { readerIn } from './posts-service';
import { GROUP_NOT_FOUND, groupFor, requireActive } from './service';

type DocumentIds = { groupId: string; documentId: string };
/** An upload with the fields read beside its file. */
export type DocumentUpload = ReceivedUpload & { fields: { title: string } };

const NOT_FOUND = 'Dokumentet hittades inte';

/**
 * How many documents the group has, when there is room for one more; a full group answers 409 with the
 * reason on the file field, before the upload is read and again while its row is written.
 */
async function documentsBeforeNext(db: Queryable, groupId: string): Promise<number> {
  const existing = await countGroupDocuments(db, groupId);
  if (existing >= GROUP_DOCUMENTS_MAX) {
    throw conflict(`En grupp kan ha högst ${GROUP_DOCUMENTS_MAX} dokument. Ta bort ett gammalt först.`, {
      file: `Gruppen har redan ${GROUP_DOCUMENTS_MAX} dokument`,
    });
  }
  return existing;
}

/** GRP-6: the group's documents, newest first, for its members; its admins may remove them while it is active. */
export async function listDocuments(deps: FileDeps, actor: Actor, groupId: string, query: PageQuery) {
  const { view, reader } = await readerIn(deps, actor, groupId);
  const canRemove = reader.admin && view.group.archivedAt === null;
  return fetchPage(
    query,
    (page) => listGroupDocuments(deps.db, groupId, page),
    (row) => row.id,
    (row) => presentGroupDocument(row, canRemove),
  );
}

/**
 * GRP-6: an admin puts up a document (a PDF or a picture) with a title, under the rules of a report's files
 * (decision 015). The group, the admin's seat and the room left are checked before a byte is read, the title
 * before the file is stored; the count is checked again with the group locked, so parallel uploads cannot pass
 * the limit and a group archived meanwhile takes no document.
 */
export async function addDocument(
  deps: FileDeps,
  actor: Actor,
  groupId: string,
  receive: () => Promise<DocumentUpload>,
  idempotencyKey: string | null,
) {
  const view = await groupFor(deps, actor, groupId, 'administer');
  requireActive(view);
  await documentsBeforeNext(deps.db, groupId);

  const upload = await receive();
  const { title } = upload.fields;
  return storeUpload<GroupDocument>(
    deps,
    {
      folder: groupFolder(groupId),
      userId: actor.userId,
      idempotencyKey,
      // A retry with the same key must name the same document.
      request: { groupId, title },
    },
    upload,
    async (tx, stored) => {
      const group = await lockGroupForDocuments(tx, groupId);
      if (!group) throw notFound(GROUP_NOT_FOUND);
      if (group.archivedAt) throw conflict('Gruppen är arkiverad och kan inte ändras');
      const columns = stored.columns(await documentsBeforeNext(tx, groupId));
      await insertGroupDocument(tx, { id: stored.id, groupId, uploadedBy: actor.userId, title, ...columns });
      // By id and type, never the file's name or the title.
      await writeAudit(tx, {
        actorUserId: actor.userId,
        action: 'group.document_added',
        targetType: 'group',
        targetId: groupId,
        details: { documentId: stored.id, contentType: columns.contentType },
      });
      const shown = await findShownGroupDocument(tx, groupId, stored.id);
      if (!shown) throw new Error('group document not found after insert');
      return { statusCode: 201, body: presentGroupDocument(shown, true) };
    },
  );
}

/** The stored file or its thumbnail, for streaming, to the group's members. */
export async function openDocument(
  deps: FileDeps,
  actor: Actor,
  ids: DocumentIds,
  variant: 'file' | 'thumbnail',
) {
  await groupFor(deps, actor, ids.groupId, 'readContent');
  const document = await findGroupDocument(deps.db, ids.groupId, ids.documentId);
  if (!document) throw notFound(NOT_FOUND);
  return { document, ...(await openStoredFile(deps.storage, document, variant)) };
}

/** An admin removes a document; an archived group keeps its documents. The row goes first, the files after the commit. */
export async function removeDocument(deps: FileDeps, actor: Actor, ids: DocumentIds) {
  const view = await groupFor(deps, actor, ids.groupId, 'administer');
  requireActive(view);
  const removed = await deps.db.transaction(async (tx) => {
    const [row] = await deleteGroupDocument(tx, ids.groupId, ids.documentId);
    if (!row) throw notFound(NOT_FOUND);
    // As with posts' files: by id and type, never the file's name or the title.
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.document_removed',
      targetType: 'group',
      targetId: ids.groupId,
      details: { documentId: ids.documentId, contentType: row.contentType, uploadedBy: row.uploadedBy },
    });
    return row;
  });
  await deps.storage.removeKeys(removed.storageKey, removed.thumbnailKey);
  return { ok: true as const };
}
