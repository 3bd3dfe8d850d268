import { ATTACHMENTS_PER_INCIDENT_MAX, type Attachment } from '@vaksam/domain/attachments';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import { conflict, notFound } from '../../platform/errors';
import { runIdempotent } from '../../platform/idempotency';
import { type Actor, enforce } from '../../platform/policy';
import { displayNameFor } from './display-name';
import { attachmentPolicy } from './policy';
import { prepareFiles } from './prepare';
import { presentAttachment } from './presenters';
import {
  countAttachments,
  deleteAttachment,
  findAttachmentWithIncidentUnsafe,
  findIncidentUnsafe,
  insertAttachment,
  listAttachments,
  recordAttachmentEvent,
} from './queries';
import type { AttachmentStorage } from './storage';
import type { ReceivedUpload } from './upload';

export type AttachmentDeps = { db: Database; storage: AttachmentStorage };

const REPORT_NOT_FOUND = 'Rapporten hittades inte';
const NOT_FOUND = 'Bilagan hittades inte';
const CLOSED = 'Rapporten är avslutad. Öppna den igen för att ändra bilagorna.';

async function loadVisibleIncident(db: Database, actor: Actor, incidentId: string) {
  const incident = await findIncidentUnsafe(db, incidentId);
  if (!incident) throw notFound(REPORT_NOT_FOUND);
  enforce({ canSee: attachmentPolicy.read(actor, incident).canSee, allowed: true }, REPORT_NOT_FOUND);
  return incident;
}

/**
 * Adds one file to a report. The report is checked before a byte is read; the file is received, checked
 * and cleaned into temp files, renamed into place, and only then is the row written — so a row always has
 * its files, and files whose row could not be written are removed again. With an Idempotency-Key a retry
 * (the offline outbox) gets the first answer and leaves exactly one attachment (decision 015).
 */
export async function addAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  incidentId: string,
  receive: () => Promise<ReceivedUpload>,
  idempotencyKey: string | null,
  uploaderName: string,
) {
  const incident = await loadVisibleIncident(deps.db, actor, incidentId);
  enforce(attachmentPolicy.upload(actor, incident), REPORT_NOT_FOUND);
  if (incident.status === 'closed') throw conflict(CLOSED);

  const upload = await receive();
  const committed: string[] = [];
  try {
    const files = await prepareFiles(upload, deps.storage);
    const fileKey = deps.storage.newKey(incident.orgId, files.extension);
    const thumbnailKey = files.thumbnailPath
      ? deps.storage.newKey(incident.orgId, 'webp', 'thumbnail')
      : null;
    await deps.storage.commit(files.filePath, fileKey);
    committed.push(fileKey);
    if (files.thumbnailPath && thumbnailKey) {
      await deps.storage.commit(files.thumbnailPath, thumbnailKey);
      committed.push(thumbnailKey);
    }
    const id = uuidv7();
    const request = { incidentId, sha256: upload.sha256, fileName: upload.clientName ?? null };
    const result = await runIdempotent<Attachment>(
      deps.db,
      { userId: actor.userId, key: idempotencyKey, request },
      async (tx) => {
        const existing = await countAttachments(tx, incident, incident.id);
        if (existing >= ATTACHMENTS_PER_INCIDENT_MAX) {
          throw conflict(`En rapport kan ha högst ${ATTACHMENTS_PER_INCIDENT_MAX} bilagor.`, {
            file: `Rapporten har redan ${ATTACHMENTS_PER_INCIDENT_MAX} bilagor`,
          });
        }
        const fallback = `${files.kind === 'pdf' ? 'dokument' : 'bild'}-${existing + 1}`;
        const row = await insertAttachment(tx, {
          id,
          orgId: incident.orgId,
          incidentId: incident.id,
          uploadedBy: actor.userId,
          displayName: displayNameFor(upload.clientName, files.extension, fallback),
          contentType: files.contentType,
          size: files.size,
          sha256: files.sha256,
          width: files.width,
          height: files.height,
          storageKey: fileKey,
          thumbnailKey,
        });
        await recordAttachmentEvent(tx, incident, actor.userId, { added: id }, files.contentType);
        return { statusCode: 201, body: presentAttachment(actor, incident, row, uploaderName) };
      },
    );
    // A replay answered from the first upload: that one's files stand, these were never needed.
    if (result.body.id !== id) await deps.storage.removeKeys(...committed);
    return result;
  } catch (error) {
    await deps.storage.removeKeys(...committed);
    throw error;
  } finally {
    await deps.storage.remove(upload.tempPath);
  }
}

export async function listIncidentAttachments(deps: AttachmentDeps, actor: Actor, incidentId: string) {
  const incident = await loadVisibleIncident(deps.db, actor, incidentId);
  const rows = await listAttachments(deps.db, incident, incident.id);
  return {
    items: rows.map((row) => presentAttachment(actor, incident, row.attachment, row.uploaderName)),
  };
}

async function loadVisibleAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  incidentId: string,
  attachmentId: string,
) {
  const row = await findAttachmentWithIncidentUnsafe(deps.db, incidentId, attachmentId);
  if (!row) throw notFound(NOT_FOUND);
  enforce({ canSee: attachmentPolicy.read(actor, row.incident).canSee, allowed: true }, NOT_FOUND);
  return row;
}

/** The stored file or its thumbnail, for streaming; 404 when there is none or it went missing on disk. */
export async function openAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  ids: { incidentId: string; attachmentId: string },
  variant: 'file' | 'thumbnail',
) {
  const { attachment } = await loadVisibleAttachment(deps, actor, ids.incidentId, ids.attachmentId);
  const key = variant === 'file' ? attachment.storageKey : attachment.thumbnailKey;
  if (!key) throw notFound('Bilagan har ingen miniatyrbild');
  const size = await deps.storage.sizeOf(key);
  if (size === null) throw notFound('Filen saknas');
  return {
    attachment,
    size,
    contentType: variant === 'file' ? attachment.contentType : 'image/webp',
    stream: deps.storage.open(key),
  };
}

export async function removeAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  ids: { incidentId: string; attachmentId: string },
) {
  const { attachment, incident } = await loadVisibleAttachment(deps, actor, ids.incidentId, ids.attachmentId);
  enforce(attachmentPolicy.remove(actor, incident, attachment), NOT_FOUND);
  if (incident.status === 'closed') throw conflict(CLOSED);
  await deps.db.transaction(async (tx) => {
    await deleteAttachment(tx, incident, attachment.id);
    await recordAttachmentEvent(
      tx,
      incident,
      actor.userId,
      { removed: attachment.id },
      attachment.contentType,
    );
  });
  // After the commit: a failed removal leaves an unreferenced file, never a row without its file.
  await deps.storage.removeKeys(attachment.storageKey, attachment.thumbnailKey);
}
