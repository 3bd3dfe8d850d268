import type { StoredContentType } from '@vaksam/domain/attachments';
import { uuidv7 } from 'uuidv7';
import type { Database, Tx } from '../../db/client';
import { notFound } from '../../platform/errors';
import { runIdempotent, type StoredResponse } from '../../platform/idempotency';
import { displayNameFor } from './display-name';
import { prepareFiles } from './prepare';
import type { AttachmentStorage } from './storage';
import type { ReceivedUpload } from './upload';

export type FileStore = { db: Database; storage: AttachmentStorage };

/** The columns every attachment table has, as an upload fills them. */
export type StoredFileColumns = {
  displayName: string;
  contentType: StoredContentType;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  storageKey: string;
  thumbnailKey: string | null;
};

/** An upload whose files are in place; its row is the caller's to write. */
export type StoredUpload = {
  /** The id the new row must take: a replayed answer is told apart from this upload by it. */
  id: string;
  /** The row's columns; `existing` (files the owner has already) numbers a nameless file `bild-3.jpg`. */
  columns(existing: number): StoredFileColumns;
};

/**
 * Stores one received upload for an owner (a report, a group's post), as decision 015 describes: the file is
 * checked and cleaned into temp files, renamed into the owner's folder, and only then is `write` run to insert
 * the row — in the transaction of the Idempotency-Key, so a retry gets the first answer and leaves one
 * attachment. Files whose row was not written (a refusal in `write`, a replayed answer) are removed again, and
 * the received temp file always is.
 */
export async function storeUpload<T extends { id: string }>(
  store: FileStore,
  owner: { folder: string; userId: string; idempotencyKey: string | null; request: Record<string, string> },
  upload: ReceivedUpload,
  write: (tx: Tx, stored: StoredUpload) => Promise<StoredResponse<T>>,
): Promise<StoredResponse<T>> {
  const committed: string[] = [];
  try {
    const files = await prepareFiles(upload, store.storage);
    const storageKey = store.storage.newKey(owner.folder, files.extension);
    const thumbnailKey = files.thumbnailPath ? store.storage.newKey(owner.folder, 'webp', 'thumbnail') : null;
    await store.storage.commit(files.filePath, storageKey);
    committed.push(storageKey);
    if (files.thumbnailPath && thumbnailKey) {
      await store.storage.commit(files.thumbnailPath, thumbnailKey);
      committed.push(thumbnailKey);
    }
    const id = uuidv7();
    const stored: StoredUpload = {
      id,
      columns: (existing) => ({
        displayName: displayNameFor(
          upload.clientName,
          files.extension,
          `${files.kind === 'pdf' ? 'dokument' : 'bild'}-${existing + 1}`,
        ),
        contentType: files.contentType,
        size: files.size,
        sha256: files.sha256,
        width: files.width,
        height: files.height,
        storageKey,
        thumbnailKey,
      }),
    };
    // The fingerprint of a retry: the owner, the bytes as sent and the file's name.
    const request = { ...owner.request, sha256: upload.sha256, fileName: upload.clientName ?? null };
    const result = await runIdempotent<T>(
      store.db,
      { userId: owner.userId, key: owner.idempotencyKey, request },
      (tx) => write(tx, stored),
    );
    // A replay answered from the first upload: that one's files stand, these were never needed.
    if (result.body.id !== id) await store.storage.removeKeys(...committed);
    return result;
  } catch (error) {
    await store.storage.removeKeys(...committed);
    throw error;
  } finally {
    await store.storage.remove(upload.tempPath);
  }
}

/** The stored file or its thumbnail, for streaming; 404 when there is none or it went missing on disk. */
export async function openStoredFile(
  storage: AttachmentStorage,
  attachment: { contentType: string; storageKey: string; thumbnailKey: string | null },
  variant: 'file' | 'thumbnail',
) {
  const key = variant === 'file' ? attachment.storageKey : attachment.thumbnailKey;
  if (!key) throw notFound('Bilagan har ingen miniatyrbild');
  const size = await storage.sizeOf(key);
  if (size === null) throw notFound('Filen saknas');
  return {
    size,
    contentType: variant === 'file' ? attachment.contentType : 'image/webp',
    stream: storage.open(key),
  };
}
