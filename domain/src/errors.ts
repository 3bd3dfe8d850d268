import { z } from 'zod';

/** Every error the API answers has this body, so clients can show a message per field. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const errorCodes = [
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'mfa_required',
  'mfa_enrolment_required',
  'not_found',
  'conflict',
  'rate_limited',
  'unprocessable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
