import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { findCounty } from '@vaksam/domain/taxonomy/geo';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import type { Unit } from '../../../api/types';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadError } from '../../../ui/LoadError';
import { LoadMore } from '../../../ui/LoadMore';
import { PageLoader } from '../../../ui/PageLoader';
import { ButtonLink } from '../../../ui/RouterLinks';
import { orgKeys, usePagedList } from '../queries';
import { useSettingsOrg } from './context';

function addressLine(unit: Unit): string {
  const place = [unit.postalCode, unit.city].filter(Boolean).join(' ');
  return [unit.street, place].filter(Boolean).join(', ');
}

export function UnitsTab() {
  const { t } = useTranslation();
  const org = useSettingsOrg();
  const canEdit = org.abilities.manageUnits;
  const units = usePagedList(orgKeys.units(org.id), (cursor) =>
    unwrap(api.GET('/orgs/{orgId}/units', { params: { path: { orgId: org.id }, query: { cursor } } })),
  );
  const addButton = canEdit ? (
    <ButtonLink to={`/o/${org.id}/settings/units/new`} size="sm">
      {t('units.add')}
    </ButtonLink>
  ) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={2}>{t('settings.tabs.units')}</Title>
        {units.items.length > 0 ? addButton : null}
      </Group>
      {units.isPending ? <PageLoader /> : null}
      {units.isError ? <LoadError error={units.error} onRetry={() => void units.refetch()} /> : null}
      {units.isSuccess && units.items.length === 0 ? (
        <EmptyState title={t('units.emptyTitle')} description={t('units.emptyText')} action={addButton} />
      ) : null}
      {units.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t('settings.tabs.units')}>
          {units.items.map((unit) => (
            <Paper component="li" key={unit.id} withBorder p="md" radius="md">
              <Stack gap={2}>
                {canEdit ? (
                  <Anchor component={Link} to={`/o/${org.id}/settings/units/${unit.id}`} fw={600}>
                    {unit.name}
                  </Anchor>
                ) : (
                  <Text fw={600}>{unit.name}</Text>
                )}
                {addressLine(unit) ? <Text size="sm">{addressLine(unit)}</Text> : null}
                <Text size="sm" c="dimmed">
                  {[unit.municipalityName, findCounty(unit.countyCode)?.name].filter(Boolean).join(', ')}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={units.hasNextPage}
        loading={units.isFetchingNextPage}
        onLoad={() => void units.fetchNextPage()}
      />
    </Stack>
  );
}
