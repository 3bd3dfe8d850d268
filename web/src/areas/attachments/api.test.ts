import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_STATUS } from '../../api/errors';
import { failureOf, UploadError } from './api';

const error = (status: number, code = `http_${status}`) => new ApiError(status, code, '');

describe('telling a failed upload worth retrying from a refused one', () => {
  it.each([
    [error(NETWORK_STATUS, 'network'), 'offline'],
    [error(401, 'unauthenticated'), 'retry'],
    [error(403, 'csrf_failed'), 'retry'],
    [error(429, 'rate_limited'), 'retry'],
    [error(503), 'retry'],
    [error(403, 'forbidden'), 'rejected'],
    [error(404, 'not_found'), 'rejected'],
    [error(409, 'conflict'), 'rejected'],
    [error(413, 'payload_too_large'), 'rejected'],
    [error(415, 'unsupported_media_type'), 'rejected'],
    [error(422, 'unprocessable'), 'rejected'],
  ])('%s is %s', (apiError, failure) => {
    expect(failureOf(apiError)).toBe(failure);
  });

  it('keeps the server message and field errors for the user', () => {
    const uploadError = new UploadError(
      new ApiError(415, 'unsupported_media_type', 'Filtypen stöds inte.', { file: 'Välj en bild' }),
    );
    expect(uploadError).toBeInstanceOf(ApiError);
    expect(uploadError).toMatchObject({ failure: 'rejected', message: 'Filtypen stöds inte.' });
    expect(uploadError.fields).toEqual({ file: 'Välj en bild' });
  });
});
