import { z } from 'zod';
import { uuidSchema } from './common';
import { pageLimitSchema, pageOf } from './pagination';
import { countyCodeSchema, municipalityCodeSchema } from './taxonomy/geo';

/**
 * WARN-1 … WARN-3, WARN-5: warnings written by analysts (for the whole platform) or by a group's admins (for
 * their members), delivered to the people whose organisations or units they concern, and to nobody else.
 */

export const warningSeveritySchema = z.enum(['info', 'warning', 'critical'], {
  message: 'Välj information, varning eller allvarlig',
});
export type WarningSeverity = z.infer<typeof warningSeveritySchema>;

export const WARNING_SEVERITY_LABELS: Record<WarningSeverity, { sv: string; en: string }> = {
  info: { sv: 'Information', en: 'Information' },
  warning: { sv: 'Varning', en: 'Warning' },
  critical: { sv: 'Allvarlig varning', en: 'Serious warning' },
};

export const warningStateSchema = z.enum(['draft', 'published', 'withdrawn']);
export type WarningState = z.infer<typeof warningStateSchema>;

export const WARNING_LIMITS = {
  title: 200,
  body: 10_000,
  actions: 5_000,
  source: 200,
  codes: 100,
  organisations: 200,
  shapes: 20,
  polygonPoints: 200,
  radiusKm: 500,
} as const;

const latitude = z
  .number({ message: 'Ange latitud' })
  .min(55, { message: 'Latituden ligger utanför Sverige' })
  .max(69.1, { message: 'Latituden ligger utanför Sverige' });
const longitude = z
  .number({ message: 'Ange longitud' })
  .min(10.9, { message: 'Longituden ligger utanför Sverige' })
  .max(24.2, { message: 'Longituden ligger utanför Sverige' });

export const geoPointSchema = z.object({ latitude, longitude }).strict();
export type GeoPoint = z.infer<typeof geoPointSchema>;

export const circleSchema = z
  .object({
    center: geoPointSchema,
    radiusKm: z
      .number({ message: 'Ange radien i kilometer' })
      .positive({ message: 'Radien ska vara större än 0' })
      .max(WARNING_LIMITS.radiusKm, { message: `Högst ${WARNING_LIMITS.radiusKm} km` }),
  })
  .strict();
export type Circle = z.infer<typeof circleSchema>;

/** A ring of corners in order; the first is not repeated at the end. */
export const polygonSchema = z
  .array(geoPointSchema)
  .min(3, { message: 'En yta behöver minst tre hörn' })
  .max(WARNING_LIMITS.polygonPoints, { message: `Högst ${WARNING_LIMITS.polygonPoints} hörn` });
export type Polygon = z.infer<typeof polygonSchema>;

/** An SNI 2007 section letter (A–U) or division (two digits). */
const sniSelectorSchema = z
  .string()
  .regex(/^([A-U]|\d{2})$/, { message: 'Ange en avdelning (A–U) eller huvudgrupp (två siffror)' });

const codes = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(WARNING_LIMITS.codes, { message: `Högst ${WARNING_LIMITS.codes}` })
    .default([]);

/**
 * WARN-2: who a warning concerns. Each kind narrows (AND across kinds); within a kind any one suffices (OR).
 * An empty kind does not narrow. A unit matches on its organisation's industry, its own kommun (and so län),
 * and its position for circles and polygons; an organisation without units matches on its industry alone,
 * and only when no place is asked for.
 */
export const warningTargetingSchema = z
  .object({
    sni: codes(sniSelectorSchema),
    counties: codes(countyCodeSchema),
    municipalities: codes(municipalityCodeSchema),
    circles: z
      .array(circleSchema)
      .max(WARNING_LIMITS.shapes, { message: `Högst ${WARNING_LIMITS.shapes} cirklar` })
      .default([]),
    polygons: z
      .array(polygonSchema)
      .max(WARNING_LIMITS.shapes, { message: `Högst ${WARNING_LIMITS.shapes} ytor` })
      .default([]),
    orgIds: z
      .array(uuidSchema)
      .max(WARNING_LIMITS.organisations, { message: `Högst ${WARNING_LIMITS.organisations} organisationer` })
      .default([]),
  })
  .strict();
export type WarningTargeting = z.infer<typeof warningTargetingSchema>;

