import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { PageLoader } from '../../ui/PageLoader';
import { EntryCard } from './EntryCard';
import { useFraudList } from './queries';

/** FRAUD-1: the list itself, newest first. */
export function NewestEntries() {
  const { t } = useTranslation();
  const list = useFraudList();
  const headingId = 'fraud-newest-heading';

  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={2} id={headingId}>
        {t('fraud.newest.title')}
      </Title>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && list.items.length === 0 ? (
        <EmptyState title={t('fraud.newest.emptyTitle')} description={t('fraud.newest.emptyText')} />
      ) : null}
      {list.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-labelledby={headingId}>
          {list.items.map((entry) => (
            <EntryCard key={entry.id} entry={entry} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
