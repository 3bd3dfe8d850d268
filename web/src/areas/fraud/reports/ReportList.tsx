import { Stack } from '@mantine/core';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadError } from '../../../ui/LoadError';
import { LoadMore } from '../../../ui/LoadMore';
import { PageLoader } from '../../../ui/PageLoader';
import type { useMyFraudReports } from './queries';
import { ReportCard } from './ReportCard';

/** A paged list of reports (mine, or the analysts' queue), with its loading, error and empty states. */
export function ReportList({
  list,
  linkOf,
  empty,
  label,
}: {
  list: ReturnType<typeof useMyFraudReports>;
  linkOf: (id: string) => string;
  empty: { title: string; description: string };
  label: string;
}) {
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.items.length === 0) return <EmptyState title={empty.title} description={empty.description} />;
  return (
    <Stack gap="sm">
      <Stack component="ul" gap="sm" className="plain-list" aria-label={label}>
        {list.items.map((report) => (
          <ReportCard key={report.id} report={report} to={linkOf(report.id)} />
        ))}
      </Stack>
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