export const emptyTargeting = (): WarningTargeting => ({
  sni: [],
  counties: [],
  municipalities: [],
  circles: [],
  polygons: [],
  orgIds: [],
});

/** True when nothing narrows: a platform warning must narrow by something (relevance over reach, WARN-2). */
export function isUntargeted(targeting: WarningTargeting): boolean {
  return Object.values(targeting).every((values) => values.length === 0);
}

const requiredText = (max: number, message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, { message })
    .max(max, { message: `Högst ${max} tecken` });

const instant = (message: string) => z.iso.datetime({ offset: true, message });

export const warningInputSchema = z
  .object({
    /** A group's warning goes to that group's members only (WARN-5); without one, it is the platform's. */
    groupId: uuidSchema.nullable().default(null),
    title: requiredText(WARNING_LIMITS.title, 'Ange en rubrik'),
    body: requiredText(WARNING_LIMITS.body, 'Beskriv vad som händer'),
    actions: z
      .string({ message: 'Ange rekommenderade åtgärder' })
      .trim()
      .max(WARNING_LIMITS.actions, { message: `Högst ${WARNING_LIMITS.actions} tecken` })
      .default(''),
    severity: warningSeveritySchema,
    source: z
      .string({ message: 'Ange källan' })
      .trim()
      .max(WARNING_LIMITS.source, { message: `Högst ${WARNING_LIMITS.source} tecken` })
      .default(''),
    validFrom: instant('Ange när varningen börjar gälla').optional(),
    validUntil: instant('Ange när varningen slutar gälla').nullable().default(null),
    targeting: warningTargetingSchema.default(emptyTargeting),
  })
  .strict();
export type WarningInput = z.infer<typeof warningInputSchema>;

export const warningUpdateSchema = warningInputSchema.omit({ groupId: true }).extend({
  /** The `updatedAt` the edit started from: an edit over someone else's answers 409. */
  updatedAt: instant('Ange när varningen hämtades'),
});
export type WarningUpdate = z.infer<typeof warningUpdateSchema>;

export const warningPreviewRequestSchema = z
  .object({ groupId: uuidSchema.nullable().default(null), targeting: warningTargetingSchema })
  .strict();

/** WARN-1: who a warning would reach, before it is sent. */
export const warningPreviewSchema = z.object({
  recipients: z.number().int(),
  units: z.number().int(),
  byIndustry: z.array(z.object({ section: z.string(), recipients: z.number().int() })),
  byCounty: z.array(z.object({ countyCode: z.string(), recipients: z.number().int() })),
});
export type WarningPreview = z.infer<typeof warningPreviewSchema>;

export const warningStatsSchema = z.object({
  targeted: z.number().int(),
  delivered: z.number().int(),
  opened: z.number().int(),
  useful: z.number().int(),
  notUseful: z.number().int(),
});
export type WarningStats = z.infer<typeof warningStatsSchema>;

const warningCore = {
  id: uuidSchema,
  title: z.string(),
  body: z.string(),
  actions: z.string(),
  severity: warningSeveritySchema,
  source: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  group: z.object({ id: uuidSchema, name: z.string() }).nullable(),
};

/** A warning as its authors see it: state, targeting and figures. */
export const warningSchema = z.object({
  ...warningCore,
  state: warningStateSchema,
  targeting: warningTargetingSchema,
  stats: warningStatsSchema,
});
export type Warning = z.infer<typeof warningSchema>;

/** A warning in a recipient's feed: the text, and what this person did with it. */
export const feedWarningSchema = z.object({
  ...warningCore,
  openedAt: z.string().nullable(),
  feedback: z.enum(['useful', 'not_useful']).nullable(),
});
export type FeedWarning = z.infer<typeof feedWarningSchema>;

export const feedWarningListSchema = pageOf(feedWarningSchema);
export const warningListSchema = pageOf(warningSchema);

export const warningFeedQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: pageLimitSchema(100),
    unread: z.enum(['true', 'false'], { message: 'Ange true eller false' }).optional(),
  })
  .strict();

export const warningListQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: pageLimitSchema(100),
    state: warningStateSchema.optional(),
    groupId: uuidSchema.optional(),
  })
  .strict();

export const warningFeedbackSchema = z
  .object({ feedback: z.enum(['useful', 'not_useful'], { message: 'Välj användbar eller inte användbar' }) })
  .strict();

export const unreadWarningsSchema = z.object({ count: z.number().int() });
