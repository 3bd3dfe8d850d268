import { z } from 'zod';

export const uuidSchema = z.uuid({ message: 'Ogiltigt id' });

export const emailSchema = z
  .email({ message: 'Ogiltig e-postadress' })
  .max(254, { message: 'E-postadressen är för lång' })
  .meta({ example: 'anna@example.se' });

/** Opaque single-use tokens from e-mailed links: base64url, 43 characters for 256 bits. */
export const linkTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{32,128}$/, { message: 'Ogiltig eller trasig länk' });

export const okSchema = z.object({ ok: z.literal(true) });

export const languageSchema = z.enum(['sv', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const idParamsSchema = z.object({ id: uuidSchema }).strict();
