import { Blockquote, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { JoinRequest, Role } from '../../../api/types';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { formatDateTime } from '../../../ui/dates';
import { errorMessage } from '../../../ui/errorMessage';
import { notify } from '../../../ui/notify';
import { orgKeys } from '../queries';
import { RoleSelect } from '../RoleSelect';

interface JoinRequestRowProps {
  orgId: string;
  request: JoinRequest;
}

export function JoinRequestRow({ orgId, request }: JoinRequestRowProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>('reporter');
  const name = request.user.name;
  const path = { orgId, requestId: request.id };

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: orgKeys.joinRequests(orgId) });
    await queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) });
  };

  const approve = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/orgs/{orgId}/join-requests/{requestId}/decision', {
          params: { path },
          body: { decision: 'approve', role },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      notify.success(t('joinRequests.approved', { name }));
    },
    onError: (error) => notify.error(errorMessage(error, t)),
  });

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={600}>{name}</Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {request.user.email}
          </Text>
          <Text size="sm" c="dimmed">
            {t('joinRequests.received', { date: formatDateTime(request.createdAt) })}
          </Text>
        </Stack>
        {request.message ? (
          <Blockquote p="sm" color="gray" cite={null}>
            {request.message}
          </Blockquote>
        ) : null}
        <RoleSelect
          label={t('joinRequests.roleLabel')}
          aria-label={t('joinRequests.roleFor', { name })}
          value={role}
          onChange={setRole}
          size="sm"
          w={220}
        />
        <Group gap="sm">
          <Button
            size="sm"
            onClick={() => approve.mutate()}
            loading={approve.isPending}
            aria-label={t('joinRequests.approveNamed', { name })}
          >
            {t('joinRequests.approve')}
          </Button>
          <ConfirmButton
            size="sm"
            aria-label={t('joinRequests.denyNamed', { name })}
            title={t('joinRequests.denyTitle')}
            message={t('joinRequests.denyText', { name })}
            confirmLabel={t('joinRequests.deny')}
            describeError={(error) => errorMessage(error, t)}
            onConfirm={async () => {
              await unwrap(
                api.POST('/orgs/{orgId}/join-requests/{requestId}/decision', {
                  params: { path },
                  body: { decision: 'deny' },
                }),
              );
              await refresh();
              notify.success(t('joinRequests.denied', { name }));
            }}
          >
            {t('joinRequests.deny')}
          </ConfirmButton>
        </Group>
      </Stack>
    </Paper>
  );
}
