import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { Member, Role } from '../../../api/types';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { formatDate } from '../../../ui/dates';
import { errorMessage } from '../../../ui/errorMessage';
import { notify } from '../../../ui/notify';
import { orgKeys } from '../queries';
import { RoleBadge } from '../RoleBadge';
import { RoleSelect } from '../RoleSelect';

interface MemberRowProps {
  orgId: string;
  member: Member;
  isMe: boolean;
}

export function MemberRow({ orgId, member, isMe }: MemberRowProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const path = { orgId, userId: member.userId };
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) });

  const changeRole = useMutation({
    mutationFn: (role: Role) =>
      unwrap(api.PATCH('/orgs/{orgId}/members/{userId}', { params: { path }, body: { role } })),
    onSuccess: () => {
      void refresh();
      notify.success(t('members.roleChanged', { name: member.name }));
    },
    onError: (error) => notify.error(errorMessage(error, t)),
  });

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600}>
              {member.name}
              {isMe ? ` (${t('members.you')})` : ''}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {member.email}
            </Text>
            <Text size="sm" c="dimmed">
              {t('members.joined', { date: formatDate(member.joinedAt) })}
            </Text>
          </Stack>
          <Group gap={6}>
            {isMe ? <RoleBadge role={member.role} /> : null}
            <Badge variant="light" color={member.totpEnabled ? 'green' : 'gray'} tt="none">
              {member.totpEnabled ? t('members.mfaOn') : t('members.mfaOff')}
            </Badge>
          </Group>
        </Group>
        {isMe ? null : (
          <Group align="flex-end" gap="sm" justify="space-between">
            <RoleSelect
              aria-label={t('members.roleFor', { name: member.name })}
              value={changeRole.isPending && changeRole.variables ? changeRole.variables : member.role}
              onChange={(role) => changeRole.mutate(role)}
              disabled={changeRole.isPending}
              size="sm"
              w={200}
            />
            <ConfirmButton
              size="sm"
              aria-label={t('members.removeNamed', { name: member.name })}
              title={t('members.removeTitle')}
              message={t('members.removeText', { name: member.name })}
              confirmLabel={t('members.remove')}
              describeError={(error) => errorMessage(error, t)}
              onConfirm={async () => {
                await unwrap(api.DELETE('/orgs/{orgId}/members/{userId}', { params: { path } }));
                await refresh();
                notify.success(t('members.removed', { name: member.name }));
              }}
            >
              {t('members.remove')}
            </ConfirmButton>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
