import { ATTACHMENTS_PER_INCIDENT_MAX, type Attachment } from '@vaksam/domain/attachments';
import type { Database } from '../../db/client';
import { conflict, notFound } from '../../platform/errors';
import { type Actor, enforce } from '../../platform/policy';
import { attachmentPolicy } from './policy';
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
import { openStoredFile, storeUpload } from './store';
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
  return storeUpload<Attachment>(
    deps,
    { folder: incident.orgId, userId: actor.userId, idempotencyKey, request: { incidentId } },
    upload,
    async (tx, stored) => {
      const existing = await countAttachments(tx, incident, incident.id);
      if (existing >= ATTACHMENTS_PER_INCIDENT_MAX) {
        throw conflict(`En rapport kan ha högst ${ATTACHMENTS_PER_INCIDENT_MAX} bilagor.`, {
          file: `Rapporten har redan ${ATTACHMENTS_PER_INCIDENT_MAX} bilagor`,
        });
      }
      const row = await insertAttachment(tx, {
        id: stored.id,
        orgId: incident.orgId,
        incidentId: incident.id,
        uploadedBy: actor.userId,
        ...stored.columns(existing),
      });
      await recordAttachmentEvent(tx, incident, actor.userId, { added: stored.id }, row.contentType);
      return { statusCode: 201, body: presentAttachment(actor, incident, row, uploaderName) };
    },
  );
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
  return { attachment, ...(await openStoredFile(deps.storage, attachment, variant)) };
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
