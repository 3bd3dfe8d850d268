import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { PageLoader } from '../../ui/PageLoader';
import { AuthoredCard } from './AuthoredCard';
import { type AuthoredWarning, useAuthoredWarnings, type WarningState } from './queries';

interface AuthoredListProps {
  groupId: string | null;
  state: WarningState | null;
  label: string;
  empty: { title: string; text?: ReactNode };
  editPath: (warning: AuthoredWarning) => string;
}

/** The platform's or a group's warnings, newest first, each leading to its editor. */
export function AuthoredList({ groupId, state, label, empty, editPath }: AuthoredListProps) {
  const list = useAuthoredWarnings(groupId, state);
  return (
    <>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && list.items.length === 0 ? (
        <EmptyState title={empty.title} description={empty.text} />
      ) : null}
      {list.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={label}>
          {list.items.map((warning) => (
            <AuthoredCard key={warning.id} warning={warning} editPath={editPath(warning)} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </>
  );
}
