import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { useSettingsOrg } from '../orgs/settings/context';
import { type Camera, useOrgCameras } from './queries';

/** Cameras in use grouped by unit, then those taken out of the register whose logs are kept. */
function groupByUnit(cameras: Camera[]) {
  const groups = new Map<string, { unitId: string; unitName: string; cameras: Camera[] }>();
  for (const camera of cameras.filter((c) => !c.removedAt)) {
    const group = groups.get(camera.unitId) ?? {
      unitId: camera.unitId,
      unitName: camera.unitName,
      cameras: [],
    };
    group.cameras.push(camera);
    groups.set(camera.unitId, group);
  }
  return [...groups.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv'));
}

/** CAM-1: the organisation's camera register; each camera opens its page with the footage log (CAM-3). */
export function CamerasTab() {
  const { t } = useTranslation();
  const org = useSettingsOrg();
  const cameras = useOrgCameras(org.id);
  const canEdit = org.abilities.manageUnits;
  const addButton = canEdit ? (
    <ButtonLink to={`/o/${org.id}/settings/cameras/new`} size="sm">
      {t('cameras.add')}
    </ButtonLink>
  ) : null;
  const removed = cameras.items.filter((c) => c.removedAt);

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={2}>{t('cameras.tabLabel')}</Title>
        {cameras.items.length > 0 ? addButton : null}
      </Group>
      <Text size="sm" c="dimmed">
        {t('cameras.intro')}
      </Text>
      {cameras.isPending ? <PageLoader /> : null}
      {cameras.isError ? <LoadError error={cameras.error} onRetry={() => void cameras.refetch()} /> : null}
      {cameras.isSuccess && cameras.items.length === 0 ? (
        <EmptyState title={t('cameras.emptyTitle')} description={t('cameras.emptyText')} action={addButton} />
      ) : null}
      {groupByUnit(cameras.items).map((group) => (
        <Stack key={group.unitId} gap="xs">
          <Title order={3} size="h4">
            {group.unitName}
          </Title>
          <CameraList orgId={org.id} cameras={group.cameras} label={group.unitName} />
        </Stack>
      ))}
      {removed.length > 0 ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('cameras.removedTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('cameras.removedText')}
          </Text>
          <CameraList orgId={org.id} cameras={removed} label={t('cameras.removedTitle')} />
        </Stack>
      ) : null}
      <LoadMore
        hasMore={cameras.hasNextPage}
        loading={cameras.isFetchingNextPage}
        onLoad={() => void cameras.fetchNextPage()}
      />
    </Stack>
  );
}

function CameraList({ orgId, cameras, label }: { orgId: string; cameras: Camera[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap="sm" className="plain-list" aria-label={label}>
      {cameras.map((camera) => (
        <Paper component="li" key={camera.id} withBorder p="md" radius="md">
          <Stack gap={2}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Anchor component={Link} to={`/o/${orgId}/settings/cameras/${camera.id}`} fw={600}>
                {camera.name}
              </Anchor>
              {camera.removedAt ? (
                <Badge color="gray" variant="light">
                  {t('cameras.removedBadge')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm">{camera.placement}</Text>
            <Text size="sm" c="dimmed">
              {t('cameras.retentionShort', { count: camera.retentionDays })} ·{' '}
              {camera.signage ? t('cameras.signageYes') : t('cameras.signageNo')}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
