import { z } from 'zod';
import { membershipRoleSchema } from './accounts';
import { emailSchema, linkTokenSchema, uuidSchema } from './common';
import { orgNumberInputSchema } from './identifiers/organisationsnummer';
import { pageOf } from './pagination';
import { municipalityCodeSchema } from './taxonomy/geo';
import { sniCodeSchema } from './taxonomy/sni';

const orgNameSchema = z
  .string()
  .trim()
  .min(2, { message: 'Ange organisationens namn' })
  .max(200, { message: 'Namnet får ha högst 200 tecken' });

export const orgAbilitiesSchema = z.object({
  update: z.boolean(),
  manageMembers: z.boolean(),
  manageUnits: z.boolean(),
  invite: z.boolean(),
});

export const orgSchema = z.object({
  id: uuidSchema,
  orgNumber: z.string().meta({ description: 'NNNNNN-NNNN' }),
  name: z.string(),
  organisationForm: z.string(),
  sniCode: z.string().nullable(),
  sniVersion: z.string().nullable(),
  requireManagerMfa: z.boolean(),
  myRole: membershipRoleSchema.nullable(),
  abilities: orgAbilitiesSchema,
  createdAt: z.string(),
});
export type Org = z.infer<typeof orgSchema>;
export const orgListSchema = z.object({ items: z.array(orgSchema) });

export const orgParamsSchema = z.object({ orgId: uuidSchema }).strict();

export const registerOrgRequestSchema = z
  .object({
    orgNumber: orgNumberInputSchema,
    name: orgNameSchema,
    sniCode: sniCodeSchema.optional(),
  })
  .strict();

export const updateOrgRequestSchema = z
  .object({
    name: orgNameSchema.optional(),
    sniCode: sniCodeSchema.nullable().optional(),
    requireManagerMfa: z.boolean().optional(),
  })
  .strict();

export const orgLookupQuerySchema = z.object({ orgNumber: orgNumberInputSchema }).strict();
export const orgLookupResponseSchema = z.object({
  orgNumber: z.string(),
  organisationForm: z.string(),
  registered: z.boolean(),
  name: z.string().nullable(),
});

// Join requests ------------------------------------------------------------
export const joinRequestStatusSchema = z.enum(['pending', 'approved', 'denied', 'withdrawn']);

export const createJoinRequestSchema = z
  .object({
    orgNumber: orgNumberInputSchema,
    message: z.string().trim().max(500, { message: 'Meddelandet får ha högst 500 tecken' }).optional(),
  })
  .strict();

export const joinRequestSchema = z.object({
  id: uuidSchema,
  orgId: uuidSchema,
  orgName: z.string(),
  user: z.object({ id: uuidSchema, name: z.string(), email: z.string() }),
  message: z.string().nullable(),
  status: joinRequestStatusSchema,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export const joinRequestListSchema = pageOf(joinRequestSchema);
export const joinRequestParamsSchema = z.object({ orgId: uuidSchema, requestId: uuidSchema }).strict();
export const decideJoinRequestSchema = z
  .object({ decision: z.enum(['approve', 'deny']), role: membershipRoleSchema.optional() })
  .strict();

// Members ------------------------------------------------------------------
export const memberSchema = z.object({
  userId: uuidSchema,
  name: z.string(),
  email: z.string(),
  role: membershipRoleSchema,
  totpEnabled: z.boolean(),
  joinedAt: z.string(),
});
export const memberListSchema = pageOf(memberSchema);
export const memberParamsSchema = z.object({ orgId: uuidSchema, userId: uuidSchema }).strict();
export const updateMemberRequestSchema = z.object({ role: membershipRoleSchema }).strict();

// Invites ------------------------------------------------------------------
export const INVITE_TTL_DAYS = 7;

export const createInviteRequestSchema = z
  .object({ email: emailSchema, role: membershipRoleSchema.default('reporter') })
  .strict();

export const inviteSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  role: membershipRoleSchema,
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export const inviteListSchema = pageOf(inviteSchema);
export const inviteParamsSchema = z.object({ orgId: uuidSchema, inviteId: uuidSchema }).strict();
export const inviteTokenParamsSchema = z.object({ token: linkTokenSchema }).strict();
export const invitePreviewSchema = z.object({
  orgName: z.string(),
  orgNumber: z.string(),
  email: z.string(),
  role: membershipRoleSchema,
  expiresAt: z.string(),
});
export const acceptInviteResponseSchema = z.object({ orgId: uuidSchema });

// Units --------------------------------------------------------------------
export const unitFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: 'Ange enhetens namn' }).max(200, { message: 'Högst 200 tecken' }),
  street: z.string().trim().max(200, { message: 'Högst 200 tecken' }).nullable().optional(),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{3} ?\d{2}$/, { message: 'Ange postnummer som 123 45' })
    .nullable()
    .optional(),
  city: z.string().trim().max(100, { message: 'Högst 100 tecken' }).nullable().optional(),
  municipalityCode: municipalityCodeSchema,
  latitude: z
    .number({ message: 'Ange en latitud' })
    .min(55, { message: 'Positionen ligger utanför Sverige' })
    .max(69.1, { message: 'Positionen ligger utanför Sverige' })
    .nullable()
    .optional(),
  longitude: z
    .number({ message: 'Ange en longitud' })
    .min(10.5, { message: 'Positionen ligger utanför Sverige' })
    .max(24.2, { message: 'Positionen ligger utanför Sverige' })
    .nullable()
    .optional(),
});
export const createUnitRequestSchema = unitFieldsSchema.strict();
export const updateUnitRequestSchema = unitFieldsSchema.partial().strict();

export const unitSchema = z.object({
  id: uuidSchema,
  orgId: uuidSchema,
  name: z.string(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  countyCode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  createdAt: z.string(),
});
export const unitListSchema = pageOf(unitSchema);
export const unitParamsSchema = z.object({ orgId: uuidSchema, unitId: uuidSchema }).strict();
