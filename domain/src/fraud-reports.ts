import { z } from 'zod';
import { storedContentTypes } from './attachments';
import { uuidSchema } from './common';
import { fraudIdentifierInputSchema, fraudIdentifierSchema } from './fraud';
import { DESCRIPTION_MAX } from './incidents/api';
import { pageLimitSchema, pageOf } from './pagination';

/**
 * FRAUD-4: a signed-in person reports a fraudulent invoice; the platform's analysts publish it on Varningslistan
 * as a new entry, merge it into the entry of a sender already listed, or reject it. The reporter is never named
 * on the list.
 */

export const FRAUD_REPORT_LIMITS = {
  /** The description may become the text of an incident report, which holds at most this much. */
  description: DESCRIPTION_MAX,
  companyName: 200,
  identifiers: 20,
  files: 5,
  reason: 1_000,
  /** Ten million kronor: more than any invoice of this kind, less than an integer of öre can hold. */
  amountSek: 10_000_000,
} as const;

export const fraudReportStateSchema = z.enum(['pending', 'published', 'merged', 'rejected']);
export type FraudReportState = z.infer<typeof fraudReportStateSchema>;

const requiredText = (max: number, message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, { message })
    .max(max, { message: `Högst ${max} tecken` });

export const fraudReportCreateSchema = z
  .object({
    companyName: requiredText(FRAUD_REPORT_LIMITS.companyName, 'Ange avsändarens företagsnamn'),
    identifiers: z
      .array(fraudIdentifierInputSchema)
      .max(FRAUD_REPORT_LIMITS.identifiers, { message: `Högst ${FRAUD_REPORT_LIMITS.identifiers} uppgifter` })
      .default([]),
    amountSek: z
      .number({ message: 'Ange beloppet i kronor' })
      .positive({ message: 'Beloppet ska vara större än noll' })
      .max(FRAUD_REPORT_LIMITS.amountSek, { message: 'Beloppet är orimligt stort' })
      .multipleOf(0.01, { message: 'Ange beloppet med högst två decimaler' })
      .optional(),
    invoiceDate: z.iso.date({ message: 'Ange fakturadatumet som ÅÅÅÅ-MM-DD' }).optional(),
    description: requiredText(FRAUD_REPORT_LIMITS.description, 'Beskriv vad som hände'),
    /** Also file it as an incident of type fraudulent invoice in one of my organisations (its police flow applies). */
    incident: z.object({ orgId: uuidSchema, unitId: uuidSchema.optional() }).strict().optional(),
  })
  .strict();
export type FraudReportCreate = z.infer<typeof fraudReportCreateSchema>;

export const fraudReportFileSchema = z.object({
  id: uuidSchema,
  /** The uploader's file name made safe, with the stored format's extension. */
  displayName: z.string(),
  contentType: z.enum(storedContentTypes),
  size: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  createdAt: z.string(),
});
export type FraudReportFile = z.infer<typeof fraudReportFileSchema>;

/** What the reporter sees of their own report; the analyst who decided it is not named. */
export const fraudReportSchema = z.object({
  id: uuidSchema,
  companyName: z.string(),
  identifiers: z.array(fraudIdentifierSchema),
  amountSek: z.number().nullable(),
  invoiceDate: z.string().nullable(),
  description: z.string(),
  state: fraudReportStateSchema,
  decidedAt: z.string().nullable(),
  /** The entry of Varningslistan it was published as or merged into. */
  entryId: uuidSchema.nullable(),
  /** Why it was not published, written for the reporter. */
  rejectionReason: z.string().nullable(),
  /** The incident report filed with it, when the reporter chose to. */
  incidentId: uuidSchema.nullable(),
  files: z.array(fraudReportFileSchema),
  createdAt: z.string(),
});
export type FraudReport = z.infer<typeof fraudReportSchema>;

export const fraudReportSummarySchema = z.object({
  id: uuidSchema,
  companyName: z.string(),
  state: fraudReportStateSchema,
  fileCount: z.number().int(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type FraudReportSummary = z.infer<typeof fraudReportSummarySchema>;
export const fraudReportListSchema = pageOf(fraudReportSummarySchema);

/**
 * The analysts' view: who reported it and who decided it. The incident is left out: platform staff never learn
 * that an organisation's report exists (PRIV-4).
 */
export const fraudReportReviewSchema = fraudReportSchema.omit({ incidentId: true }).extend({
  /** Null when the reporter's account is gone. */
  reporter: z.object({ id: uuidSchema, name: z.string(), email: z.string() }).nullable(),
  decidedBy: z.object({ id: uuidSchema, name: z.string() }).nullable(),
});
export type FraudReportReview = z.infer<typeof fraudReportReviewSchema>;

export const fraudReportListQuerySchema = z
  .object({ cursor: z.string().max(200).optional(), limit: pageLimitSchema(100) })
  .strict();

/** Without a state, the queue shows every report with the pending ones first. */
export const fraudReportReviewQuerySchema = fraudReportListQuerySchema
  .extend({ state: fraudReportStateSchema.optional() })
  .strict();

export const fraudReportFileParamsSchema = z.object({ id: uuidSchema, fileId: uuidSchema }).strict();

/** Merging counts the report on an entry already listed and adds the identifiers it lacks. */
export const fraudReportMergeSchema = z.object({ entryId: uuidSchema }).strict();

export const fraudReportRejectSchema = z
  .object({ reason: requiredText(FRAUD_REPORT_LIMITS.reason, 'Skriv varför rapporten inte publiceras') })
  .strict();
