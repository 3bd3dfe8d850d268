import { Group, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { useLang } from '../incidents/labels';
import { EntryRow } from '../library/EntryRow';
import { useLibraryList } from '../library/queries';
import { useGroupContext } from './context';
import { DocumentsSection } from './DocumentsSection';

/**
 * GRP-6: the group's checklists, routines, contact lists and advice, and its documents, for its members only.
 * Its admins add entries (in the library's editor, with the group fixed) and upload documents while the group
 * is not archived.
 */
export function ContentTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const { group, isAdmin } = useGroupContext();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 350);
  const [submitted, setSubmitted] = useState<string | null>(null);
  // Enter searches at once; typing searches when it pauses.
  const q = submitted ?? debounced;
  const list = useLibraryList({ q, kind: null, scope: null, groupId: group.id, lang });
  const canWrite = isAdmin && !group.archivedAt;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(search.trim());
  };
  const newButton = canWrite ? (
    <ButtonLink to={`/library/new?groupId=${group.id}`} size="sm">
      {t('groups.content.new')}
    </ButtonLink>
  ) : null;
  // A search field over nothing only gets in the way.
  const searchable = q !== '' || list.items.length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 14rem' }}>
          <Title order={2}>{t('groups.tabs.content')}</Title>
          <Text size="sm" c="dimmed">
            {t('groups.content.lead')}
          </Text>
        </Stack>
        {list.items.length > 0 || q ? newButton : null}
      </Group>
      {searchable ? (
        <search>
          <form onSubmit={submit}>
            <TextInput
              type="search"
              label={t('groups.content.searchLabel')}
              placeholder={t('groups.content.searchPlaceholder')}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setSubmitted(null);
              }}
              maxLength={200}
            />
          </form>
        </search>
      ) : null}
      {list.isPending ? <PageLoader /> : null}
      {list.isError && list.items.length === 0 ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {list.isSuccess && list.items.length === 0 ? (
        q ? (
          <EmptyState
            title={t('groups.content.noResultsTitle', { q })}
            description={t('library.noResultsText')}
          />
        ) : (
          <EmptyState
            title={t('groups.content.emptyTitle')}
            description={canWrite ? t('groups.content.emptyAdminText') : t('groups.content.emptyText')}
            action={newButton}
          />
        )
      ) : null}
      {list.items.length > 0 ? (
        <Stack gap="sm" aria-busy={list.isPlaceholderData}>
          <VisuallyHidden role="status">
            {q
              ? list.hasNextPage
                ? t('library.resultCountMore', { count: list.items.length })
                : t('library.resultCount', { count: list.items.length })
              : ''}
          </VisuallyHidden>
          <Stack
            component="ul"
            gap="sm"
            className="plain-list"
            aria-label={q ? t('library.resultsLabel') : t('groups.content.listLabel')}
            style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}
          >
            {list.items.map((item) => (
              <EntryRow key={item.id} item={item} withGroup={false} />
            ))}
          </Stack>
          <LoadMore
            hasMore={Boolean(list.hasNextPage)}
            loading={list.isFetchingNextPage}
            onLoad={() => void list.fetchNextPage()}
          />
        </Stack>
      ) : null}
      <DocumentsSection />
    </Stack>
  );
}
