import { z } from 'zod';
import { emailSchema, languageSchema, linkTokenSchema, uuidSchema } from './common';
import { membershipStateSchema } from './memberships';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { message: `Lösenordet måste ha minst ${PASSWORD_MIN} tecken` })
  .max(PASSWORD_MAX, { message: `Lösenordet får ha högst ${PASSWORD_MAX} tecken` });

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'Ange ditt namn' })
  .max(120, { message: 'Namnet får ha högst 120 tecken' });

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, { message: 'Ogiltigt telefonnummer' });

export const platformRoleSchema = z.enum(['analyst', 'admin']);
export type PlatformRole = z.infer<typeof platformRoleSchema>;

export const signupRequestSchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    name: displayNameSchema,
    language: languageSchema.optional(),
    inviteToken: linkTokenSchema.optional(),
  })
  .strict();

export const acceptedSchema = z.object({ accepted: z.literal(true) });

export const verifyEmailRequestSchema = z.object({ token: linkTokenSchema }).strict();
export const emailOnlyRequestSchema = z.object({ email: emailSchema }).strict();

export const loginRequestSchema = z
  .object({ email: emailSchema, password: z.string().min(1, { message: 'Ange lösenord' }).max(PASSWORD_MAX) })
  .strict();

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^(\d{6}|[a-z0-9]{5}-[a-z0-9]{5})$/, { message: 'Ange en sexsiffrig kod eller en reservkod' });

export const loginTotpRequestSchema = z.object({ code: totpCodeSchema }).strict();

export const passwordResetConfirmSchema = z
  .object({ token: linkTokenSchema, password: passwordSchema })
  .strict();

export const changePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1).max(PASSWORD_MAX), newPassword: passwordSchema })
  .strict();

export const membershipRoleSchema = z.enum(['reporter', 'manager', 'security_contact']);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

export const sessionUserSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  language: languageSchema,
  membershipNumber: z.string().nullable(),
  /** Whether an analyst has verified the number: only 'verified' makes the user a trade-federation member. */
  membershipState: membershipStateSchema,
  platformRole: platformRoleSchema.nullable(),
  emailVerified: z.boolean(),
  totpEnabled: z.boolean(),
});

export const meResponseSchema = z.object({
  user: sessionUserSchema,
  csrfToken: z.string(),
  /** The session must enrol TOTP before anything else (analysts, admins, managers of orgs that require it). */
  mfaEnrolmentRequired: z.boolean(),
  memberships: z.array(
    z.object({ orgId: uuidSchema, orgName: z.string(), orgNumber: z.string(), role: membershipRoleSchema }),
  ),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const loginResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), me: meResponseSchema }),
  // The second step is a write on the pending session, so it needs that session's CSRF token.
  z.object({ status: z.literal('totp_required'), csrfToken: z.string() }),
]);

export const updateProfileRequestSchema = z
  .object({
    name: displayNameSchema.optional(),
    phone: phoneSchema.nullable().optional(),
    language: languageSchema.optional(),
    membershipNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{3,32}$/, { message: 'Ogiltigt medlemsnummer' })
      .nullable()
      .optional(),
  })
  .strict();

export const totpSetupResponseSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const totpEnableRequestSchema = z
  .object({ code: z.string().regex(/^\d{6}$/, { message: 'Ange den sexsiffriga koden' }) })
  .strict();
export const recoveryCodesResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const totpDisableRequestSchema = z.object({ password: z.string().min(1).max(PASSWORD_MAX) }).strict();

export const adminUserSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  name: z.string(),
  platformRole: platformRoleSchema.nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export const adminUserListSchema = z.object({
  items: z.array(adminUserSchema),
  nextCursor: z.string().nullable(),
});
export const adminUpdateUserRequestSchema = z
  .object({ disabled: z.boolean().optional(), platformRole: platformRoleSchema.nullable().optional() })
  .strict();
