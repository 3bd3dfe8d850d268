import { z } from 'zod';
import { uuidSchema } from './common';
import type { Label } from './incidents/taxonomy';
import { pageLimitSchema, pageOf } from './pagination';

/**
 * GRP-5: a report shared into a group is shown as a summary. Value is given as a band and the place as a
 * rounded position, so that a summary points to no one; the report's own text only when the sharing
 * organisation chose to include it.
 */
export const valueBands = [
  { code: 'under_1k', upTo: 1_000, label: { sv: 'Under 1 000 kr', en: 'Under SEK 1,000' } },
  { code: '1k_10k', upTo: 10_000, label: { sv: '1 000–10 000 kr', en: 'SEK 1,000–10,000' } },
  { code: '10k_50k', upTo: 50_000, label: { sv: '10 000–50 000 kr', en: 'SEK 10,000–50,000' } },
  { code: '50k_250k', upTo: 250_000, label: { sv: '50 000–250 000 kr', en: 'SEK 50,000–250,000' } },
  {
    code: 'over_250k',
    upTo: Number.POSITIVE_INFINITY,
    label: { sv: 'Över 250 000 kr', en: 'Over SEK 250,000' },
  },
] as const satisfies readonly { code: string; upTo: number; label: Label }[];

export type ValueBand = (typeof valueBands)[number]['code'];

export function valueBandOf(valueSek: unknown): ValueBand | null {
  if (typeof valueSek !== 'number' || !Number.isFinite(valueSek) || valueSek < 0) return null;
  return valueBands.find((band) => valueSek < band.upTo)?.code ?? null;
}

/** Two decimals of a degree: about a kilometre north–south, enough to tell the square, not the shop. */
export const roundToApproximate = (degrees: number) => Math.round(degrees * 100) / 100;

export const groupShareRequestSchema = z
  .object({
    groupId: uuidSchema,
    /** The report's free text goes along only when a manager of the reporting organisation says so. */
    includeDescription: z.boolean({ message: 'Svara ja eller nej' }).optional(),
  })
  .strict();
export type GroupShareRequest = z.infer<typeof groupShareRequestSchema>;

export const incidentSharesParamsSchema = z.object({ incidentId: uuidSchema }).strict();
export const groupSharedIncidentParamsSchema = z
  .object({ groupId: uuidSchema, shareId: uuidSchema })
  .strict();
export const groupSharedIncidentsParamsSchema = z.object({ groupId: uuidSchema }).strict();
export const groupSharedIncidentsQuerySchema = z
  .object({ cursor: z.string().max(200).optional(), limit: pageLimitSchema(100) })
  .strict();

/** Where a report was shared, as its organisation sees it (INC-9: the groups are among its recipients). */
export const incidentGroupShareSchema = z.object({
  id: uuidSchema,
  group: z.object({ id: uuidSchema, name: z.string() }),
  includeDescription: z.boolean(),
  sharedAt: z.string(),
  canRemove: z.boolean(),
});
export type IncidentGroupShare = z.infer<typeof incidentGroupShareSchema>;

/** A group the asking user may share this report into now. */
export const shareableGroupSchema = z.object({ id: uuidSchema, name: z.string() });

export const incidentGroupSharesSchema = z.object({
  items: z.array(incidentGroupShareSchema),
  /** False while the report's sharing level keeps it out of groups. */
  sharingAllowsGroups: z.boolean(),
  canIncludeDescription: z.boolean(),
  shareableGroups: z.array(shareableGroupSchema),
});

/** What a group's members read of a shared report: never who reported it. */
export const sharedIncidentSummarySchema = z.object({
  id: uuidSchema,
  type: z.string(),
  severity: z.string(),
  occurredAt: z.string(),
  place: z
    .object({
      kommun: z.object({ code: z.string(), name: z.string() }).nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
    })
    .nullable(),
  valueBand: z.enum(valueBands.map((band) => band.code) as [ValueBand, ...ValueBand[]]).nullable(),
  modus: z.array(z.string()),
  description: z.string().nullable(),
  sharedAt: z.string(),
  canRemove: z.boolean(),
});
export type SharedIncidentSummary = z.infer<typeof sharedIncidentSummarySchema>;
export const sharedIncidentPageSchema = pageOf(sharedIncidentSummarySchema);
