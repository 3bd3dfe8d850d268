import { uploadAttachment } from '../../attachments/api';
import type { UploadFile } from './sender';

/** Queued photos go up with their own Idempotency-Key, so a retried upload attaches them once. */
export const uploadQueuedFile: UploadFile = (incidentId, file) =>
  uploadAttachment(incidentId, file.blob, file.name, file.key);
