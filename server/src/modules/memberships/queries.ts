import { and, asc, eq, gt, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import { users } from '../../db/schema';

const decider = alias(users, 'decider');

function selectClaims(db: Queryable) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      membershipNumber: users.membershipNumber,
      claimedAt: users.membershipClaimedAt,
      decision: users.membershipDecision,
      decidedAt: users.membershipDecidedAt,
      deciderId: decider.id,
      deciderName: decider.name,
    })
    .from(users)
    .leftJoin(decider, eq(decider.id, users.membershipDecidedBy));
}

export type ClaimRow = Awaited<ReturnType<ReturnType<typeof selectClaims>['execute']>>[number];
export type ClaimState = 'pending' | 'verified' | 'rejected';

const stateCondition: Record<ClaimState, SQL> = {
  pending: isNull(users.membershipDecision),
  verified: eq(users.membershipDecision, 'verified'),
  rejected: eq(users.membershipDecision, 'rejected'),
};

/** Users who entered a membership number, in the state asked for; up to limit + 1 rows. */
export function listClaims(
  db: Queryable,
  state: ClaimState | undefined,
  page: { limit: number; afterId: string | null },
) {
  return selectClaims(db)
    .where(
      and(
        isNotNull(users.membershipNumber),
        state ? stateCondition[state] : undefined,
        page.afterId ? gt(users.id, page.afterId) : undefined,
      ),
    )
    .orderBy(asc(users.id))
    .limit(page.limit + 1);
}

export async function findClaim(db: Queryable, userId: string): Promise<ClaimRow | null> {
  const [row] = await selectClaims(db).where(eq(users.id, userId));
  return row ?? null;
}
