import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { Invite } from '../../../api/types';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { formatDate } from '../../../ui/dates';
import { errorMessage } from '../../../ui/errorMessage';
import { notify } from '../../../ui/notify';
import { orgKeys } from '../queries';
import { RoleBadge } from '../RoleBadge';

const STATUS_COLOURS: Record<Invite['status'], string> = {
  pending: 'vaksam',
  accepted: 'green',
  revoked: 'gray',
  expired: 'gray',
};

export function InviteRow({ orgId, invite }: { orgId: string; invite: Invite }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {invite.email}
            </Text>
            <Text size="sm" c="dimmed">
              {invite.status === 'pending'
                ? t('invites.expires', { date: formatDate(invite.expiresAt) })
                : t('invites.sentAt', { date: formatDate(invite.createdAt) })}
            </Text>
          </Stack>
          <Group gap={6}>
            <RoleBadge role={invite.role} />
            <Badge variant="light" color={STATUS_COLOURS[invite.status]} tt="none">
              {t(`inviteStatus.${invite.status}`)}
            </Badge>
          </Group>
        </Group>
        {invite.status === 'pending' ? (
          <div>
            <ConfirmButton
              size="sm"
              aria-label={t('invites.revokeNamed', { email: invite.email })}
              title={t('invites.revokeTitle')}
              message={t('invites.revokeText', { email: invite.email })}
              confirmLabel={t('invites.revoke')}
              describeError={(error) => errorMessage(error, t)}
              onConfirm={async () => {
                await unwrap(
                  api.DELETE('/orgs/{orgId}/invites/{inviteId}', {
                    params: { path: { orgId, inviteId: invite.id } },
                  }),
                );
                await queryClient.invalidateQueries({ queryKey: orgKeys.invites(orgId) });
                notify.success(t('invites.revoked', { email: invite.email }));
              }}
            >
              {t('invites.revoke')}
            </ConfirmButton>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
