import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDate } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';
import { useGroupContext } from './context';
import { type GroupInvite, groupKeys, useGroupInvites } from './queries';

const STATUS_COLOURS: Record<GroupInvite['status'], string> = {
  pending: 'vaksam',
  accepted: 'green',
  revoked: 'gray',
  expired: 'gray',
};

/** GRP-2: admins invite people by e-mail; the link lets the person with that address join. */
export function InvitesTab() {
  const { t } = useTranslation();
  const { group, isAdmin } = useGroupContext();
  const invites = useGroupInvites(group.id);
  if (!isAdmin) {
    return (
      <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
        {t('groups.adminOnly')}
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <Title order={2}>{t('groups.tabs.invites')}</Title>
      {group.archivedAt ? null : (
        <Section title={t('groups.invites.newTitle')} description={t('groups.invites.newLead')} order={3}>
          <InviteForm groupId={group.id} />
        </Section>
      )}
      <Stack component="section" gap="sm" aria-labelledby="group-invites">
        <Title order={3} id="group-invites">
          {t('groups.invites.listTitle')}
        </Title>
        {invites.isPending ? <PageLoader /> : null}
        {invites.isError ? <LoadError error={invites.error} onRetry={() => void invites.refetch()} /> : null}
        {invites.isSuccess && invites.items.length === 0 ? (
          <EmptyState title={t('groups.invites.empty')} />
        ) : null}
        {invites.items.length > 0 ? (
          <Stack component="ul" gap="sm" className="plain-list" aria-labelledby="group-invites">
            {invites.items.map((invite) => (
              <InviteRow key={invite.id} groupId={group.id} invite={invite} />
            ))}
          </Stack>
        ) : null}
        <LoadMore
          hasMore={invites.hasNextPage}
          loading={invites.isFetchingNextPage}
          onLoad={() => void invites.fetchNextPage()}
        />
      </Stack>
    </Stack>
  );
}

function InviteForm({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { email: '' }, validate: { email: validators(t).email } });
  const errors = useServerErrors(form);
  const invite = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/groups/{groupId}/invites', {
          params: { path: { groupId } },
          body: { email: values.email.trim() },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: groupKeys.invites(groupId) });
      notify.success(t('groups.invites.sent', { email: created.email }));
      form.reset();
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => invite.mutate(values))} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('fields.email')}
          type="email"
          inputMode="email"
          autoComplete="off"
          required
          {...form.getInputProps('email')}
        />
        <FormError message={errors.formError} />
        <Button type="submit" loading={invite.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('groups.invites.send')}
        </Button>
      </Stack>
    </form>
  );
}

function InviteRow({ groupId, invite }: { groupId: string; invite: GroupInvite }) {
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
                ? t('groups.invites.expires', { date: formatDate(invite.expiresAt) })
                : t('groups.invites.sentAt', { date: formatDate(invite.createdAt) })}
            </Text>
          </Stack>
          <Badge variant="light" color={STATUS_COLOURS[invite.status]} tt="none">
            {t(`inviteStatus.${invite.status}`)}
          </Badge>
        </Group>
        {invite.status === 'pending' ? (
          <div>
            <ConfirmButton
              size="xs"
              aria-label={t('groups.invites.revokeNamed', { email: invite.email })}
              title={t('groups.invites.revokeTitle')}
              message={t('groups.invites.revokeText', { email: invite.email })}
              confirmLabel={t('groups.invites.revoke')}
              describeError={(error) => errorMessage(error, t)}
              onConfirm={async () => {
                await unwrap(
                  api.DELETE('/groups/{groupId}/invites/{inviteId}', {
                    params: { path: { groupId, inviteId: invite.id } },
                  }),
                );
                await queryClient.invalidateQueries({ queryKey: groupKeys.invites(groupId) });
                notify.success(t('groups.invites.revoked', { email: invite.email }));
              }}
            >
              {t('groups.invites.revoke')}
            </ConfirmButton>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
