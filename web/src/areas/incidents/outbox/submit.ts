import type { ApiError } from '../../../api/errors';
import { newUploadKey } from '../../attachments/api';
import type { Incident } from '../queries';
import { sendQueuedReport } from './sender';
import { type NewIncidentBody, outboxAvailable, removeQueuedReport, saveQueuedReport } from './store';
import { uploadQueuedFile } from './upload';

export type SubmitResult = { kind: 'sent'; incident: Incident } | { kind: 'queued' };

export class ReportRejected extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

interface NewReport {
  key: string;
  userId: string;
  orgName: string;
  body: NewIncidentBody;
  files: File[];
}

/**
 * INC-7: every new report is first written to the device's outbox and then sent from there, so a
 * lost connection, a closed tab or a reload loses nothing. The form learns whether it went out now.
 */
export async function submitReport(report: NewReport): Promise<SubmitResult> {
  if (!outboxAvailable()) throw new Error('IndexedDB is not available');
  await saveQueuedReport({
    key: report.key,
    userId: report.userId,
    queuedAt: new Date().toISOString(),
    body: report.body,
    orgName: report.orgName,
    files: report.files.map((file) => ({
      key: newUploadKey(),
      name: file.name,
      type: file.type,
      blob: file,
      state: 'waiting',
      error: null,
    })),
    incidentId: null,
    state: 'waiting',
    attempts: 0,
    lastError: null,
  });
  const outcome = await sendQueuedReport(report.key, uploadQueuedFile);
  if (outcome.kind === 'rejected') {
    // The reporter is still on the form and corrects it there; nothing should wait in the outbox.
    await removeQueuedReport(report.key);
    throw new ReportRejected(outcome.error);
  }
  return outcome.kind !== 'gone' && outcome.incident
    ? { kind: 'sent', incident: outcome.incident }
    : { kind: 'queued' };
}

/** Both a report and each of its files carry such a key. */
export { newUploadKey as newIdempotencyKey };
