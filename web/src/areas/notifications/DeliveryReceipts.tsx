import { Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../ui/LoadError';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { DeliveryStateBadge } from './DeliveryStateBadge';
import { ForwardDialog } from './ForwardDialog';
import { type Delivery, useDeliveries } from './queries';

type Recipient = { key: string; who: string; role: string; deliveries: Delivery[] };

/** One entry per person (or forwarded address) and message, in the order they were written. */
function groupByRecipient(items: Delivery[], t: TFunction): Recipient[] {
  const groups = new Map<string, Recipient>();
  for (const delivery of items) {
    const { recipient } = delivery;
    const forwarded = recipient.kind === 'forward';
    const key = forwarded ? delivery.id : `${recipient.kind}:${recipient.name}:${delivery.kind}`;
    const who = forwarded
      ? (recipient.address ?? '')
      : (recipient.name ?? t('notifications.receipts.someone'));
    const role = forwarded
      ? t('notifications.receipts.forwardedBy', {
          name: delivery.sender?.name ?? t('notifications.receipts.someone'),
        })
      : `${t(`notifications.recipients.${recipient.kind}`)} · ${t(`notifications.messages.${delivery.kind}`)}`;
    const group = groups.get(key) ?? { key, who, role, deliveries: [] };
    group.deliveries.push(delivery);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** INC-9: who the report went to, on which channel, and whether it arrived; plus forwarding by e-mail. */
export function DeliveryReceipts({ incidentId, reportedAt }: { incidentId: string; reportedAt: string }) {
  const { t } = useTranslation();
  const deliveries = useDeliveries(incidentId, reportedAt);
  const recipients = groupByRecipient(deliveries.data ?? [], t);

  return (
    <Section title={t('notifications.receipts.title')} description={t('notifications.receipts.text')}>
      {deliveries.isPending ? <PageLoader /> : null}
      {deliveries.isError ? (
        <LoadError error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : null}
      {deliveries.isSuccess && recipients.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('notifications.receipts.empty')}
        </Text>
      ) : null}
      {recipients.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list">
          {recipients.map((recipient) => (
            <li key={recipient.key}>
              <Stack gap={4}>
                <div>
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {recipient.who}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {recipient.role}
                  </Text>
                </div>
                {recipient.deliveries.map((delivery) => (
                  <Group key={delivery.id} gap="xs" justify="space-between" wrap="nowrap">
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {t(`notifications.channels.${delivery.channel}`)}
                      {delivery.channel !== 'in_app' &&
                      delivery.recipient.address &&
                      delivery.recipient.kind !== 'forward'
                        ? ` · ${delivery.recipient.address}`
                        : ''}
                      {delivery.state === 'failed' && delivery.failureReason ? (
                        <Text span size="xs" c="red.8" display="block">
                          {t(`notifications.failures.${delivery.failureReason}`)}
                        </Text>
                      ) : null}
                    </Text>
                    <DeliveryStateBadge delivery={delivery} />
                  </Group>
                ))}
              </Stack>
            </li>
          ))}
        </Stack>
      ) : null}
      <ForwardDialog incidentId={incidentId} />
    </Section>
  );
}
