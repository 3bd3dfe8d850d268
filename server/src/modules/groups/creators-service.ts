import { eq, ne } from 'drizzle-orm';
import { groupCreatorRequests, users } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { readPage, toPage } from '../../platform/pagination';
import { type Actor, enforce, isPlatformStaff } from '../../platform/policy';
import { groupPolicy } from './policy';
import { listCreatorRequests } from './queries';

type RequestRow = typeof groupCreatorRequests.$inferSelect;

const presentRequest = (row: RequestRow) => ({
  state: row.state,
  reason: row.reason,
  requestedAt: row.requestedAt.toISOString(),
});

async function requestOf(deps: ServiceDeps, userId: string) {
  const [row] = await deps.db
    .select()
    .from(groupCreatorRequests)
    .where(eq(groupCreatorRequests.userId, userId));
  return row ?? null;
}

/** GRP-2: whether the reader may create groups, and why, or where their request stands. */
export async function creatorState(deps: ServiceDeps, actor: Actor) {
  const request = await requestOf(deps, actor.userId);
  const reason = actor.federationMember
    ? ('federation_member' as const)
    : isPlatformStaff(actor)
      ? ('staff' as const)
      : request?.state === 'granted'
        ? ('granted' as const)
        : null;
  return { mayCreateGroups: reason !== null, reason, request: request ? presentRequest(request) : null };
}

/** Asks the analysts for the right; a denied request may be made again with a new reason. */
export async function requestCreatorRight(deps: ServiceDeps, actor: Actor, reason: string) {
  const state = await creatorState(deps, actor);
  if (state.mayCreateGroups) throw conflict('Du får redan skapa grupper');
  if (state.request?.state === 'pending') throw conflict('Din begäran väntar redan på svar');
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(groupCreatorRequests)
      .values({ userId: actor.userId, reason })
      .onConflictDoUpdate({
        target: groupCreatorRequests.userId,
        set: { reason, state: 'pending', requestedAt: new Date(), decidedAt: null, decidedBy: null },
        where: ne(groupCreatorRequests.state, 'granted'),
      });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group_creator.requested',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
  return creatorState(deps, actor);
}

type ClaimRow = Awaited<ReturnType<typeof listCreatorRequests>>[number];
const presentClaim = ({ request, name, email }: ClaimRow) => ({
  userId: request.userId,
  name,
  email,
  ...presentRequest(request),
});

export async function listCreatorClaims(
  deps: ServiceDeps,
  actor: Actor,
  query: { state?: 'pending' | 'granted' | 'denied'; cursor?: string; limit?: number },
) {
  enforce(groupPolicy.reviewCreators(actor));
  const page = readPage(query);
  const result = toPage(
    await listCreatorRequests(deps.db, query.state, page),
    page.limit,
    (r) => r.request.userId,
  );
  return { items: result.items.map(presentClaim), nextCursor: result.nextCursor };
}

export async function decideCreatorRight(
  deps: ServiceDeps,
  actor: Actor,
  userId: string,
  decision: 'grant' | 'deny',
) {
  enforce(groupPolicy.reviewCreators(actor));
  return deps.db.transaction(async (tx) => {
    const state = decision === 'grant' ? ('granted' as const) : ('denied' as const);
    const [row] = await tx
      .update(groupCreatorRequests)
      .set({ state, decidedBy: actor.userId, decidedAt: new Date() })
      .where(eq(groupCreatorRequests.userId, userId))
      .returning();
    if (!row) throw notFound('Begäran hittades inte');
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: `group_creator.${state}`,
      targetType: 'user',
      targetId: userId,
    });
    const [person] = await tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, userId));
    return presentClaim({ request: row, name: person?.name ?? '', email: person?.email ?? '' });
  });
}
