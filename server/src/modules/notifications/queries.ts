import { and, asc, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import {
  memberships,
  notificationDeliveries,
  notifications,
  pushSubscriptions,
  users,
} from '../../db/schema';

export type DeliveryRow = typeof notificationDeliveries.$inferSelect;
export type NewDelivery = typeof notificationDeliveries.$inferInsert;
export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

const personColumns = { id: users.id, email: users.email, name: users.name, language: users.language };

/** People who can still be told something: disabled accounts get nothing. */
export async function findActiveUsers(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select(personColumns)
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.disabledAt)));
}

/** The organisation's security contacts and managers, who are alerted about new reports. */
export async function listAlertRecipients(db: Queryable, scope: { orgId: string }) {
  return db
    .select({ ...personColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, scope.orgId),
        inArray(memberships.role, ['manager', 'security_contact']),
        isNull(users.disabledAt),
      ),
    );
}

export async function subscriptionsOf(db: Queryable, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(pushSubscriptions)
    .where(inArray(pushSubscriptions.userId, userIds))
    .orderBy(asc(pushSubscriptions.id));
}

/** Claims the delivery's dedupe key; null when an earlier run of the same fan-out already wrote it. */
export async function insertDelivery(db: Queryable, values: NewDelivery): Promise<string | null> {
  const [row] = await db
    .insert(notificationDeliveries)
    .values(values)
    .onConflictDoNothing({ target: notificationDeliveries.dedupeKey })
    .returning({ id: notificationDeliveries.id });
  return row?.id ?? null;
}

/** A delivery with what sending it needs: the recipient's language and, for push, the subscription. */
export async function findDeliveryUnsafe(db: Queryable, id: string) {
  const [row] = await db
    .select({
      delivery: notificationDeliveries,
      recipientLanguage: users.language,
      subscription: pushSubscriptions,
    })
    .from(notificationDeliveries)
    .leftJoin(users, eq(users.id, notificationDeliveries.recipientUserId))
    .leftJoin(pushSubscriptions, eq(pushSubscriptions.id, notificationDeliveries.pushSubscriptionId))
    .where(eq(notificationDeliveries.id, id));
  return row ?? null;
}

export async function updateDelivery(db: Queryable, id: string, changes: Partial<NewDelivery>) {
  await db
    .update(notificationDeliveries)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(notificationDeliveries.id, id));
}

const recipients = alias(users, 'recipient');
const senders = alias(users, 'sender');

export async function listIncidentDeliveries(db: Queryable, scope: { orgId: string }, incidentId: string) {
  return db
    .select({ delivery: notificationDeliveries, recipientName: recipients.name, senderName: senders.name })
    .from(notificationDeliveries)
    .leftJoin(recipients, eq(recipients.id, notificationDeliveries.recipientUserId))
    .leftJoin(senders, eq(senders.id, notificationDeliveries.senderId))
    .where(
      and(eq(notificationDeliveries.orgId, scope.orgId), eq(notificationDeliveries.incidentId, incidentId)),
    )
    .orderBy(asc(notificationDeliveries.id));
}

export async function listNotifications(
  db: Queryable,
  userId: string,
  page: { limit: number; afterId: string | null },
) {
  return db
    .select()
    .from(notifications)
    .where(
      and(eq(notifications.userId, userId), page.afterId ? lt(notifications.id, page.afterId) : undefined),
    )
    .orderBy(desc(notifications.id))
    .limit(page.limit + 1);
}

export async function countUnread(db: Queryable, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/**
 * Marks the person's own notice read (a no-op when it already was) and its in-app delivery with it.
 * Null when the notice is not theirs.
 */
export async function markRead(db: Queryable, userId: string, id: string) {
  const [marked] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  if (!marked) return null;
  await db
    .update(notificationDeliveries)
    .set({ state: 'read', updatedAt: new Date() })
    .where(and(eq(notificationDeliveries.notificationId, id), eq(notificationDeliveries.state, 'delivered')));
  return marked;
}

/** One statement, so "mark all" costs the same for 3 notices as for 3 000. */
export async function markAllRead(db: Queryable, userId: string): Promise<void> {
  await db.execute(sql`
    with marked as (
      update ${notifications} set read_at = now()
      where user_id = ${userId} and read_at is null
      returning id
    )
    update ${notificationDeliveries} set state = 'read', updated_at = now()
    where notification_id in (select id from marked) and state = 'delivered'`);
}
