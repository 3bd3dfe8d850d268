import { Button, Group, Select, SimpleGrid, Stack, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { useMyGroups } from '../groups/queries';
import { useLang } from '../incidents/labels';
import { EntryRow } from './EntryRow';
import { newEntryLink } from './links';
import { isLibraryKind, isLibraryScope, LIBRARY_KINDS, type LibraryScope, useLibraryList } from './queries';
import './library.css';

const ALL = 'all';
// The server searches words; a query of only punctuation has nothing to search for.
const HAS_WORD = /[\p{L}\p{N}]/u;
// What a group id in the address may look like; anything else is ignored rather than sent.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * CHK-1, CHK-3: checklists, FAQ, advice, routines and contact lists, searchable in Swedish and English, and
 * filtered by kind, scope and (GRP-6) one of the reader's groups.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const kindParam = params.get('kind');
  const kind = isLibraryKind(kindParam) ? kindParam : null;
  const scopeParam = params.get('scope');
  const scope = isLibraryScope(scopeParam) ? scopeParam : null;
  const groupParam = params.get('groupId');
  const groupId = groupParam && UUID.test(groupParam) ? groupParam : null;
  const myGroups = useMyGroups();
  const seesMemberContent = me?.user.membershipState === 'verified' || Boolean(me?.user.platformRole);

  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), 350);
  const setParam = (name: string, value: string | null) =>
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  // The address is the source of the query: typing updates it, and going back in history updates the field.
  const pushed = useRef(q);
  const pushQuery = (value: string) => {
    pushed.current = value;
    setParam('q', value || null);
  };
  useEffect(() => {
    if (q !== pushed.current) {
      pushed.current = q;
      setSearch(q);
    }
  }, [q]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the typing pauses, not on every address change.
  useEffect(() => {
    if (debounced !== q) pushQuery(debounced);
  }, [debounced]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    pushQuery(search.trim());
  };

  const list = useLibraryList({ q, kind, scope, groupId, lang });
  const canWriteShared = list.writableScopes.some((value) => value !== 'personal');
  const newLink = newEntryLink({ kind, groupId, writableScopes: list.writableScopes });
  const newButton = newLink ? (
    <ButtonLink to={newLink} size="sm" variant={canWriteShared ? 'filled' : 'light'}>
      {canWriteShared ? t('library.new') : t('library.newPersonal')}
    </ButtonLink>
  ) : null;
  const inGroups = myGroups.items.length > 0 || scope === 'group' || groupId !== null;
  const scopeOptions: LibraryScope[] = [
    'everyone',
    ...(seesMemberContent ? (['members'] as const) : []),
    ...(inGroups ? (['group'] as const) : []),
    'personal',
  ];
  const groupOptions = myGroups.items.map((group) => ({ value: group.id, label: group.name }));
  if (groupId && !groupOptions.some((option) => option.value === groupId)) {
    // A group further down the reader's list than the first page, or one they have left.
    const named = list.items.find((item) => item.group?.id === groupId)?.group?.name;
    groupOptions.push({ value: groupId, label: named ?? t('library.groupFilterOther') });
  }

  return (
    <Page
      title={t('library.title')}
      description={t('library.lead')}
      actions={canWriteShared ? newButton : null}
    >
      <Stack gap="sm">
        <search>
          <form onSubmit={submit}>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                type="search"
                label={t('library.searchLabel')}
                placeholder={t('library.searchPlaceholder')}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                maxLength={200}
                style={{ flex: 1 }}
              />
              <Button type="submit" variant="default">
                {t('library.searchButton')}
              </Button>
            </Group>
          </form>
        </search>
        <SimpleGrid cols={{ base: 1, xs: groupOptions.length > 0 ? 3 : 2 }} spacing="sm">
          <Select
            label={t('library.kindFilter')}
            value={kind ?? ALL}
            onChange={(value) => setParam('kind', isLibraryKind(value) ? value : null)}
            allowDeselect={false}
            size="sm"
            data={[
              { value: ALL, label: t('library.kindAll') },
              ...LIBRARY_KINDS.map((value) => ({ value, label: t(`library.kindPlural.${value}`) })),
            ]}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('library.scopeFilter')}
            value={scope ?? ALL}
            onChange={(value) => setParam('scope', isLibraryScope(value) ? value : null)}
            allowDeselect={false}
            size="sm"
            data={[
              { value: ALL, label: t('library.scopeAll') },
              ...scopeOptions.map((value) => ({ value, label: t(`library.scopeFilterOption.${value}`) })),
            ]}
            comboboxProps={{ withinPortal: false }}
          />
          {groupOptions.length > 0 ? (
            <Select
              label={t('library.groupFilter')}
              value={groupId ?? ALL}
              onChange={(value) => setParam('groupId', value && value !== ALL ? value : null)}
              allowDeselect={false}
              size="sm"
              data={[{ value: ALL, label: t('library.groupFilterAll') }, ...groupOptions]}
              comboboxProps={{ withinPortal: false }}
            />
          ) : null}
        </SimpleGrid>
        {!canWriteShared && newButton ? <div>{newButton}</div> : null}
      </Stack>
      <Results
        list={list}
        q={q}
        filtered={Boolean(kind || scope || groupId)}
        newButton={newButton}
        onClear={() => setParams({}, { replace: true })}
      />
    </Page>
  );
}

function Results({
  list,
  q,
  filtered,
  newButton,
  onClear,
}: {
  list: ReturnType<typeof useLibraryList>;
  q: string;
  filtered: boolean;
  newButton: ReactNode;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  if (list.isPending) return <PageLoader />;
  if (list.isError && list.items.length === 0) {
    return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  }
  const clearButton = (
    <Button variant="default" onClick={onClear}>
      {t('library.clearSearch')}
    </Button>
  );
  if (q && !HAS_WORD.test(q)) {
    return <EmptyState title={t('library.emptySearchTitle')} description={t('library.emptySearchText')} />;
  }
  if (list.items.length === 0) {
    if (q) {
      return (
        <EmptyState
          title={t('library.noResultsTitle', { q })}
          description={t('library.noResultsText')}
          action={clearButton}
        />
      );
    }
    return (
      <EmptyState
        title={t('library.emptyTitle')}
        description={filtered ? t('library.emptyFiltered') : t('library.emptyText')}
        action={filtered ? clearButton : newButton}
      />
    );
  }
  return (
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
        aria-label={q ? t('library.resultsLabel') : t('library.title')}
        style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        {list.items.map((item) => (
          <EntryRow key={item.id} item={item} />
        ))}
      </Stack>
      <LoadMore
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
