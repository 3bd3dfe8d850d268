import { z } from 'zod';
import { uuidSchema } from '../common';
import { kNumberSchema } from '../identifiers/knummer';
import { policeReportPayloadSchema } from './payload';

/**
 * draft: not sent (nothing stored); sending: queued or being retried; sent: the intake accepted it;
 * confirmed: the police's K-nummer is recorded for it; failed: delivery gave up (it may be sent again).
 */
export const policeReportStates = ['draft', 'sending', 'sent', 'confirmed', 'failed'] as const;
export const policeReportStateSchema = z.enum(policeReportStates);
export type PoliceReportState = z.infer<typeof policeReportStateSchema>;

export const policeAdapterSchema = z.enum(['email', 'http']);
export type PoliceAdapterKind = z.infer<typeof policeAdapterSchema>;

export const policeReportGapSchema = z.object({
  field: z.string(),
  severity: z.enum(['required', 'recommended']),
  messageKey: z.string(),
});

/** The police report of an incident: a preview while a draft, the snapshot that was sent afterwards. */
export const policeReportSchema = z.object({
  incidentId: uuidSchema,
  state: policeReportStateSchema,
  /** Where it goes (or went): the intake's e-mail address or the host of its HTTP endpoint. Null when not configured. */
  recipient: z.string().nullable(),
  adapter: policeAdapterSchema,
  payload: policeReportPayloadSchema,
  gaps: z.array(policeReportGapSchema),
  requestedAt: z.string().nullable(),
  requestedBy: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  sentAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** The intake's own reference for the delivery, when it gives one. */
  externalReference: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** The incident's K-nummer, whichever way it was recorded. */
  kNumber: z.string().nullable(),
  abilities: z.object({ send: z.boolean(), confirm: z.boolean() }),
});
export type PoliceReport = z.infer<typeof policeReportSchema>;

export const confirmPoliceReportRequestSchema = z.object({ kNumber: kNumberSchema }).strict();

/** The binary body of a PDF answer, as OpenAPI describes it. */
export const pdfDocumentSchema = z.string().meta({ format: 'binary', description: 'A PDF document' });

export const incidentPdfQuerySchema = z
  .object({ lang: z.enum(['sv', 'en'], { message: 'Välj sv eller en' }).optional() })
  .strict();
