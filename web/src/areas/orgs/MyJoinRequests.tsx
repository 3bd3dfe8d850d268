import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/dates';
import { JoinRequestStatusBadge } from './JoinRequestStatusBadge';
import { useMyJoinRequests } from './queries';

/** The user's own requests to join organisations that are still waiting or were recently decided. */
export function MyJoinRequests() {
  const { t } = useTranslation();
  const { data } = useMyJoinRequests();
  const visible =
    data?.filter((request) => request.status !== 'approved' && request.status !== 'withdrawn') ?? [];
  if (visible.length === 0) return null;

  return (
    <Stack component="section" gap="sm" aria-labelledby="my-join-requests">
      <Title order={2} id="my-join-requests">
        {t('orgs.myRequestsTitle')}
      </Title>
      <Stack component="ul" gap="sm" className="plain-list">
        {visible.map((request) => (
          <Paper component="li" key={request.id} withBorder p="md" radius="md">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={2}>
                <Text fw={600}>{request.orgName}</Text>
                <Text size="sm" c="dimmed">
                  {t('orgs.requestedAt', { date: formatDate(request.createdAt) })}
                </Text>
              </Stack>
              <JoinRequestStatusBadge status={request.status} />
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
