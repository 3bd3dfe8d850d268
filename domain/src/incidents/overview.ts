import { z } from 'zod';
import { uuidSchema } from '../common';
import { incidentListQuerySchema } from './api';
import { incidentStatusSchema, incidentTypeSchema, severitySchema } from './taxonomy';

/** INC-8: the map shows at most this many reports, the newest first. */
export const MAP_POINTS_MAX = 2000;
/** INC-8: one export holds at most this many reports, the newest first. */
export const EXPORT_ROWS_MAX = 100_000;

/** The map takes the list's filters; it is one picture, not pages. */
export const incidentMapQuerySchema = incidentListQuerySchema.omit({ cursor: true, limit: true });

/** The export takes the list's filters; it is for managers, so there is no "mine". */
export const incidentExportQuerySchema = incidentListQuerySchema.omit({
  cursor: true,
  limit: true,
  mine: true,
});

export const incidentMapPointSchema = z.object({
  id: uuidSchema,
  type: incidentTypeSchema,
  severity: severitySchema,
  status: incidentStatusSchema,
  occurredAt: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  /** The report has no position of its own and is shown at its unit's coordinates. */
  atUnit: z.boolean(),
  unitName: z.string().nullable(),
});
export type IncidentMapPoint = z.infer<typeof incidentMapPointSchema>;

export const incidentMapSchema = z.object({
  points: z.array(incidentMapPointSchema),
  /** More reports with a position matched than the map shows. */
  truncated: z.boolean(),
  /** Matching reports with neither a position nor a unit with coordinates, so not on the map. */
  withoutPosition: z.number().int(),
});
