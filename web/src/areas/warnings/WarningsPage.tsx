import { SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { FeedCard } from './FeedCard';
import { useWarningFeed } from './queries';
import './warnings.css';

/** WARN-3: the warnings in force that reached me, newest first. */
export function WarningsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const feed = useWarningFeed(unreadOnly);

  return (
    <Page title={t('warnings.title')} description={t('warnings.lead')}>
      <SegmentedControl
        aria-label={t('warnings.filterLabel')}
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => setParams(value === 'unread' ? { unread: 'true' } : {})}
        data={[
          { value: 'all', label: t('warnings.filter.all') },
          { value: 'unread', label: t('warnings.filter.unread') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {feed.isPending ? <PageLoader /> : null}
      {feed.isError ? <LoadError error={feed.error} onRetry={() => void feed.refetch()} /> : null}
      {feed.isSuccess && feed.items.length === 0 ? (
        unreadOnly ? (
          <EmptyState title={t('warnings.emptyUnreadTitle')} description={t('warnings.emptyUnreadText')} />
        ) : (
          <EmptyState title={t('warnings.emptyTitle')} description={t('warnings.emptyText')} />
        )
      ) : null}
      {feed.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t('warnings.title')}>
          {feed.items.map((warning) => (
            <FeedCard key={warning.id} warning={warning} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={feed.hasNextPage}
        loading={feed.isFetchingNextPage}
        onLoad={() => void feed.fetchNextPage()}
      />
    </Page>
  );
}
