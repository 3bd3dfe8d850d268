import { isUploadError, type UploadError } from './api';

export type QueueOutcome = {
  /** How many files arrived. */
  sent: number;
  /** Files still to send: where the queue stopped (offline, not now) and everything after. */
  left: File[];
  /** Files the server refused for good, with its reason; sending them again is pointless. */
  refused: { file: File; error: UploadError }[];
  /** Why the queue stopped early, or null when every file was answered. */
  stoppedBy: unknown;
};

/**
 * Sends files one by one. A file the server refuses (type, size, limit) is reported and dropped, and the queue
 * goes on; when a file cannot go now (no network, the session, the server) the rest would fail the same way,
 * so the queue stops and keeps it and those after it for another try.
 */
export async function sendFiles(
  files: readonly File[],
  send: (file: File) => Promise<unknown>,
  onProgress: (progress: { current: number; total: number }) => void = () => {},
): Promise<QueueOutcome> {
  const outcome: QueueOutcome = { sent: 0, left: [], refused: [], stoppedBy: null };
  for (const [index, file] of files.entries()) {
    onProgress({ current: index + 1, total: files.length });
    try {
      await send(file);
      outcome.sent += 1;
    } catch (error) {
      if (isUploadError(error) && error.failure === 'rejected') {
        outcome.refused.push({ file, error });
        continue;
      }
      outcome.stoppedBy = error;
      outcome.left = files.slice(index);
      break;
    }
  }
  return outcome;
}
