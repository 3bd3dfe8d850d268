import { api, unwrap } from '../../api/client';
import { ApiError, NETWORK_STATUS, toApiError } from '../../api/errors';
import type { paths } from '../../api/schema';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
export type Attachment = Json<paths['/incidents/{incidentId}/attachments']['post']['responses'][201]>;

/**
 * - offline: the request got no answer (no network, the server unreachable): send it again later
 * - retry: the server could not take it now (session, CSRF token, rate limit, server error)
 * - rejected: the server looked at the file and refused it (type, size, report gone): sending again is pointless
 */
export type UploadFailure = 'offline' | 'retry' | 'rejected';

/** A failed upload; still an ApiError, so the usual messages and field errors apply. */
export class UploadError extends ApiError {
  readonly failure: UploadFailure;

  constructor(error: ApiError) {
    super(error.status, error.code, error.message, error.fields);
    this.name = 'UploadError';
    this.failure = failureOf(error);
  }
}

export function failureOf(error: ApiError): UploadFailure {
  if (error.status === NETWORK_STATUS) return 'offline';
  const later =
    error.status === 401 ||
    (error.status === 403 && error.code === 'csrf_failed') ||
    error.status === 408 ||
    error.status === 429 ||
    error.status >= 500;
  return later ? 'retry' : 'rejected';
}

export const isUploadError = (error: unknown): error is UploadError => error instanceof UploadError;

/**
 * Sends one file to a report. The Idempotency-Key belongs to this file: sending it again with the same key
 * (the offline outbox does) stores it once. Goes through the API client, so the CSRF token and the
 * app-wide reactions to a lost session apply as to any other call.
 */
export function uploadAttachment(
  incidentId: string,
  file: Blob,
  fileName: string,
  idempotencyKey: string,
): Promise<Attachment> {
  return sendUpload(() =>
    api.POST('/incidents/{incidentId}/attachments', {
      params: { path: { incidentId }, header: { 'idempotency-key': idempotencyKey } },
      ...fileBody(file, fileName),
    }),
  );
}

type UploadResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Runs one upload request of the API client (a report's file, a group post's file) and turns every failure into
 * an UploadError, which tells a dropped connection from a refusal.
 */
export async function sendUpload<T>(post: () => Promise<UploadResult<T>>): Promise<T> {
  let result: UploadResult<T>;
  try {
    result = await post();
  } catch {
    throw new UploadError(new ApiError(NETWORK_STATUS, 'network', ''));
  }
  if (!result.response.ok || !result.data) {
    throw new UploadError(toApiError(result.response.status, result.error));
  }
  return result.data;
}

/**
 * The typed body names the form's fields; the serializer sends them as multipart: the text fields a route
 * takes beside the file first (a group document's title, which the server checks before it reads the file),
 * then the bytes.
 */
export const fileBody = <Fields extends Record<string, string> = Record<never, never>>(
  file: Blob,
  fileName: string,
  fields?: Fields,
) => ({
  body: { ...fields, file: fileName } as Fields & { file: string },
  bodySerializer: () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields ?? {})) form.append(name, value);
    form.append('file', file, fileName);
    return form;
  },
});

export function deleteAttachment(incidentId: string, attachmentId: string): Promise<unknown> {
  return unwrap(
    api.DELETE('/incidents/{incidentId}/attachments/{attachmentId}', {
      params: { path: { incidentId, attachmentId } },
    }),
  );
}

/** Where the browser fetches a stored file and its thumbnail itself (img src, links). */
export type FileUrls = { file: string; thumbnail: string };

/** Where the browser fetches a file itself (img src, links): the session cookie authorises it. */
export const attachmentUrl = (incidentId: string, attachmentId: string) =>
  `/api/v1/incidents/${encodeURIComponent(incidentId)}/attachments/${encodeURIComponent(attachmentId)}`;
export const thumbnailUrl = (incidentId: string, attachmentId: string) =>
  `${attachmentUrl(incidentId, attachmentId)}/thumbnail`;
export const incidentFileUrls = (attachment: Pick<Attachment, 'incidentId' | 'id'>): FileUrls => ({
  file: attachmentUrl(attachment.incidentId, attachment.id),
  thumbnail: thumbnailUrl(attachment.incidentId, attachment.id),
});

/** What a tile and the viewer show of a stored file, whatever it is attached to. */
export type ShownFile = Pick<Attachment, 'id' | 'displayName' | 'size' | 'width' | 'height' | 'hasThumbnail'>;

/** A fresh key for one file's upload, kept with the file until it is on the server. */
export function newUploadKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
