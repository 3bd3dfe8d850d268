import {
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { useLang } from '../incidents/labels';
import { EntryBadges } from './badges';
import {
  isLibraryKind,
  isLibraryScope,
  LIBRARY_KINDS,
  type LibraryScope,
  type LibrarySummary,
  useLibraryList,
} from './queries';
import { excerptParts, framedExcerpt, shownLanguage } from './text';
import './library.css';

const ALL = 'all';
// The server searches words; a query of only punctuation has nothing to search for.
const HAS_WORD = /[\p{L}\p{N}]/u;

/** CHK-1, CHK-3: checklists, FAQ and advice, searchable in Swedish and English. */
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

  const list = useLibraryList({ q, kind, scope, lang });
  const canWriteShared = list.writableScopes.some((value) => value !== 'personal');
  const newLink = list.writableScopes.length > 0 ? `/library/new${kind ? `?kind=${kind}` : ''}` : null;
  const newButton = newLink ? (
    <ButtonLink to={newLink} size="sm" variant={canWriteShared ? 'filled' : 'light'}>
      {canWriteShared ? t('library.new') : t('library.newPersonal')}
    </ButtonLink>
  ) : null;
  const scopeOptions: LibraryScope[] = seesMemberContent
    ? ['everyone', 'members', 'personal']
    : ['everyone', 'personal'];

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
        <SegmentedControl
          aria-label={t('library.kindFilter')}
          fullWidth
          size="sm"
          value={kind ?? ALL}
          onChange={(value) => setParam('kind', isLibraryKind(value) ? value : null)}
          data={[
            { value: ALL, label: t('library.kindAll') },
            ...LIBRARY_KINDS.map((value) => ({ value, label: t(`library.kindPlural.${value}`) })),
          ]}
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
        {!canWriteShared && newButton ? <div>{newButton}</div> : null}
      </Stack>
      <Results
        list={list}
        q={q}
        filtered={Boolean(kind || scope)}
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

function EntryRow({ item }: { item: LibrarySummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = shownLanguage(lang, item.en !== null);
  const text = (shown === 'en' ? item.en : null) ?? item.sv;
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Anchor
          component={Link}
          to={`/library/${item.id}`}
          fw={600}
          size="lg"
          lang={shown === lang ? undefined : shown}
          style={{ overflowWrap: 'anywhere' }}
        >
          {text.title}
        </Anchor>
        <Group gap={6}>
          <EntryBadges kind={item.kind} scope={item.scope} />
          {item.kind === 'checklist' ? (
            <Text size="sm" c="dimmed">
              {t('library.pointCount', { count: item.itemCount })}
            </Text>
          ) : null}
        </Group>
        {item.excerpt ? (
          // The excerpt is in the reader's language, or in Swedish when the entry has no English text.
          <Text size="sm" className="library-excerpt" lang={shown === lang ? undefined : shown}>
            {excerptParts(framedExcerpt(item.excerpt)).map((part, index) =>
              part.marked ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one excerpt never reorder.
                <mark key={index}>{part.text}</mark>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one excerpt never reorder.
                <span key={index}>{part.text}</span>
              ),
            )}
          </Text>
        ) : text.summary ? (
          <Text size="sm" c="dimmed" lang={shown === lang ? undefined : shown} lineClamp={3}>
            {text.summary}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
