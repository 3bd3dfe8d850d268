import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadError } from '../../../ui/LoadError';
import { LoadMore } from '../../../ui/LoadMore';
import { PageLoader } from '../../../ui/PageLoader';
import { useMe } from '../../accounts/session';
import { orgKeys, usePagedList } from '../queries';
import { useSettingsOrg } from './context';
import { MemberRow } from './MemberRow';
import { NoAccess } from './NoAccess';

export function MembersTab() {
  const { t } = useTranslation();
  const org = useSettingsOrg();
  const { data: me } = useMe();
  const members = usePagedList(orgKeys.members(org.id), (cursor) =>
    unwrap(api.GET('/orgs/{orgId}/members', { params: { path: { orgId: org.id }, query: { cursor } } })),
  );

  if (!org.abilities.manageMembers) return <NoAccess />;

  return (
    <Stack gap="md">
      <Title order={2}>{t('settings.tabs.members')}</Title>
      {members.isPending ? <PageLoader /> : null}
      {members.isError ? <LoadError error={members.error} onRetry={() => void members.refetch()} /> : null}
      {members.isSuccess && members.items.length === 0 ? <EmptyState title={t('members.empty')} /> : null}
      {members.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t('settings.tabs.members')}>
          {members.items.map((member) => (
            <MemberRow
              key={member.userId}
              orgId={org.id}
              member={member}
              isMe={member.userId === me?.user.id}
            />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={members.hasNextPage}
        loading={members.isFetchingNextPage}
        onLoad={() => void members.fetchNextPage()}
      />
    </Stack>
  );
}
