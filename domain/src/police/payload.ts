import { z } from 'zod';
import { policeCrimeTypes } from './crime-types';

/**
 * The name and version of the structured police report. A receiving system reads `format` first; a change
 * that removes or redefines a field gets a new version, while new optional fields keep this one.
 */
export const POLICE_REPORT_FORMAT = 'vaksam.police-report.v1';

const codeSchema = <T extends readonly { code: string }[]>(list: T) =>
  z.enum(list.map((entry) => entry.code) as [T[number]['code'], ...T[number]['code'][]]);

/** A coded answer with its Swedish wording, so the receiver needs no code list of ours. */
const coded = z.object({ code: z.string(), label: z.string() });
const isoTime = z.string().meta({ description: 'ISO 8601 with offset' });

/**
 * `vaksam.police-report.v1`: what the police usually ask for about a crime against an organisation.
 * Texts are Swedish. It names no private persons besides the organisation's contact: perpetrators and
 * witnesses are described by counts and predefined answers only.
 */
export const policeReportPayloadSchema = z.object({
  format: z.literal(POLICE_REPORT_FORMAT),
  /** Our report's id; the same report sent again carries the same id. */
  reportId: z.uuid(),
  builtAt: isoTime,
  organisation: z.object({
    name: z.string(),
    /** NNNNNN-NNNN */
    orgNumber: z.string(),
    contact: z.object({
      name: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
    }),
  }),
  crime: z.object({
    code: codeSchema(policeCrimeTypes),
    label: z.string(),
    /** Our own classification, for the receiver's reference. */
    incidentType: coded,
    severity: coded,
  }),
  time: z.object({
    from: isoTime,
    /** Null when only one point in time is known. */
    to: isoTime.nullable(),
  }),
  place: z.object({
    unitName: z.string().nullable(),
    address: z
      .object({
        street: z.string().nullable(),
        postalCode: z.string().nullable(),
        city: z.string().nullable(),
      })
      .nullable(),
    municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
    county: z.object({ code: z.string(), name: z.string() }).nullable(),
    policeRegion: z.string().nullable(),
    coordinates: z
      .object({
        latitude: z.number(),
        longitude: z.number(),
        /** The reporter's marked position, or the unit's when none was marked. */
        source: z.enum(['report', 'unit']),
      })
      .nullable(),
    /** Where at the place, e.g. checkout or storage. */
    scene: coded.nullable(),
  }),
  description: z.string(),
  loss: z.object({ valueSek: z.number().int().nullable(), items: z.string().nullable() }),
  modusOperandi: z.array(coded),
  tools: z.array(coded),
  perpetrators: z.object({ count: z.number().int().nullable(), descriptions: z.array(coded) }),
  witnesses: z.object({ any: z.boolean().nullable(), count: z.number().int().nullable() }),
  injuries: z.object({ any: z.boolean().nullable(), count: z.number().int().nullable() }),
  cctv: z.object({
    available: z.boolean().nullable(),
    camera: z.object({ name: z.string(), placement: z.string(), retentionDays: z.number().int() }).nullable(),
    /** The reporter's note on which camera, when it is not in the register. */
    note: z.string().nullable(),
  }),
  policeAtScene: z.boolean().nullable(),
  /** The police's reference when one already exists (a report written on site). */
  kNumber: z.string().nullable(),
  attachments: z.object({ count: z.number().int().min(0) }),
});
export type PoliceReportPayload = z.infer<typeof policeReportPayloadSchema>;
