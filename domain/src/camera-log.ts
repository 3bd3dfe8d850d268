import { z } from 'zod';
import { uuidSchema } from './common';
import { incidentTypeSchema } from './incidents/taxonomy';
import { pageOf } from './pagination';

/**
 * CAM-3: the log of a camera's footage — who viewed or exported it and why (access), and who asked for a copy
 * and what was decided (disclosure). Entries are never changed: a correction or a later decision is a new entry
 * that supersedes the earlier one.
 */
export const cameraLogKinds = ['access', 'disclosure'] as const;
export const footageActions = ['viewed', 'exported'] as const;
export const disclosureDecisions = ['pending', 'granted', 'refused'] as const;

export const LOG_TEXT_MAX = 200;
export const LOG_NOTE_MAX = 2000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Högst ${max} tecken` })
    .optional();
const when = (message: string) => z.iso.datetime({ offset: true, message });

const ACCESS_ONLY = ['person', 'action', 'reason'] as const;
const DISCLOSURE_ONLY = ['requester', 'reference', 'decision', 'decidedBy', 'decidedAt'] as const;

export const cameraLogEntryRequestSchema = z
  .object({
    kind: z.enum(cameraLogKinds, { message: 'Välj åtkomst eller begäran om utlämnande' }),
    /** Access: when the footage was viewed or exported. Disclosure: when the request came in. */
    occurredAt: when('Ange datum och tid'),
    person: optionalText(LOG_TEXT_MAX),
    action: z.enum(footageActions, { message: 'Välj tittade eller exporterade' }).optional(),
    reason: optionalText(LOG_NOTE_MAX),
    requester: optionalText(LOG_TEXT_MAX),
    reference: optionalText(100),
    decision: z.enum(disclosureDecisions, { message: 'Välj ett beslut' }).optional(),
    decidedBy: optionalText(LOG_TEXT_MAX),
    decidedAt: when('Ange när beslutet fattades').optional(),
    note: optionalText(LOG_NOTE_MAX),
    incidentId: uuidSchema.optional(),
    /** The earlier entry this one corrects or follows up (say, the decision on a pending request). */
    supersedes: uuidSchema.optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const need = (field: keyof typeof entry, message: string) => {
      if (!entry[field]) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    const refuse = (fields: readonly (keyof typeof entry)[], message: string) => {
      for (const field of fields)
        if (entry[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (entry.kind === 'access') {
      need('person', 'Ange vem som tittade på eller exporterade materialet');
      need('action', 'Välj tittade eller exporterade');
      need('reason', 'Ange varför materialet behövdes');
      refuse(DISCLOSURE_ONLY, 'Hör till en begäran om utlämnande, inte till en åtkomst');
    } else {
      need('requester', 'Ange vem som begär ut materialet, t.ex. Polisen');
      need('decision', 'Välj ett beslut');
      if (entry.decision && entry.decision !== 'pending') {
        need('decidedBy', 'Ange vem som fattade beslutet');
        need('decidedAt', 'Ange när beslutet fattades');
      }
      if (entry.decision === 'pending')
        refuse(['decidedBy', 'decidedAt'], 'Ett obeslutat ärende har inget beslut');
      refuse(ACCESS_ONLY, 'Hör till en åtkomst, inte till en begäran om utlämnande');
    }
  });
export type CameraLogEntryRequest = z.infer<typeof cameraLogEntryRequestSchema>;

export const cameraLogParamsSchema = z.object({ orgId: uuidSchema, cameraId: uuidSchema }).strict();

export const cameraLogEntrySchema = z.object({
  id: uuidSchema,
  cameraId: uuidSchema,
  kind: z.enum(cameraLogKinds),
  occurredAt: z.string(),
  person: z.string().nullable(),
  action: z.enum(footageActions).nullable(),
  reason: z.string().nullable(),
  requester: z.string().nullable(),
  reference: z.string().nullable(),
  decision: z.enum(disclosureDecisions).nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  /** The related report, while it is still there. */
  incident: z.object({ id: uuidSchema, type: incidentTypeSchema, occurredAt: z.string() }).nullable(),
  supersedes: uuidSchema.nullable(),
  /** A later entry corrects or follows up this one. */
  supersededBy: uuidSchema.nullable(),
  recordedBy: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type CameraLogEntry = z.infer<typeof cameraLogEntrySchema>;

export const cameraLogSchema = pageOf(cameraLogEntrySchema);
