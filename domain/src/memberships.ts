import { z } from 'zod';
import { uuidSchema } from './common';
import { pageLimitSchema, pageOf } from './pagination';

/**
 * A trade-federation membership as a user states it in their profile. Only a verified number makes the user
 * a member: it unlocks member-only content and the right to create groups (product.md, roles).
 */
export const membershipStateSchema = z.enum(['none', 'pending', 'verified', 'rejected']);
export type MembershipState = z.infer<typeof membershipStateSchema>;

export const membershipClaimSchema = z.object({
  userId: uuidSchema,
  name: z.string(),
  email: z.string(),
  membershipNumber: z.string(),
  state: membershipStateSchema.exclude(['none']),
  /** When the number was entered or last changed. */
  claimedAt: z.string(),
  /** When an analyst verified or rejected it, and who. */
  decidedAt: z.string().nullable(),
  decidedBy: z.object({ id: uuidSchema, name: z.string() }).nullable(),
});
export type MembershipClaim = z.infer<typeof membershipClaimSchema>;

export const membershipClaimListSchema = pageOf(membershipClaimSchema);

export const membershipClaimQuerySchema = z
  .object({
    state: z
      .enum(['pending', 'verified', 'rejected'], { message: 'Välj väntande, verifierade eller avvisade' })
      .optional(),
    cursor: z.string().max(200).optional(),
    limit: pageLimitSchema(200),
  })
  .strict();

export const membershipDecisionRequestSchema = z
  .object({
    /** Verify the number, or reject it: the user's profile then says it was not accepted until they change it. */
    decision: z.enum(['verify', 'reject'], { message: 'Välj verifiera eller avvisa' }),
    /** The number the analyst checked, so a number changed in the meantime is not verified by mistake. */
    membershipNumber: z.string().trim().min(1, { message: 'Ange medlemsnumret som kontrollerades' }).max(32),
  })
  .strict();
export type MembershipDecision = z.infer<typeof membershipDecisionRequestSchema>;

export const membershipClaimParamsSchema = z.object({ userId: uuidSchema }).strict();

/** No number: no claim; a number no analyst has decided on yet: pending; otherwise the analyst's decision. */
export function membershipStateOf(user: {
  membershipNumber: string | null;
  membershipDecision: 'verified' | 'rejected' | null;
}): MembershipState {
  if (user.membershipNumber === null) return 'none';
  return user.membershipDecision ?? 'pending';
}
