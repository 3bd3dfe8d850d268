import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JoinRequest } from '../../../api/types';
import { formatDate } from '../../../ui/dates';
import { JoinRequestStatusBadge } from '../JoinRequestStatusBadge';

export function DecidedJoinRequests({ requests }: { requests: JoinRequest[] }) {
  const { t } = useTranslation();
  if (requests.length === 0) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby="decided-requests" mt="md">
      <Title order={3} id="decided-requests">
        {t('joinRequests.decidedTitle')}
      </Title>
      <Stack component="ul" gap="xs" className="plain-list">
        {requests.map((request) => (
          <Paper component="li" key={request.id} withBorder p="sm" radius="md">
            <Group justify="space-between" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={500}>{request.user.name}</Text>
                <Text size="sm" c="dimmed">
                  {formatDate(request.decidedAt ?? request.createdAt)}
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
