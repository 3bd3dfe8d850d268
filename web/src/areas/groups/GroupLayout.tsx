import { Alert, Container, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { hasStatus } from '../../api/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { formatDate } from '../../ui/dates';
import { LoadError } from '../../ui/LoadError';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMe } from '../accounts/session';
import { GroupBadges } from './badges';
import type { GroupContext } from './context';
import { GroupProfile } from './GroupProfile';
import { GroupTabs } from './GroupTabs';
import { useGroup } from './queries';

/** A group: its members see the header, the tabs and the feed; others see an open group's profile (GRP-1). */
export function GroupLayout() {
  const { t } = useTranslation();
  const { groupId = '' } = useParams();
  const group = useGroup(groupId);
  const { data: me } = useMe();
  useDocumentTitle(group.data?.name ?? t('groups.title'));

  if (group.isPending) return <PageLoader />;
  if (group.isError) {
    // A closed group is not found for those outside it, and the address may be mistyped: both are a 404.
    if (hasStatus(group.error, 404) || hasStatus(group.error, 400)) return <NotFoundPage />;
    return (
      <Container size="sm" px="md" py="lg">
        <Stack gap="lg">
          <Title order={1}>{t('groups.title')}</Title>
          <LoadError error={group.error} onRetry={() => void group.refetch()} />
          <TextLink to="/groups">{t('groups.back')}</TextLink>
        </Stack>
      </Container>
    );
  }

  const data = group.data;
  if (!data.membership || !me) return <GroupProfile group={data} />;

  const isAdmin = data.membership.role === 'admin';
  const context: GroupContext = {
    group: data,
    meId: me.user.id,
    isAdmin,
    mayWrite: !data.archivedAt && (data.settings.membersMayPost || isAdmin),
  };
  return (
    <Container size="sm" px="md" py="lg">
      <Stack gap="lg">
        <Stack gap="xs">
          <TextLink to="/groups" size="sm">
            {t('groups.back')}
          </TextLink>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {data.name}
          </Title>
          <GroupBadges group={data} />
          <Text size="sm" c="dimmed">
            {t('groups.memberCount', { count: data.memberCount })}
            {data.endsOn ? ` · ${t('groups.endsOn', { date: formatDate(data.endsOn) })}` : ''}
          </Text>
          {data.description ? (
            <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{data.description}</Text>
          ) : null}
          {data.archivedAt ? (
            <Alert color="gray" variant="light" title={t('groups.archivedTitle')}>
              {t('groups.archivedText', { date: formatDate(data.archivedAt) })}
            </Alert>
          ) : null}
        </Stack>
        <GroupTabs group={data} isAdmin={isAdmin} />
        {/* The tabs load lazily; while one does, the group's header stays. */}
        <Suspense fallback={<PageLoader />}>
          <Outlet context={context} />
        </Suspense>
      </Stack>
    </Container>
  );
}
