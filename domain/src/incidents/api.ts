import { z } from 'zod';
import { uuidSchema } from '../common';
import { kNumberSchema } from '../identifiers/knummer';
import { pageOf } from '../pagination';
import { sharingLevelSchema } from './sharing';
import { incidentStatusSchema, incidentTypeSchema, severitySchema } from './taxonomy';

export const DESCRIPTION_MAX = 2000;

const answersSchema = z
  .record(z.string().max(64), z.unknown())
  .meta({ description: 'Answers to the detailed questions of the report form, by question id' });

const latitudeSchema = z
  .number({ message: 'Ange en latitud' })
  .min(55, { message: 'Positionen ligger utanför Sverige' })
  .max(69.1, {
    message: 'Positionen ligger utanför Sverige',
  });
const longitudeSchema = z
  .number({ message: 'Ange en longitud' })
  .min(10.5, { message: 'Positionen ligger utanför Sverige' })
  .max(24.2, {
    message: 'Positionen ligger utanför Sverige',
  });
const occurredAtSchema = z.iso.datetime({ offset: true, message: 'Ange tidpunkt som ISO 8601 med tidszon' });
const descriptionSchema = z
  .string()
  .trim()
  .min(1, { message: 'Beskriv kort vad som hände' })
  .max(DESCRIPTION_MAX, { message: `Högst ${DESCRIPTION_MAX} tecken` });

/** INC-1: the basic report fits one phone screen; `answers` carries the detailed report (INC-2). */
export const createIncidentRequestSchema = z
  .object({
    orgId: uuidSchema,
    type: incidentTypeSchema,
    severity: severitySchema.optional(),
    occurredAt: occurredAtSchema,
    unitId: uuidSchema.nullable().optional(),
    cameraId: uuidSchema.nullable().optional(),
    latitude: latitudeSchema.nullable().optional(),
    longitude: longitudeSchema.nullable().optional(),
    description: descriptionSchema,
    answers: answersSchema.optional(),
    /** A report the police already wrote (on site or elsewhere) is registered with its K-nummer. */
    kNumber: kNumberSchema.optional(),
  })
  .strict();

export const policeReferenceRequestSchema = z.object({ kNumber: kNumberSchema.nullable() }).strict();

export const updateIncidentRequestSchema = z
  .object({
    type: incidentTypeSchema.optional(),
    severity: severitySchema.optional(),
    occurredAt: occurredAtSchema.optional(),
    unitId: uuidSchema.nullable().optional(),
    cameraId: uuidSchema.nullable().optional(),
    latitude: latitudeSchema.nullable().optional(),
    longitude: longitudeSchema.nullable().optional(),
    description: descriptionSchema.optional(),
    answers: answersSchema.optional(),
  })
  .strict();

export const changeStatusRequestSchema = z
  .object({ status: incidentStatusSchema, note: z.string().trim().max(DESCRIPTION_MAX).optional() })
  .strict();

export const addNoteRequestSchema = z
  .object({ text: z.string().trim().min(1, { message: 'Skriv en anteckning' }).max(DESCRIPTION_MAX) })
  .strict();

export const incidentParamsSchema = z.object({ id: uuidSchema }).strict();

export const incidentSchema = z.object({
  id: uuidSchema,
  orgId: uuidSchema,
  orgName: z.string(),
  unitId: uuidSchema.nullable(),
  unitName: z.string().nullable(),
  type: incidentTypeSchema,
  severity: severitySchema,
  status: incidentStatusSchema,
  occurredAt: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  description: z.string(),
  answers: z.record(z.string(), z.unknown()),
  formVersion: z.number(),
  kNumber: z.string().nullable(),
  cameraId: uuidSchema.nullable(),
  /** INC-10: chosen by the organisation (its default when filed), changed by its managers. */
  sharing: sharingLevelSchema,
  /** PRIV-6: for personal-data incidents, when the 72 hours to notify IMY run out. */
  authorityDeadline: z.string().nullable(),
  reporter: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean(), handle: z.boolean() }),
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentListQuerySchema = z
  .object({
    orgId: uuidSchema.optional(),
    unitId: uuidSchema.optional(),
    type: incidentTypeSchema.optional(),
    status: incidentStatusSchema.optional(),
    from: occurredAtSchema.optional(),
    to: occurredAtSchema.optional(),
    q: z.string().trim().max(200).optional(),
    mine: z.enum(['true', 'false']).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number({ message: 'Ange ett heltal' }).int().min(1).max(200).optional(),
  })
  .strict();

export const LIST_DESCRIPTION_MAX = 280;

/** A row of the managers' list and of "my reports": what a list shows, not the whole report. */
export const incidentSummarySchema = incidentSchema
  .pick({
    id: true,
    orgId: true,
    orgName: true,
    unitId: true,
    unitName: true,
    type: true,
    severity: true,
    status: true,
    occurredAt: true,
    latitude: true,
    longitude: true,
    reporter: true,
    kNumber: true,
    createdAt: true,
  })
  .extend({ description: z.string().meta({ description: `The first ${LIST_DESCRIPTION_MAX} characters` }) });
export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

export const incidentListSchema = pageOf(incidentSummarySchema);
export type IncidentList = z.infer<typeof incidentListSchema>;

export const incidentEventSchema = z.object({
  id: uuidSchema,
  kind: z.enum(['created', 'updated', 'status_changed', 'note_added', 'deleted']),
  actor: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  changes: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  at: z.string(),
});
export const incidentHistorySchema = z.object({ items: z.array(incidentEventSchema) });
