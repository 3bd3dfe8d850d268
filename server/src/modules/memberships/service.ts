import type { MembershipClaim, MembershipDecision } from '@vaksam/domain/memberships';
import { and, eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { membershipPolicy } from './policy';
import { type ClaimRow, type ClaimState, findClaim, listClaims } from './queries';

const NOT_FOUND = 'Det finns inget medlemsnummer att granska för användaren';

function present(row: ClaimRow): MembershipClaim {
  if (row.membershipNumber === null || row.claimedAt === null) throw notFound(NOT_FOUND);
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    membershipNumber: row.membershipNumber,
    state: row.decision ?? 'pending',
    claimedAt: row.claimedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.deciderId ? { id: row.deciderId, name: row.deciderName ?? '' } : null,
  };
}

export async function listMembershipClaims(
  deps: ServiceDeps,
  actor: Actor,
  query: { state?: ClaimState | undefined; cursor?: string | undefined; limit?: number | undefined },
) {
  enforce(membershipPolicy.review(actor));
  return fetchPage(
    query,
    (page) => listClaims(deps.db, query.state, page),
    (row) => row.userId,
    present,
  );
}

/**
 * Verifies or rejects the number a user entered. The request names the number the analyst checked: if the
 * user changed it in the meantime, nothing is decided (409) and the analyst sees the new one.
 */
export async function decideMembership(
  deps: ServiceDeps,
  actor: Actor,
  userId: string,
  decision: MembershipDecision,
): Promise<MembershipClaim> {
  enforce(membershipPolicy.review(actor), NOT_FOUND);
  if (userId === actor.userId) throw conflict('Du kan inte granska ditt eget medlemsnummer');
  return deps.db.transaction(async (tx) => {
    const current = await findClaim(tx, userId);
    if (!current || current.membershipNumber === null) throw notFound(NOT_FOUND);
    if (current.membershipNumber !== decision.membershipNumber) {
      throw conflict('Användaren har ändrat medlemsnumret sedan du hämtade det; granska det nya numret');
    }
    const outcome = decision.decision === 'verify' ? 'verified' : 'rejected';
    await tx
      .update(users)
      .set({
        membershipDecision: outcome,
        membershipDecidedAt: new Date(),
        membershipDecidedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, userId), eq(users.membershipNumber, decision.membershipNumber)));
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: `membership.${outcome}`,
      targetType: 'user',
      targetId: userId,
      details: { membershipNumber: decision.membershipNumber },
    });
    const decided = await findClaim(tx, userId);
    if (!decided) throw notFound(NOT_FOUND);
    return present(decided);
  });
}
