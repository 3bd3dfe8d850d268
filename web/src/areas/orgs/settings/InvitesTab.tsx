import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadError } from '../../../ui/LoadError';
import { LoadMore } from '../../../ui/LoadMore';
import { PageLoader } from '../../../ui/PageLoader';
import { Section } from '../../../ui/Section';
import { orgKeys, usePagedList } from '../queries';
import { useSettingsOrg } from './context';
import { InviteForm } from './InviteForm';
import { InviteRow } from './InviteRow';
import { NoAccess } from './NoAccess';

export function InvitesTab() {
  const { t } = useTranslation();
  const org = useSettingsOrg();
  const invites = usePagedList(orgKeys.invites(org.id), (cursor) =>
    unwrap(api.GET('/orgs/{orgId}/invites', { params: { path: { orgId: org.id }, query: { cursor } } })),
  );

  if (!org.abilities.invite) return <NoAccess />;

  return (
    <Stack gap="lg">
      <Title order={2}>{t('settings.tabs.invites')}</Title>
      <Section title={t('invites.newTitle')} description={t('invites.newDescription')} order={3}>
        <InviteForm orgId={org.id} />
      </Section>
      <Stack component="section" gap="sm" aria-labelledby="sent-invites">
        <Title order={3} id="sent-invites">
          {t('invites.listTitle')}
        </Title>
        {invites.isPending ? <PageLoader /> : null}
        {invites.isError ? <LoadError error={invites.error} onRetry={() => void invites.refetch()} /> : null}
        {invites.isSuccess && invites.items.length === 0 ? <EmptyState title={t('invites.empty')} /> : null}
        {invites.items.length > 0 ? (
          <Stack component="ul" gap="sm" className="plain-list">
            {invites.items.map((invite) => (
              <InviteRow key={invite.id} orgId={org.id} invite={invite} />
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
