import type { Language } from '@vaksam/domain/common';
import type { ChannelSwitches, NotificationKind, RecipientKind } from '@vaksam/domain/notifications';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../db/client';
import { type DeliveryContext, notifications } from '../../db/schema';
import type { Jobs } from '../../platform/jobs';
import { pushServiceName } from '../../platform/push/endpoint';
import type { IncidentRow } from '../incidents/queries';
import { type IncidentNoticeKind, noticeText, reportFacts } from './messages';
import { preferencesOf } from './preferences';
import {
  findActiveUsers,
  insertDelivery,
  listAlertRecipients,
  type PushSubscriptionRow,
  subscriptionsOf,
} from './queries';

export const SEND_EMAIL_JOB = 'notifications.send-email';
export const SEND_PUSH_JOB = 'notifications.send-push';

type Person = { id: string; email: string; name: string; language: Language };

type Notice = {
  incident: IncidentRow;
  kind: IncidentNoticeKind;
  /** Names the event; with the recipient and channel it is the dedupe key of each delivery. */
  eventKey: string;
  context?: DeliveryContext;
};

/**
 * Writes one delivery per channel the person wants (and per push subscription) and queues the sending, all in
 * the caller's transaction. An in-app notice is delivered by being written. Keys already claimed by an earlier
 * run are skipped, so a fan-out that runs twice sends nothing twice.
 */
export async function notifyPerson(
  tx: Queryable,
  jobs: Jobs,
  notice: Notice,
  person: Person & { recipientKind: Exclude<RecipientKind, 'forward'> },
  channels: ChannelSwitches,
  subscriptions: PushSubscriptionRow[],
): Promise<void> {
  const { incident } = notice.incident;
  const base = {
    orgId: incident.orgId,
    incidentId: incident.id,
    kind: notice.kind,
    recipientKind: person.recipientKind,
    recipientUserId: person.id,
    context: notice.context ?? {},
  };
  const key = `${notice.eventKey}:${person.id}`;

  if (channels.in_app) {
    const notificationId = uuidv7();
    const deliveryId = await insertDelivery(tx, {
      ...base,
      channel: 'in_app',
      notificationId,
      state: 'delivered',
      attempts: 1,
      dedupeKey: `${key}:in_app`,
    });
    if (deliveryId) {
      const text = noticeText(notice.kind, reportFacts(notice.incident, person.language), person.language, {
        ...notice.context,
      });
      await tx.insert(notifications).values({
        id: notificationId,
        userId: person.id,
        orgId: incident.orgId,
        kind: notice.kind,
        title: text.title,
        body: text.body,
        url: `/incidents/${incident.id}`,
        incidentId: incident.id,
      });
    }
  }
  if (channels.email) {
    const deliveryId = await insertDelivery(tx, {
      ...base,
      channel: 'email',
      address: person.email,
      dedupeKey: `${key}:email`,
    });
    if (deliveryId) await jobs.send(tx, SEND_EMAIL_JOB, { deliveryId, attempt: 1 });
  }
  if (channels.push) {
    for (const subscription of subscriptions) {
      const deliveryId = await insertDelivery(tx, {
        ...base,
        channel: 'push',
        pushSubscriptionId: subscription.id,
        pushService: pushServiceName(subscription.endpoint),
        dedupeKey: `${key}:push:${subscription.id}`,
      });
      if (deliveryId) await jobs.send(tx, SEND_PUSH_JOB, { deliveryId, attempt: 1 });
    }
  }
}

/** Everything the fan-out needs about a set of people: who is still active, their switches, their devices. */
async function audience(tx: Queryable, people: Person[]) {
  const ids = people.map((p) => p.id);
  const [preferences, subscriptions] = await Promise.all([preferencesOf(tx, ids), subscriptionsOf(tx, ids)]);
  return {
    channelsOf: (id: string, kind: NotificationKind) => preferences.get(id)?.[kind],
    devicesOf: (id: string) => subscriptions.filter((s) => s.userId === id),
  };
}

/**
 * INC-5: a new report goes to the reporter (a copy, with the PDF by mail) and at once to the organisation's
 * security contacts — or, when it has none, its managers. The reporter is never alerted about their own report.
 */
export async function fanOutNewReport(tx: Queryable, jobs: Jobs, incident: IncidentRow): Promise<void> {
  const reporterId = incident.incident.reporterId;
  const [reporter] = reporterId ? await findActiveUsers(tx, [reporterId]) : [];
  const staff = await listAlertRecipients(tx, { orgId: incident.incident.orgId });
  const contacts = staff.filter((p) => p.role === 'security_contact');
  const alerted = (contacts.length > 0 ? contacts : staff).filter((p) => p.id !== reporterId);
  const people: Person[] = [...(reporter ? [reporter] : []), ...alerted];
  const { channelsOf, devicesOf } = await audience(tx, people);
  const eventKey = (kind: NotificationKind) => `${kind}:${incident.incident.id}`;

  if (reporter) {
    const channels = channelsOf(reporter.id, 'incident_copy');
    if (channels) {
      await notifyPerson(
        tx,
        jobs,
        { incident, kind: 'incident_copy', eventKey: eventKey('incident_copy') },
        { ...reporter, recipientKind: 'reporter' },
        channels,
        devicesOf(reporter.id),
      );
    }
  }
  for (const person of alerted) {
    const channels = channelsOf(person.id, 'incident_reported');
    if (!channels) continue;
    await notifyPerson(
      tx,
      jobs,
      { incident, kind: 'incident_reported', eventKey: eventKey('incident_reported') },
      { ...person, recipientKind: person.role === 'security_contact' ? 'security_contact' : 'manager' },
      channels,
      devicesOf(person.id),
    );
  }
}

/** News about a report for the person who filed it: its status changed, or someone forwarded it. */
export async function notifyReporter(
  tx: Queryable,
  jobs: Jobs,
  notice: Notice & { kind: 'incident_status_changed' | 'incident_forwarded' },
): Promise<void> {
  const reporterId = notice.incident.incident.reporterId;
  if (!reporterId) return;
  const [reporter] = await findActiveUsers(tx, [reporterId]);
  if (!reporter) return;
  const { channelsOf, devicesOf } = await audience(tx, [reporter]);
  const channels = channelsOf(reporter.id, notice.kind);
  if (!channels) return;
  await notifyPerson(
    tx,
    jobs,
    notice,
    { ...reporter, recipientKind: 'reporter' },
    channels,
    devicesOf(reporter.id),
  );
}
