import {
  Anchor,
  Button,
  Collapse,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { ExportButton } from './ExportButton';
import { isIncidentStatus, isIncidentType, statusOptions, typeLabel, typeOptions, useLang } from './labels';
import { type IncidentListQuery, type IncidentSummary, useIncidentList, useOrgUnits } from './queries';
import { StatusBadge } from './StatusBadge';
import { dayBoundary } from './time';

interface Filters {
  orgId: string | null;
  unitId: string | null;
  type: string | null;
  status: string | null;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { orgId: null, unitId: null, type: null, status: null, from: '', to: '' };

// Leaflet is only loaded when someone opens the map.
const IncidentMap = lazy(() => import('./IncidentMap').then((m) => ({ default: m.IncidentMap })));

type View = 'list' | 'map';

/** INC-4/INC-8: managers see their organisations' cases, reporters their own reports, as a list or a map. */
export function IncidentListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { data: me } = useMe();
  const memberships = me?.memberships ?? [];
  const isManager = memberships.some((m) => m.role !== 'reporter');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [showFilters, setShowFilters] = useState(false);
  const unitOrg = filters.orgId ?? (memberships.length === 1 ? (memberships[0]?.orgId ?? null) : null);
  const units = useOrgUnits(unitOrg);
  // The view is part of the address, so the back button and a shared link keep it.
  const [searchParams, setSearchParams] = useSearchParams();
  const view: View = searchParams.get('view') === 'map' ? 'map' : 'list';
  const setView = (next: View) =>
    setSearchParams(
      (params) => {
        if (next === 'map') params.set('view', 'map');
        else params.delete('view');
        return params;
      },
      { replace: true },
    );

  const query: IncidentListQuery = {
    ...(isManager ? {} : { mine: 'true' as const }),
    ...(filters.orgId ? { orgId: filters.orgId } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(isIncidentType(filters.type) ? { type: filters.type } : {}),
    ...(isIncidentStatus(filters.status) ? { status: filters.status } : {}),
    ...(filters.from ? { from: dayBoundary(filters.from, false) } : {}),
    ...(filters.to ? { to: dayBoundary(filters.to, true) } : {}),
    ...(q ? { q } : {}),
  };
  const list = useIncidentList(query);
  const { mine: _mine, ...exportQuery } = query;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS) || q !== '';
  const set = (patch: Partial<Filters>) => setFilters((old) => ({ ...old, ...patch }));
  const title = isManager ? t('incidents.titleManager') : t('incidents.titleReporter');
  const reportButton = (
    <ButtonLink to="/report" size="sm">
      {t('nav.report')}
    </ButtonLink>
  );

  return (
    <Page title={title} actions={reportButton}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            type="search"
            label={t('incidents.search')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button
            variant="default"
            aria-expanded={showFilters}
            aria-controls="incident-filters"
            onClick={() => setShowFilters((open) => !open)}
          >
            {showFilters ? t('incidents.hideFilters') : t('incidents.filters')}
          </Button>
        </Group>
        <Collapse in={showFilters} id="incident-filters">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" pt="xs">
            {memberships.length > 1 ? (
              <Select
                label={t('incidents.org')}
                clearable
                data={memberships.map((m) => ({ value: m.orgId, label: m.orgName }))}
                value={filters.orgId}
                onChange={(orgId) => set({ orgId, unitId: null })}
                comboboxProps={{ withinPortal: false }}
              />
            ) : null}
            <Select
              label={t('incidents.type')}
              clearable
              searchable
              data={typeOptions(lang)}
              value={filters.type}
              onChange={(type) => set({ type })}
              comboboxProps={{ withinPortal: false }}
            />
            <Select
              label={t('incidents.status')}
              clearable
              data={statusOptions(lang)}
              value={filters.status}
              onChange={(status) => set({ status })}
              comboboxProps={{ withinPortal: false }}
            />
            {unitOrg ? (
              <Select
                label={t('incidents.unit')}
                clearable
                searchable
                data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                value={filters.unitId}
                onChange={(unitId) => set({ unitId })}
                comboboxProps={{ withinPortal: false }}
              />
            ) : null}
            <TextInput
              type="date"
              label={t('incidents.from')}
              value={filters.from}
              onChange={(event) => set({ from: event.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('incidents.to')}
              value={filters.to}
              onChange={(event) => set({ to: event.currentTarget.value })}
            />
          </SimpleGrid>
          {filtered ? (
            <Button
              variant="subtle"
              mt="xs"
              px={0}
              onClick={() => {
                setFilters(NO_FILTERS);
                setSearch('');
              }}
            >
              {t('incidents.clearFilters')}
            </Button>
          ) : null}
        </Collapse>
        <Group justify="space-between" gap="xs">
          <SegmentedControl
            aria-label={t('overview.viewLabel')}
            value={view}
            onChange={(value) => setView(value === 'map' ? 'map' : 'list')}
            data={[
              { value: 'list', label: t('overview.list') },
              { value: 'map', label: t('overview.map') },
            ]}
          />
          {isManager ? <ExportButton query={exportQuery} /> : null}
        </Group>
      </Stack>
      {view === 'map' ? (
        <Suspense fallback={<PageLoader />}>
          <IncidentMap query={query} onShowList={() => setView('list')} />
        </Suspense>
      ) : (
        <IncidentList list={list} filtered={filtered} isManager={isManager} reportButton={reportButton} />
      )}
    </Page>
  );
}

function IncidentList({
  list,
  filtered,
  isManager,
  reportButton,
}: {
  list: ReturnType<typeof useIncidentList>;
  filtered: boolean;
  isManager: boolean;
  reportButton: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && list.items.length === 0 ? (
        <EmptyState
          title={t('incidents.emptyTitle')}
          description={filtered ? t('incidents.emptyFiltered') : t('incidents.emptyText')}
          action={filtered ? null : reportButton}
        />
      ) : null}
      {list.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t('incidents.listLabel')}>
          {list.items.map((item) => (
            <IncidentRow key={item.id} item={item} showReporter={isManager} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </>
  );
}

function IncidentRow({ item, showReporter }: { item: IncidentSummary; showReporter: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const firstLine = item.description.split('\n')[0] ?? '';
  const place =
    item.unitName ??
    (item.latitude !== null && item.longitude !== null
      ? t('incidents.noUnit', { lat: item.latitude.toFixed(4), lng: item.longitude.toFixed(4) })
      : '');
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
          <Anchor component={Link} to={`/incidents/${item.id}`} fw={600} size="lg">
            {typeLabel(item.type, lang)}
          </Anchor>
          <StatusBadge status={item.status} />
        </Group>
        <Text size="sm" c="dimmed">
          <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time> · {place} · {item.orgName}
        </Text>
        <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {firstLine}
        </Text>
        {showReporter && item.reporter ? (
          <Text size="xs" c="dimmed">
            {t('incidents.reportedBy', { name: item.reporter.name })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
