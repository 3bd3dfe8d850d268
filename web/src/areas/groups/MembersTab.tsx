import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDate } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { MemberCrisisProfile } from '../crisis/MemberCrisisProfile';
import { MemberBadge, RoleBadge } from './badges';
import { useGroupContext } from './context';
import { BanButton } from './PostCard';
import { GROUP_BADGES, type GroupMember, groupKeys, useGroupMembers } from './queries';

const NO_BADGE = 'none';

/** GRP-2, GRP-7: who is in the group; admins appoint admins, crisis admins and badges, and remove or ban. */
export function MembersTab() {
  const { t } = useTranslation();
  const { group, meId, isAdmin } = useGroupContext();
  const members = useGroupMembers(group.id);
  const canManage = isAdmin && !group.archivedAt;

  return (
    <Stack gap="md">
      <Title order={2}>{t('groups.tabs.members')}</Title>
      {members.isPending ? <PageLoader /> : null}
      {members.isError ? <LoadError error={members.error} onRetry={() => void members.refetch()} /> : null}
      {members.isSuccess && members.items.length === 0 ? (
        <EmptyState title={t('groups.members.empty')} />
      ) : null}
      {members.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t('groups.tabs.members')}>
          {members.items.map((member) => (
            <MemberRow
              key={member.userId}
              groupId={group.id}
              member={member}
              isMe={member.userId === meId}
              canManage={canManage}
              // ACC-5: a crisis admin may open a member's crisis profile, giving the reason.
              canReadCrisisProfile={Boolean(group.membership?.crisisAdmin) && !group.archivedAt}
            />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={members.hasNextPage}
        loading={members.isFetchingNextPage}
        onLoad={() => void members.fetchNextPage()}
      />
      <LeaveGroup />
    </Stack>
  );
}

type MemberChange = Partial<Pick<GroupMember, 'role' | 'crisisAdmin' | 'badge'>>;

function MemberRow({
  groupId,
  member,
  isMe,
  canManage,
  canReadCrisisProfile,
}: {
  groupId: string;
  member: GroupMember;
  isMe: boolean;
  canManage: boolean;
  canReadCrisisProfile: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { name } = member;
  const path = { groupId, userId: member.userId };
  const change = useMutation({
    mutationFn: (body: MemberChange) =>
      unwrap(api.PATCH('/groups/{groupId}/members/{userId}', { params: { path }, body })),
    onSuccess: async () => {
      // The reader's own role may have changed, and with it what the group page shows.
      await queryClient.invalidateQueries({ queryKey: groupKeys.one(groupId) });
      notify.success(t('groups.members.changed', { name }));
    },
    onError: (error) => notify.error(errorMessage(error, t)),
  });
  const shown = { ...member, ...(change.isPending ? change.variables : {}) };
  const [managing, setManaging] = useState(false);
  const controlsId = useId();

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Stack gap={4}>
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {name}
              {isMe ? ` (${t('groups.you')})` : ''}
            </Text>
            {canReadCrisisProfile && !isMe ? (
              <MemberCrisisProfile groupId={groupId} userId={member.userId} name={name} />
            ) : null}
            {canManage ? (
              <Button
                size="xs"
                variant={managing ? 'light' : 'default'}
                aria-expanded={managing}
                aria-controls={managing ? controlsId : undefined}
                aria-label={t('groups.members.manageNamed', { name })}
                onClick={() => setManaging((open) => !open)}
                style={{ flex: 'none' }}
              >
                {t('groups.members.manage')}
              </Button>
            ) : null}
          </Group>
          <Group gap={6}>
            <RoleBadge role={member.role} />
            <MemberBadge badge={member.badge} />
            {member.crisisAdmin ? (
              <Badge color="red" variant="light" tt="none">
                {t('groups.members.crisisAdmin')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t('groups.members.joined', { date: formatDate(member.joinedAt) })}
          </Text>
        </Stack>
        {canManage && managing ? (
          <Stack gap="sm" id={controlsId}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <Select
                label={t('groups.members.roleLabel')}
                aria-label={t('groups.members.roleFor', { name })}
                value={shown.role}
                onChange={(role) => role && change.mutate({ role: role === 'admin' ? 'admin' : 'member' })}
                data={[
                  { value: 'member', label: t('groups.role.member') },
                  { value: 'admin', label: t('groups.role.admin') },
                ]}
                allowDeselect={false}
                disabled={change.isPending}
                size="sm"
                comboboxProps={{ withinPortal: false }}
              />
              <Select
                label={t('groups.members.badgeLabel')}
                aria-label={t('groups.members.badgeFor', { name })}
                value={shown.badge ?? NO_BADGE}
                onChange={(value) =>
                  change.mutate({
                    badge: GROUP_BADGES.find((badge) => badge === value) ?? null,
                  })
                }
                data={[
                  { value: NO_BADGE, label: t('groups.members.noBadge') },
                  ...GROUP_BADGES.map((value) => ({ value, label: t(`groups.badge.${value}`) })),
                ]}
                allowDeselect={false}
                disabled={change.isPending}
                size="sm"
                comboboxProps={{ withinPortal: false }}
              />
            </SimpleGrid>
            <Switch
              label={t('groups.members.crisisAdminLabel')}
              description={t('groups.members.crisisAdminHelp')}
              aria-label={t('groups.members.crisisAdminFor', { name })}
              checked={shown.crisisAdmin}
              onChange={(event) => change.mutate({ crisisAdmin: event.currentTarget.checked })}
              disabled={change.isPending}
            />
            {isMe ? null : (
              <Group gap="sm">
                <ConfirmButton
                  size="xs"
                  aria-label={t('groups.members.removeNamed', { name })}
                  title={t('groups.members.removeTitle')}
                  message={t('groups.members.removeText', { name })}
                  confirmLabel={t('groups.members.remove')}
                  describeError={(error) => errorMessage(error, t)}
                  onConfirm={async () => {
                    await unwrap(api.DELETE('/groups/{groupId}/members/{userId}', { params: { path } }));
                    await queryClient.invalidateQueries({ queryKey: groupKeys.one(groupId) });
                    notify.success(t('groups.members.removed', { name }));
                  }}
                >
                  {t('groups.members.remove')}
                </ConfirmButton>
                <BanButton groupId={groupId} userId={member.userId} name={name} />
              </Group>
            )}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

function LeaveGroup() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { group, meId } = useGroupContext();
  return (
    <Section title={t('groups.leave.title')} description={t('groups.leave.lead')} order={3}>
      <div>
        <ConfirmButton
          title={t('groups.leave.confirmTitle')}
          message={
            group.openForApplications
              ? t('groups.leave.textOpen', { name: group.name })
              : t('groups.leave.textClosed', { name: group.name })
          }
          confirmLabel={t('groups.leave.button')}
          describeError={(error) => errorMessage(error, t)}
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/groups/{groupId}/members/{userId}', {
                params: { path: { groupId: group.id, userId: meId } },
              }),
            );
            queryClient.removeQueries({ queryKey: groupKeys.one(group.id) });
            await queryClient.invalidateQueries({ queryKey: groupKeys.lists });
            notify.success(t('groups.leave.done', { name: group.name }));
            navigate('/groups', { replace: true });
          }}
        >
          {t('groups.leave.button')}
        </ConfirmButton>
      </div>
    </Section>
  );
}
