import { z } from 'zod';

export const SCAN_TEXT_MAX = 10_000;

export const scanRequestSchema = z
  .object({ text: z.string().max(SCAN_TEXT_MAX, { message: `Högst ${SCAN_TEXT_MAX} tecken` }) })
  .strict();

export const findingSchema = z.object({
  kind: z.enum(['personnummer', 'samordningsnummer', 'phone', 'email', 'name']),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  confidence: z.enum(['high', 'medium']),
});

/** What was found (positions are UTF-16 offsets, as in JavaScript strings) and the text with it replaced. */
export const scanResponseSchema = z.object({ findings: z.array(findingSchema), redacted: z.string() });
