import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import type { Delivery } from './queries';

const COLORS: Record<Delivery['state'], string> = {
  queued: 'gray',
  sent: 'blue',
  delivered: 'green',
  read: 'teal',
  failed: 'red',
};

/** A delivery's state in words; a queued one that already failed once says when it tries again. */
export function DeliveryStateBadge({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation();
  const retrying = delivery.state === 'queued' && delivery.attempts > 0 && delivery.nextAttemptAt;
  const text = retrying
    ? t('notifications.states.retrying', { time: formatDateTime(delivery.nextAttemptAt ?? '').slice(11) })
    : t(`notifications.states.${delivery.state}`);
  return (
    <Badge color={COLORS[delivery.state]} variant="light" radius="sm" c="dark.7" style={{ flexShrink: 0 }}>
      {text}
    </Badge>
  );
}
