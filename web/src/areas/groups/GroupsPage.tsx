import { Button, Group, Stack, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { MunicipalitySelect } from '../orgs/settings/MunicipalitySelect';
import { CreatorSection } from './CreatorSection';
import { GroupCard } from './GroupCard';
import { type GroupSearch, LIMITS, useCreatorState, useGroupSearch, useMyGroups } from './queries';

/** GRP-1, GRP-2: the reader's groups, a search of open groups, and creating one (or asking for the right to). */
export function GroupsPage() {
  const { t } = useTranslation();
  const creator = useCreatorState();
  const mayCreate = creator.data?.mayCreateGroups ?? false;

  return (
    <Page
      title={t('groups.title')}
      description={t('groups.lead')}
      actions={
        mayCreate ? (
          <ButtonLink to="/groups/new" size="sm">
            {t('groups.create')}
          </ButtonLink>
        ) : null
      }
    >
      <MyGroups mayCreate={mayCreate} />
      <FindGroups />
      {creator.data && !mayCreate ? <CreatorSection state={creator.data} /> : null}
      {creator.isError ? <LoadError error={creator.error} onRetry={() => void creator.refetch()} /> : null}
    </Page>
  );
}

function MyGroups({ mayCreate }: { mayCreate: boolean }) {
  const { t } = useTranslation();
  const groups = useMyGroups();
  return (
    <Stack component="section" gap="sm" aria-labelledby="my-groups">
      <Title order={2} id="my-groups">
        {t('groups.mine')}
      </Title>
      {groups.isPending ? <PageLoader /> : null}
      {groups.isError ? <LoadError error={groups.error} onRetry={() => void groups.refetch()} /> : null}
      {groups.isSuccess && groups.items.length === 0 ? (
        <EmptyState
          title={t('groups.mineEmptyTitle')}
          description={mayCreate ? t('groups.mineEmptyTextCreator') : t('groups.mineEmptyText')}
        />
      ) : null}
      {groups.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-labelledby="my-groups">
          {groups.items.map((group) => (
            <GroupCard key={group.id} group={group} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={groups.hasNextPage}
        loading={groups.isFetchingNextPage}
        onLoad={() => void groups.fetchNextPage()}
      />
    </Stack>
  );
}

const KOMMUN_CODE = /^\d{4}$/;

function FindGroups() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kommunParam = params.get('kommun');
  const search: GroupSearch = {
    q: (params.get('q') ?? '').trim(),
    kommun: kommunParam && KOMMUN_CODE.test(kommunParam) ? kommunParam : null,
  };
  const [text, setText] = useState(search.q);
  const results = useGroupSearch(search);

  const apply = (next: GroupSearch) => {
    const query = new URLSearchParams();
    if (next.q) query.set('q', next.q);
    if (next.kommun) query.set('kommun', next.kommun);
    setParams(query, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ ...search, q: text.trim() });
  };
  const searching = Boolean(search.q || search.kommun);

  return (
    <Stack component="section" gap="sm" aria-labelledby="find-groups">
      <Title order={2} id="find-groups">
        {t('groups.find')}
      </Title>
      <search>
        <form onSubmit={submit}>
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                type="search"
                label={t('groups.searchLabel')}
                placeholder={t('groups.searchPlaceholder')}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                maxLength={LIMITS.name}
                style={{ flex: 1 }}
              />
              <Button type="submit" variant="default">
                {t('groups.searchButton')}
              </Button>
            </Group>
            <MunicipalitySelect
              value={search.kommun}
              onChange={(kommun) => apply({ q: text.trim(), kommun })}
              clearable
              clearButtonProps={{ 'aria-label': t('groups.clearKommun') }}
              comboboxProps={{ withinPortal: false }}
            />
          </Stack>
        </form>
      </search>
      {results.isPending ? <PageLoader /> : null}
      {results.isError && results.items.length === 0 ? (
        <LoadError error={results.error} onRetry={() => void results.refetch()} />
      ) : null}
      {results.isSuccess && results.items.length === 0 ? (
        <EmptyState
          title={searching ? t('groups.noResultsTitle') : t('groups.noOpenGroupsTitle')}
          description={searching ? t('groups.noResultsText') : t('groups.noOpenGroupsText')}
          action={
            searching ? (
              <Button
                variant="default"
                onClick={() => {
                  setText('');
                  apply({ q: '', kommun: null });
                }}
              >
                {t('groups.clearSearch')}
              </Button>
            ) : null
          }
        />
      ) : null}
      {results.items.length > 0 ? (
        <>
          <VisuallyHidden role="status">
            {searching ? t('groups.resultCount', { count: results.items.length }) : ''}
          </VisuallyHidden>
          <Stack
            component="ul"
            gap="sm"
            className="plain-list"
            aria-label={t('groups.resultsLabel')}
            aria-busy={results.isPlaceholderData}
            style={{ opacity: results.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}
          >
            {results.items.map((group) => (
              <GroupCard key={group.id} group={group} />
            ))}
          </Stack>
        </>
      ) : null}
      <LoadMore
        hasMore={Boolean(results.hasNextPage)}
        loading={results.isFetchingNextPage}
        onLoad={() => void results.fetchNextPage()}
      />
    </Stack>
  );
}
