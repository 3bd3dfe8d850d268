import { Alert, Blockquote, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDateTime } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { useGroupContext } from './context';
import { type GroupApplication, groupKeys, useGroupApplications } from './queries';

/** GRP-2: applications to an open group, for its admins to answer. */
export function ApplicationsTab() {
  const { t } = useTranslation();
  const { group, isAdmin } = useGroupContext();
  const applications = useGroupApplications(group.id);
  if (!isAdmin) {
    return (
      <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
        {t('groups.adminOnly')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Title order={2}>{t('groups.tabs.applications')}</Title>
      {applications.isPending ? <PageLoader /> : null}
      {applications.isError ? (
        <LoadError error={applications.error} onRetry={() => void applications.refetch()} />
      ) : null}
      {applications.isSuccess && applications.items.length === 0 ? (
        <EmptyState
          title={t('groups.applications.emptyTitle')}
          description={
            group.openForApplications
              ? t('groups.applications.emptyText')
              : t('groups.applications.closedText')
          }
        />
      ) : null}
      {applications.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t('groups.tabs.applications')}>
          {applications.items.map((application) => (
            <ApplicationRow
              key={application.id}
              groupId={group.id}
              application={application}
              archived={Boolean(group.archivedAt)}
            />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={applications.hasNextPage}
        loading={applications.isFetchingNextPage}
        onLoad={() => void applications.fetchNextPage()}
      />
    </Stack>
  );
}

function ApplicationRow({
  groupId,
  application,
  archived,
}: {
  groupId: string;
  application: GroupApplication;
  archived: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const name = application.user.name;
  const decide = async (decision: 'approve' | 'deny') => {
    await unwrap(
      api.PUT('/groups/{groupId}/applications/{applicationId}', {
        params: { path: { groupId, applicationId: application.id } },
        body: { decision },
      }),
    );
    // Approving adds a member: the count, the list and the tab's number all change.
    await queryClient.invalidateQueries({ queryKey: groupKeys.one(groupId) });
  };
  const approve = useMutation({
    mutationFn: () => decide('approve'),
    onSuccess: () => notify.success(t('groups.applications.approved', { name })),
    onError: (error) => notify.error(errorMessage(error, t)),
  });

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {application.user.email}
          </Text>
          <Text size="sm" c="dimmed">
            {t('groups.applications.received', { date: formatDateTime(application.createdAt) })}
          </Text>
        </Stack>
        {application.message ? (
          <Blockquote
            p="sm"
            color="gray"
            cite={null}
            style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
          >
            {application.message}
          </Blockquote>
        ) : null}
        {archived ? null : (
          <Group gap="sm">
            <Button
              size="sm"
              onClick={() => approve.mutate()}
              loading={approve.isPending}
              aria-label={t('groups.applications.approveNamed', { name })}
            >
              {t('groups.applications.approve')}
            </Button>
            <ConfirmButton
              size="sm"
              aria-label={t('groups.applications.denyNamed', { name })}
              title={t('groups.applications.denyTitle')}
              message={t('groups.applications.denyText', { name })}
              confirmLabel={t('groups.applications.deny')}
              describeError={(error) => errorMessage(error, t)}
              onConfirm={async () => {
                await decide('deny');
                notify.success(t('groups.applications.denied', { name }));
              }}
            >
              {t('groups.applications.deny')}
            </ConfirmButton>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
