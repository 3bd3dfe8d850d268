import { api, knownCsrfToken, unwrap } from '../../../api/client';
import { type ApiError, isApiError, NETWORK_STATUS } from '../../../api/errors';
import type { Incident } from '../queries';
import {
  type QueuedFile,
  type QueuedReport,
  queuedReport,
  queuedReports,
  removeQueuedReport,
  saveQueuedReport,
} from './store';

export type UploadFile = (incidentId: string, file: QueuedFile) => Promise<unknown>;

export type SendOutcome =
  | { kind: 'sent'; incident: Incident | null }
  /** Nothing to send: another tab or an earlier send finished it. */
  | { kind: 'gone' }
  /** Not (all) on the server yet; `incident` is set when only files are left. */
  | { kind: 'waiting'; incident: Incident | null }
  | { kind: 'rejected'; error: ApiError };

/** The request never got an answer, or the server could not take it now: try again later. */
function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return true;
  if (error.status === 403 && error.code === 'csrf_failed') return true;
  return (
    error.status === NETWORK_STATUS || error.status === 401 || error.status === 429 || error.status >= 500
  );
}

/** After a reload without network the page has no CSRF token yet; the session answer brings one. */
async function ensureCsrfToken(): Promise<void> {
  if (!knownCsrfToken()) await unwrap(api.GET('/auth/me'));
}

function describe(error: unknown): string {
  return isApiError(error) ? error.message || error.code : String(error);
}

async function sendFiles(report: QueuedReport, incidentId: string, upload: UploadFile): Promise<boolean> {
  for (const file of report.files) {
    if (file.state !== 'waiting') continue;
    try {
      await upload(incidentId, file);
      file.state = 'sent';
      // The bytes are on the server; the device need not keep them any longer.
      file.blob = new Blob();
    } catch (error) {
      if (isTransient(error)) {
        report.lastError = describe(error);
        await saveQueuedReport(report);
        return false;
      }
      file.state = 'rejected';
      file.error = describe(error);
    }
    await saveQueuedReport(report);
  }
  return true;
}

/**
 * Sends one queued report and then its files. The Idempotency-Keys make every step safe to repeat,
 * so a send cut off at any point is simply started again.
 */
export function sendQueuedReport(key: string, upload: UploadFile): Promise<SendOutcome> {
  // The form and the background flush may reach for the same report; one send does the work for both.
  const running = inFlight.get(key);
  if (running) return running;
  const run = () => sendOnce(key, upload);
  // Across tabs the Web Locks API keeps two sends of one report apart.
  const locked = navigator.locks
    ? (async (): Promise<SendOutcome> => await navigator.locks.request(`vaksam-outbox-${key}`, run))()
    : run();
  const sending = locked.finally(() => inFlight.delete(key));
  inFlight.set(key, sending);
  return sending;
}

const inFlight = new Map<string, Promise<SendOutcome>>();

async function sendOnce(key: string, upload: UploadFile): Promise<SendOutcome> {
  const report = await queuedReport(key);
  if (!report) return { kind: 'gone' };
  if (report.state === 'rejected') return { kind: 'waiting', incident: null };
  try {
    await ensureCsrfToken();
  } catch (error) {
    report.lastError = describe(error);
    await saveQueuedReport(report);
    return { kind: 'waiting', incident: null };
  }
  let incident: Incident | null = null;
  if (!report.incidentId) {
    try {
      incident = await unwrap(
        api.POST('/incidents', {
          params: { header: { 'idempotency-key': report.key } },
          body: report.body,
        }),
      );
    } catch (error) {
      report.attempts += 1;
      report.lastError = describe(error);
      if (isTransient(error)) {
        await saveQueuedReport(report);
        return { kind: 'waiting', incident: null };
      }
      report.state = 'rejected';
      await saveQueuedReport(report);
      return { kind: 'rejected', error: error as ApiError };
    }
    report.incidentId = incident.id;
    await saveQueuedReport(report);
  }
  const done = await sendFiles(report, report.incidentId, upload);
  if (!done) return { kind: 'waiting', incident };
  await removeQueuedReport(report.key);
  return { kind: 'sent', incident };
}

let flushing: Promise<number> | null = null;

/** Sends everything this user has waiting; returns how many reports went out. One flush at a time. */
export function flushOutbox(userId: string, upload: UploadFile): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    try {
      for (const report of await queuedReports(userId)) {
        // A report the form is sending right now is the form's to announce.
        if (report.state === 'rejected' || inFlight.has(report.key)) continue;
        const outcome = await sendQueuedReport(report.key, upload);
        if (outcome.kind === 'sent') sent += 1;
        // Offline: the rest would fail the same way.
        if (outcome.kind === 'waiting') break;
      }
    } finally {
      flushing = null;
    }
    return sent;
  })();
  return flushing;
}
