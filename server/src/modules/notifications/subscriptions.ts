import type { pushSubscriptionRequestSchema } from '@vaksam/domain/notifications';
import { and, asc, desc, eq, ne, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { pushSubscriptions } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { invalid } from '../../platform/errors';
import type { Actor } from '../../platform/policy';
import { endpointProblem, isValidP256Key } from '../../platform/push/endpoint';
import { vapidKeys } from '../../platform/push/vapid';
import { presentSubscription } from './presenters';

/** Old browsers and reinstalled phones leave subscriptions behind; a person keeps their newest ones. */
const MAX_SUBSCRIPTIONS_PER_USER = 20;

export async function vapidPublicKey(deps: ServiceDeps) {
  return { publicKey: (await vapidKeys(deps.db)).publicKey };
}

/**
 * Stores the browser's subscription for the signed-in person. An endpoint belongs to one browser, so when
 * someone else signs in there and subscribes, it becomes theirs.
 */
export async function subscribe(
  deps: ServiceDeps,
  actor: Actor,
  input: z.infer<typeof pushSubscriptionRequestSchema>,
) {
  const fields: Record<string, string> = {};
  const problem = endpointProblem(input.endpoint, {
    production: deps.config.env === 'production',
    allowedHosts: deps.config.pushServiceHosts,
  });
  if (problem) fields.endpoint = problem;
  const p256dh = input.keys.p256dh.replace(/=+$/, '');
  const auth = input.keys.auth.replace(/=+$/, '');
  if (!isValidP256Key(p256dh)) fields['keys.p256dh'] = 'Nyckeln är inte en giltig P-256-nyckel';
  if (Object.keys(fields).length > 0) throw invalid(fields);

  return deps.db.transaction(async (tx) => {
    // A new row rather than a changed owner: deliveries still queued for the previous person must not reach
    // the browser now that someone else uses it; without their subscription they fail as "gone".
    await tx
      .delete(pushSubscriptions)
      .where(and(eq(pushSubscriptions.endpoint, input.endpoint), ne(pushSubscriptions.userId, actor.userId)));
    const [row] = await tx
      .insert(pushSubscriptions)
      .values({ userId: actor.userId, endpoint: input.endpoint, p256dh, auth })
      .onConflictDoUpdate({
        target: pushSubscriptions.endpoint,
        set: {
          p256dh,
          auth,
          // New keys have not reached anyone yet.
          lastSuccessAt: sql`case when ${pushSubscriptions.p256dh} = ${p256dh} then ${pushSubscriptions.lastSuccessAt} end`,
        },
      })
      .returning();
    if (!row) throw new Error('upsert returned no row');
    const newest = tx
      .select({ id: pushSubscriptions.id })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, actor.userId))
      .orderBy(desc(pushSubscriptions.id))
      .limit(MAX_SUBSCRIPTIONS_PER_USER);
    await tx
      .delete(pushSubscriptions)
      .where(and(eq(pushSubscriptions.userId, actor.userId), notInArray(pushSubscriptions.id, newest)));
    return presentSubscription(row);
  });
}

/** Idempotent: a browser that unsubscribes twice, or after the server dropped it, still gets ok. */
export async function unsubscribe(deps: ServiceDeps, actor: Actor, endpoint: string) {
  await deps.db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, actor.userId), eq(pushSubscriptions.endpoint, endpoint)));
  return { ok: true as const };
}

export async function mySubscriptions(deps: ServiceDeps, actor: Actor) {
  const rows = await deps.db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, actor.userId))
    .orderBy(asc(pushSubscriptions.id));
  return { items: rows.map(presentSubscription) };
}
