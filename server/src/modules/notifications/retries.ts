import type { FailureReason } from '@vaksam/domain/notifications';
import { and, eq, lt, or } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { notificationDeliveries } from '../../db/schema';
import type { Jobs } from '../../platform/jobs';
import { updateDelivery } from './queries';

/** About an hour and a quarter of trying in all (30 s, 1, 2, 4, 8, 16, 32 min), then the delivery has failed. */
export const MAX_ATTEMPTS = 8;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;

/** Exponential backoff with up to 10 % jitter, so deliveries that failed together do not retry together. */
export function backoffAfter(attempt: number, now = Date.now()): Date {
  const delay = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
  return new Date(now + delay + Math.floor(Math.random() * delay * 0.1));
}

/** What a send job is told: which delivery, and which attempt it is (a job that ran before is skipped). */
export type SendJob = { deliveryId: string; attempt: number };

/**
 * After a failed attempt: either the delivery has failed for good, or the next attempt is queued as its own job
 * (at `retryAt` when the other side said when, otherwise after the backoff), in the same transaction as the row.
 */
export async function recordFailure(
  deps: { db: Database; jobs: Jobs },
  job: SendJob & { name: string },
  failure: { error: string; permanent: FailureReason | null; retryAt?: Date | null },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const last = failure.permanent !== null || job.attempt >= MAX_ATTEMPTS;
    if (last) {
      await updateDelivery(tx, job.deliveryId, {
        state: 'failed',
        failureReason: failure.permanent ?? 'gave_up',
        lastError: failure.error.slice(0, 500),
        nextAttemptAt: null,
      });
      return;
    }
    const startAfter = failure.retryAt ?? backoffAfter(job.attempt);
    await updateDelivery(tx, job.deliveryId, {
      state: 'queued',
      lastError: failure.error.slice(0, 500),
      nextAttemptAt: startAfter,
    });
    await deps.jobs.send(
      tx,
      job.name,
      { deliveryId: job.deliveryId, attempt: job.attempt + 1 },
      { startAfter },
    );
  });
}

/**
 * Claims the attempt and marks the delivery as handed to the transport. False when the attempt already ran (a
 * job delivered twice) or the delivery is settled. An attempt left "sent" by a process that died mid-way is
 * claimed again when pg-boss retries its job: a message may then go twice, but it is never lost.
 */
export async function claimAttempt(db: Database, deliveryId: string, attempt: number): Promise<boolean> {
  const claimed = await db
    .update(notificationDeliveries)
    .set({ state: 'sent', attempts: attempt, nextAttemptAt: null, updatedAt: new Date() })
    .where(
      and(
        eq(notificationDeliveries.id, deliveryId),
        or(
          and(eq(notificationDeliveries.state, 'queued'), lt(notificationDeliveries.attempts, attempt)),
          and(eq(notificationDeliveries.state, 'sent'), eq(notificationDeliveries.attempts, attempt)),
        ),
      ),
    )
    .returning({ id: notificationDeliveries.id });
  return claimed.length > 0;
}
