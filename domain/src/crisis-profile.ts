import { z } from 'zod';
import { phoneSchema } from './accounts';
import { uuidSchema } from './common';
import { parsePersonnummer } from './identifiers/personnummer';

/**
 * ACC-5: what a crisis admin may need to reach a person or their family when something has happened. Stored
 * encrypted; read only by the crisis admins of a group the person is in, and every read is logged for the person.
 */

export const CRISIS_PROFILE_LIMITS = { address: 300, name: 120, relation: 60, nextOfKin: 5 } as const;

const text = (max: number, required: string) =>
  z
    .string({ message: required })
    .trim()
    .min(1, { message: required })
    .max(max, { message: `Högst ${max} tecken` });

export const nextOfKinSchema = z
  .object({
    name: text(CRISIS_PROFILE_LIMITS.name, 'Ange namnet'),
    relation: text(CRISIS_PROFILE_LIMITS.relation, 'Ange relationen, t.ex. make, dotter eller granne'),
    phone: phoneSchema,
  })
  .strict();
export type NextOfKin = z.infer<typeof nextOfKinSchema>;

/** Stored as YYYYMMDD-NNNN whatever form it was typed in, so it reads the same to every admin. */
const personnummerInputSchema = z
  .string()
  .trim()
  .transform((value, context) => {
    const parsed = parsePersonnummer(value);
    if (parsed.ok) return parsed.value.formatted;
    context.addIssue({ code: 'custom', message: 'Ogiltigt personnummer eller samordningsnummer' });
    return z.NEVER;
  });

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    schema.nullable(),
  );

export const crisisProfileInputSchema = z
  .object({
    alternativePhone: optional(phoneSchema).default(null),
    personnummer: optional(personnummerInputSchema).default(null),
    address: optional(
      z.string().trim().max(CRISIS_PROFILE_LIMITS.address, { message: 'Högst 300 tecken' }),
    ).default(null),
    nextOfKin: z
      .array(nextOfKinSchema)
      .max(CRISIS_PROFILE_LIMITS.nextOfKin, { message: `Högst ${CRISIS_PROFILE_LIMITS.nextOfKin} anhöriga` })
      .default([]),
  })
  .strict();
export type CrisisProfileInput = z.input<typeof crisisProfileInputSchema>;

export const crisisProfileSchema = z.object({
  alternativePhone: z.string().nullable(),
  personnummer: z.string().nullable(),
  address: z.string().nullable(),
  nextOfKin: z.array(nextOfKinSchema),
  updatedAt: z.string().nullable(),
});
export type CrisisProfile = z.infer<typeof crisisProfileSchema>;

/** Why a crisis admin opens someone's crisis profile: said before it opens, logged with the read. */
export const crisisProfileReadReasonSchema = z.enum([
  'reach_person',
  'reach_next_of_kin',
  'locate_person',
  'exercise',
]);
export type CrisisProfileReadReason = z.infer<typeof crisisProfileReadReasonSchema>;

export const crisisProfileReadRequestSchema = z.object({ reason: crisisProfileReadReasonSchema }).strict();

/** A crisis admin's view: whose profile it is, and the profile. */
export const crisisProfileOfMemberSchema = z.object({
  user: z.object({ id: uuidSchema, name: z.string(), email: z.string(), phone: z.string().nullable() }),
  profile: crisisProfileSchema,
});

/** "Who has looked at my crisis data": one read, by whom, through which group and why. */
export const crisisProfileReadSchema = z.object({
  at: z.string(),
  reader: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  group: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  reason: crisisProfileReadReasonSchema,
});
export const crisisProfileReadsSchema = z.object({ items: z.array(crisisProfileReadSchema) });
