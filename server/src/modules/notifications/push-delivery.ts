import type { Language } from '@vaksam/domain/common';
import type { NotificationKind } from '@vaksam/domain/notifications';
import { eq } from 'drizzle-orm';
import { pushSubscriptions } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { type PushOptions, sendPush } from '../../platform/push/send';
import { vapidKeys } from '../../platform/push/vapid';
import { findIncidentUnsafe } from '../incidents/queries';
import { SEND_PUSH_JOB } from './fan-out';
import { isNewsKind, noticeText, reportFacts } from './messages';
import { type DeliveryRow, findDeliveryUnsafe, updateDelivery } from './queries';
import { backoffAfter, claimAttempt, recordFailure, type SendJob } from './retries';

type Deps = Pick<AppDeps, 'db' | 'jobs' | 'config'>;

/** A new report and a warning are urgent and worth a day in the push service's queue; other news can wait three. */
export function pushOptionsFor(kind: NotificationKind): PushOptions {
  return kind === 'incident_reported' || kind === 'warning'
    ? { ttlSeconds: 24 * 3600, urgency: 'high' }
    : { ttlSeconds: 3 * 24 * 3600, urgency: 'normal' };
}

/**
 * Sends one push delivery to one browser. 201 from the push service is "delivered"; 404/410 means the browser
 * dropped the subscription, which is then deleted; 429 waits as long as Retry-After says; 5xx and network
 * failures back off; any other 4xx fails.
 */
export async function sendPushDelivery(deps: Deps, job: SendJob): Promise<void> {
  const found = await findDeliveryUnsafe(deps.db, job.deliveryId);
  if (!found || !(await claimAttempt(deps.db, job.deliveryId, job.attempt))) return;
  const { delivery, subscription } = found;
  const attempt = { ...job, name: SEND_PUSH_JOB };
  if (!subscription) {
    await recordFailure(deps, attempt, { error: 'the browser unsubscribed', permanent: 'subscription_gone' });
    return;
  }
  const message = await pushMessageOf(deps, delivery, found.recipientLanguage ?? 'sv');
  if (!message) {
    await recordFailure(deps, attempt, {
      error: 'what the message was about was deleted before sending',
      permanent: 'gave_up',
    });
    return;
  }
  const outcome = await sendPush(
    { ...(await vapidKeys(deps.db)), subject: deps.config.vapidSubject },
    subscription,
    message,
    pushOptionsFor(delivery.kind),
  );

  switch (outcome.kind) {
    case 'delivered':
      await deps.db.transaction(async (tx) => {
        await updateDelivery(tx, delivery.id, { state: 'delivered', lastError: null });
        await tx
          .update(pushSubscriptions)
          .set({ lastSuccessAt: new Date() })
          .where(eq(pushSubscriptions.id, subscription.id));
      });
      return;
    case 'gone':
      // Deleting the subscription also detaches its other queued deliveries, which then fail the same way.
      await deps.db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, subscription.id));
      await recordFailure(deps, attempt, { error: `HTTP ${outcome.status}`, permanent: 'subscription_gone' });
      return;
    case 'retry_after':
      await recordFailure(deps, attempt, {
        error: 'HTTP 429',
        permanent: null,
        retryAt: outcome.at ?? backoffAfter(job.attempt),
      });
      return;
    case 'transient':
      await recordFailure(deps, attempt, { error: outcome.error, permanent: null });
      return;
    case 'rejected':
      await recordFailure(deps, attempt, { error: outcome.error, permanent: 'rejected' });
      return;
  }
}

/** News from a group or a warning carries its text; a report's notice is written from the report as it is now. */
async function pushMessageOf(deps: Deps, delivery: DeliveryRow, lang: Language) {
  if (isNewsKind(delivery.kind)) {
    const { title, body, url } = delivery.context;
    const about = delivery.groupPostId
      ? `group-post-${delivery.groupPostId}`
      : delivery.warningId
        ? `warning-${delivery.warningId}`
        : delivery.fraudEntryId
          ? `fraud-entry-${delivery.fraudEntryId}`
          : null;
    if (!title || !url || !about) return null;
    return { title, body: body ?? '', url, tag: about };
  }
  const incident = delivery.incidentId ? await findIncidentUnsafe(deps.db, delivery.incidentId) : null;
  if (!incident) return null;
  const text = noticeText(delivery.kind, reportFacts(incident, lang), lang, delivery.context);
  const id = incident.incident.id;
  return {
    ...text,
    url: `/incidents/${id}`,
    tag: delivery.kind === 'incident_reported' ? `incident-${id}` : `incident-${id}-${delivery.kind}`,
  };
}
