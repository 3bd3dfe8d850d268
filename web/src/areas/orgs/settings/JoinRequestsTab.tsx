import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadError } from '../../../ui/LoadError';
import { LoadMore } from '../../../ui/LoadMore';
import { PageLoader } from '../../../ui/PageLoader';
import { orgKeys, usePagedList } from '../queries';
import { useSettingsOrg } from './context';
import { DecidedJoinRequests } from './DecidedJoinRequests';
import { JoinRequestRow } from './JoinRequestRow';
import { NoAccess } from './NoAccess';

export function JoinRequestsTab() {
  const { t } = useTranslation();
  const org = useSettingsOrg();
  const requests = usePagedList(orgKeys.joinRequests(org.id), (cursor) =>
    unwrap(
      api.GET('/orgs/{orgId}/join-requests', { params: { path: { orgId: org.id }, query: { cursor } } }),
    ),
  );

  if (!org.abilities.manageMembers) return <NoAccess />;

  const pending = requests.items.filter((request) => request.status === 'pending');
  const decided = requests.items.filter((request) => request.status !== 'pending');

  return (
    <Stack gap="md">
      <Title order={2}>{t('settings.tabs.joinRequests')}</Title>
      {requests.isPending ? <PageLoader /> : null}
      {requests.isError ? <LoadError error={requests.error} onRetry={() => void requests.refetch()} /> : null}
      {requests.isSuccess && pending.length === 0 ? (
        <EmptyState title={t('joinRequests.emptyTitle')} description={t('joinRequests.emptyText')} />
      ) : null}
      {pending.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t('joinRequests.pendingLabel')}>
          {pending.map((request) => (
            <JoinRequestRow key={request.id} orgId={org.id} request={request} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={requests.hasNextPage}
        loading={requests.isFetchingNextPage}
        onLoad={() => void requests.fetchNextPage()}
      />
      <DecidedJoinRequests requests={decided} />
    </Stack>
  );
}
