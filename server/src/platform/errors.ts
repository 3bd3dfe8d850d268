import type { ErrorCode } from '@vaksam/domain/errors';

/** A failure the client caused or may see; anything else becomes a logged 500 without details. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (message = 'Hittades inte') => new HttpError(404, 'not_found', message);
export const forbidden = (message = 'Du har inte behörighet till detta') =>
  new HttpError(403, 'forbidden', message);
export const unauthenticated = (message = 'Du behöver logga in') =>
  new HttpError(401, 'unauthenticated', message);
export const conflict = (message: string, fields?: Record<string, string>) =>
  new HttpError(409, 'conflict', message, fields);
export const unprocessable = (message: string, fields?: Record<string, string>) =>
  new HttpError(422, 'unprocessable', message, fields);
export const invalid = (fields: Record<string, string>, message = 'Kontrollera de markerade fälten') =>
  new HttpError(400, 'validation_failed', message, fields);
