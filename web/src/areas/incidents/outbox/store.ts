import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { paths } from '../../../api/schema';

export type NewIncidentBody = paths['/incidents']['post']['requestBody']['content']['application/json'];

export interface QueuedFile {
  /** Idempotency-Key of this upload: a retry after a lost answer attaches it once. */
  key: string;
  name: string;
  type: string;
  blob: Blob;
  state: 'waiting' | 'sent' | 'rejected';
  error: string | null;
}

export interface QueuedReport {
  /** Idempotency-Key of the report. */
  key: string;
  userId: string;
  queuedAt: string;
  body: NewIncidentBody;
  /** Shown in the waiting list without reading the body. */
  orgName: string;
  files: QueuedFile[];
  /** Set once the server has the report; only files remain to be sent then. */
  incidentId: string | null;
  state: 'waiting' | 'rejected';
  attempts: number;
  lastError: string | null;
}

interface OutboxSchema extends DBSchema {
  reports: { key: string; value: QueuedReport; indexes: { byUser: string } };
}

const DB_NAME = 'vaksam-outbox';
const CHANGES = 'vaksam-outbox-changes';

let opening: Promise<IDBPDatabase<OutboxSchema>> | null = null;

function database(): Promise<IDBPDatabase<OutboxSchema>> {
  opening ??= openDB<OutboxSchema>(DB_NAME, 1, {
    upgrade(db) {
      const reports = db.createObjectStore('reports', { keyPath: 'key' });
      reports.createIndex('byUser', 'userId');
    },
  });
  return opening;
}

// Other tabs learn about changes through the channel; this tab through the local target.
const localChanges = new EventTarget();
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES) : null;
channel?.addEventListener('message', () => localChanges.dispatchEvent(new Event('change')));

function announceChange(): void {
  localChanges.dispatchEvent(new Event('change'));
  channel?.postMessage('change');
}

export function onOutboxChange(listener: () => void): () => void {
  localChanges.addEventListener('change', listener);
  return () => localChanges.removeEventListener('change', listener);
}

export function outboxAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export async function queuedReports(userId: string): Promise<QueuedReport[]> {
  const all = await (await database()).getAllFromIndex('reports', 'byUser', userId);
  return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

export async function queuedReport(key: string): Promise<QueuedReport | undefined> {
  return (await database()).get('reports', key);
}

export async function saveQueuedReport(report: QueuedReport): Promise<void> {
  await (await database()).put('reports', report);
  announceChange();
}

export async function removeQueuedReport(key: string): Promise<void> {
  await (await database()).delete('reports', key);
  announceChange();
}

/** On logout nothing of the session may stay on the device. */
export async function clearOutbox(): Promise<void> {
  if (!outboxAvailable()) return;
  await (await database()).clear('reports');
  announceChange();
}
