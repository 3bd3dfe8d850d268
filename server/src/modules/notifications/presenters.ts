import type { Delivery, Notification } from '@vaksam/domain/notifications';
import type { notifications } from '../../db/schema';
import { pushServiceName } from '../../platform/push/endpoint';
import type { DeliveryRow, PushSubscriptionRow } from './queries';

export function presentNotification(row: typeof notifications.$inferSelect): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    url: row.url,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

export function presentSubscription(row: PushSubscriptionRow) {
  return {
    id: row.id,
    endpoint: row.endpoint,
    service: pushServiceName(row.endpoint),
    createdAt: row.createdAt.toISOString(),
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
  };
}

/** `anna.berg@example.se` → `a***@example.se`: enough to recognise, not enough to harvest. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

export function presentDelivery(row: {
  delivery: DeliveryRow;
  recipientName: string | null;
  senderName: string | null;
}): Delivery {
  const { delivery } = row;
  const address =
    delivery.channel === 'email' && delivery.address
      ? maskEmail(delivery.address)
      : delivery.channel === 'push'
        ? delivery.pushService
        : null;
  return {
    id: delivery.id,
    kind: delivery.kind,
    recipient: { kind: delivery.recipientKind, name: row.recipientName, address },
    channel: delivery.channel,
    state: delivery.state,
    attempts: delivery.attempts,
    failureReason: delivery.failureReason,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    sender:
      delivery.senderId && row.senderName !== null ? { id: delivery.senderId, name: row.senderName } : null,
    createdAt: delivery.createdAt.toISOString(),
    updatedAt: delivery.updatedAt.toISOString(),
  };
}
