import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { MyJoinRequests } from './MyJoinRequests';
import { OrgList } from './OrgList';
import { useOrgs } from './queries';

export function OrgListPage() {
  const { t } = useTranslation();
  const orgs = useOrgs();
  const { data: me } = useMe();
  const addButton = (
    <ButtonLink to="/orgs/new" size="sm">
      {t('orgs.add')}
    </ButtonLink>
  );

  return (
    <Page title={t('orgs.title')} actions={orgs.data && orgs.data.length > 0 ? addButton : null}>
      <Stack gap="lg">
        {(me?.memberships.length ?? 0) > 0 ? (
          <ButtonLink to="/report" size="xl" fullWidth color="red.8">
            {t('report.start')}
          </ButtonLink>
        ) : null}
        {orgs.isPending ? <PageLoader /> : null}
        {orgs.isError ? <LoadError error={orgs.error} onRetry={() => void orgs.refetch()} /> : null}
        {orgs.data?.length === 0 ? (
          <EmptyState title={t('orgs.emptyTitle')} description={t('orgs.emptyText')} action={addButton} />
        ) : null}
        {orgs.data && orgs.data.length > 0 ? <OrgList orgs={orgs.data} /> : null}
        <MyJoinRequests />
      </Stack>
    </Page>
  );
}
