import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { ACCEPTED_UPLOAD_LABEL, type StoredContentType } from '@vaksam/domain/attachments';
import { HttpError } from '../../platform/errors';
import { sniffKind, storedFormat, type UploadKind } from './content-type';
import { inspectImage, writeCleanImage, writeThumbnail } from './images';
import type { AttachmentStorage } from './storage';
import type { ReceivedUpload } from './upload';

/** What will be stored for an upload, still in temp files: the clean file and, for images, a thumbnail. */
export type PreparedFiles = {
  kind: UploadKind;
  contentType: StoredContentType;
  extension: string;
  filePath: string;
  thumbnailPath: string | null;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
};

const unsupported = () =>
  new HttpError(415, 'unsupported_media_type', `Filtypen stöds inte. Ladda upp ${ACCEPTED_UPLOAD_LABEL}.`, {
    file: `Filtypen stöds inte: välj ${ACCEPTED_UPLOAD_LABEL}`,
  });

/**
 * Decides the type from the bytes (415 when it is none of ours), then makes the stored copy:
 * images are re-encoded without metadata and get a thumbnail; a PDF is kept byte for byte.
 * On failure every temp file made here is gone again; the received upload is the caller's to remove.
 */
export async function prepareFiles(
  upload: ReceivedUpload,
  storage: AttachmentStorage,
): Promise<PreparedFiles> {
  const kind = sniffKind(upload.head);
  if (!kind) throw unsupported();
  const format = storedFormat[kind];
  if (kind === 'pdf') {
    return {
      kind,
      ...format,
      filePath: upload.tempPath,
      thumbnailPath: null,
      size: upload.size,
      sha256: upload.sha256,
      width: null,
      height: null,
    };
  }
  await inspectImage(upload.tempPath, kind, unsupported);
  const filePath = await storage.tempPath();
  const thumbnailPath = await storage.tempPath();
  try {
    const { width, height } = await writeCleanImage(upload.tempPath, kind, filePath);
    await writeThumbnail(filePath, thumbnailPath);
    const { size } = await fs.stat(filePath);
    return {
      kind,
      ...format,
      filePath,
      thumbnailPath,
      size,
      sha256: await sha256Of(filePath),
      width,
      height,
    };
  } catch (error) {
    await storage.remove(filePath, thumbnailPath);
    throw error;
  }
}

async function sha256Of(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
