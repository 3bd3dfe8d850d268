import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { createdAt, id, tstz, updatedAt } from './columns';
import { fraudEntries } from './fraud';
import { groupPosts } from './groups';
import { incidents } from './incidents';
import { organisations } from './orgs';
import { warnings } from './warnings';

/** Kept in step with `notificationKinds` and friends in domain/src/notifications.ts. */
const kinds = [
  'incident_reported',
  'incident_copy',
  'incident_status_changed',
  'incident_forwarded',
  'reminder',
  'group_post',
  'warning',
  'fraud_entry',
] as const;
const channels = ['in_app', 'push', 'email'] as const;

/** NOTIF-1: the notification centre, one row per person and notice, written in the person's language. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: kinds }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    url: text('url'),
    incidentId: uuid('incident_id').references(() => incidents.id, { onDelete: 'cascade' }),
    groupPostId: uuid('group_post_id').references(() => groupPosts.id, { onDelete: 'cascade' }),
    /** FRAUD-3: a new entry on Varningslistan, for those who follow the list. */
    fraudEntryId: uuid('fraud_entry_id').references(() => fraudEntries.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    readAt: tstz('read_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.id),
    // The bell asks for the unread count every minute on every open tab.
    index('notifications_unread_idx').on(t.userId).where(sql`read_at is null`),
    // A group's news reaches each member once, however often its fan-out runs.
    uniqueIndex('notifications_group_post_key')
      .on(t.groupPostId, t.userId)
      .where(sql`group_post_id is not null`),
    uniqueIndex('notifications_fraud_entry_key')
      .on(t.fraudEntryId, t.userId)
      .where(sql`fraud_entry_id is not null`),
  ],
);

/** Only switches a person changed are stored; the defaults live in code (modules/notifications/preferences.ts). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: kinds }).notNull(),
    channel: text('channel', { enum: channels }).notNull(),
    enabled: boolean('enabled').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.channel] })],
);

/** A browser's Web Push subscription; it belongs to whoever signed in on that browser last. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: createdAt(),
    lastSuccessAt: tstz('last_success_at'),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_key').on(t.endpoint),
    index('push_subscriptions_user_idx').on(t.userId),
  ],
);

/** Extra facts a message needs when it is rendered in the job: a forward's note, a status change. */
export type DeliveryContext = {
  /** A forward: the sender's note, who they are (the recipient may answer them) and the language they wrote in. */
  message?: string;
  senderName?: string;
  senderEmail?: string;
  language?: 'sv' | 'en';
  /** A status change. */
  from?: string;
  to?: string;
  /** A notice that the report was forwarded: where to, masked. */
  address?: string;
  /** News from a group or a warning: the text, written in the recipient's language when it was fanned out. */
  title?: string;
  body?: string;
  url?: string;
  /** The mail's button for such news ("Öppna gruppen", "Läs varningen"). */
  actionLabel?: string;
};

/**
 * INC-9/NOTIF-2: one row per recipient, channel (and push device) of a message, written in the same transaction
 * as the job that sends it. The dedupe key makes a fan-out that runs twice write (and send) nothing twice.
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: id(),
    /** The report's organisation; null for news from a group. */
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id').references(() => incidents.id, { onDelete: 'cascade' }),
    groupPostId: uuid('group_post_id').references(() => groupPosts.id, { onDelete: 'cascade' }),
    warningId: uuid('warning_id').references(() => warnings.id, { onDelete: 'cascade' }),
    fraudEntryId: uuid('fraud_entry_id').references(() => fraudEntries.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: kinds }).notNull(),
    recipientKind: text('recipient_kind', {
      enum: [
        'reporter',
        'security_contact',
        'manager',
        'forward',
        'group_member',
        'warning_recipient',
        'fraud_list_follower',
      ],
    }).notNull(),
    recipientUserId: uuid('recipient_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The address of an e-mail; null for in-app and push, which go to the user. */
    address: text('address'),
    channel: text('channel', { enum: channels }).notNull(),
    pushSubscriptionId: uuid('push_subscription_id').references(() => pushSubscriptions.id, {
      onDelete: 'set null',
    }),
    /** Which push service (e.g. "Mozilla (Firefox)"), kept when the subscription itself is gone. */
    pushService: text('push_service'),
    /** The in-app notice; no foreign key, because the notice is written after its delivery claimed the key. */
    notificationId: uuid('notification_id'),
    senderId: uuid('sender_id').references(() => users.id, { onDelete: 'set null' }),
    state: text('state', { enum: ['queued', 'sent', 'delivered', 'read', 'failed'] })
      .notNull()
      .default('queued'),
    attempts: integer('attempts').notNull().default(0),
    failureReason: text('failure_reason', {
      enum: ['subscription_gone', 'rejected', 'gave_up', 'no_address'],
    }),
    /** The transport's own words, for the operator; never shown to users. */
    lastError: text('last_error'),
    nextAttemptAt: tstz('next_attempt_at'),
    context: jsonb('context').$type<DeliveryContext>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('notification_deliveries_dedupe_key').on(t.dedupeKey),
    index('notification_deliveries_incident_idx').on(t.incidentId, t.id),
    index('notification_deliveries_warning_idx')
      .on(t.warningId, t.recipientUserId)
      .where(sql`warning_id is not null`),
    index('notification_deliveries_notification_idx')
      .on(t.notificationId)
      .where(sql`notification_id is not null`),
  ],
);
