import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDateTime } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { answerText, questions, severityLabel, typeLabel, useLang } from '../incidents/labels';
import { useGroupContext } from './context';
import {
  type SharedIncident,
  sharedIncidentKeys,
  unshareIncident,
  useGroupIncidents,
} from './sharedIncidentQueries';

const MODUS_QUESTION = questions.find((question) => question.id === 'modusOperandi');

/** GRP-5: reports the members' organisations shared here, as summaries that name no one. */
export function IncidentsTab() {
  const { t } = useTranslation();
  const { group } = useGroupContext();
  const incidents = useGroupIncidents(group.id);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{t('groups.tabs.incidents')}</Title>
        <Text size="sm" c="dimmed">
          {t('groups.incidents.lead')}
        </Text>
      </Stack>
      {incidents.isPending ? <PageLoader /> : null}
      {incidents.isError ? (
        <LoadError error={incidents.error} onRetry={() => void incidents.refetch()} />
      ) : null}
      {incidents.isSuccess && incidents.items.length === 0 ? (
        <EmptyState title={t('groups.incidents.emptyTitle')} description={t('groups.incidents.emptyText')} />
      ) : null}
      {incidents.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t('groups.tabs.incidents')}>
          {incidents.items.map((incident) => (
            <SharedIncidentCard key={incident.id} groupId={group.id} incident={incident} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={incidents.hasNextPage}
        loading={incidents.isFetchingNextPage}
        onLoad={() => void incidents.fetchNextPage()}
      />
    </Stack>
  );
}

function placeText(place: SharedIncident['place'], t: TFunction) {
  if (!place) return null;
  const position =
    place.latitude !== null && place.longitude !== null
      ? t('groups.incidents.approximatePosition', {
          lat: place.latitude.toFixed(2),
          lng: place.longitude.toFixed(2),
        })
      : null;
  return [place.kommun?.name, position].filter(Boolean).join(', ');
}

function SharedIncidentCard({ groupId, incident }: { groupId: string; incident: SharedIncident }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const title = typeLabel(incident.type, lang);
  const place = placeText(incident.place, t);
  const modus =
    MODUS_QUESTION && incident.modus.length > 0
      ? answerText(MODUS_QUESTION, incident.modus, lang, [t('common.yes'), t('common.no')])
      : null;
  const facts: [string, string | null][] = [
    [t('groups.incidents.occurredAt'), formatDateTime(incident.occurredAt)],
    [t('groups.incidents.severity'), severityLabel(incident.severity, lang)],
    [t('groups.incidents.place'), place],
    [
      t('groups.incidents.value'),
      incident.valueBand ? t(`groups.incidents.valueBands.${incident.valueBand}`) : null,
    ],
    [t('groups.incidents.modus'), modus],
  ];
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-label={title}>
      <Stack gap="xs">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {t('groups.incidents.sharedAt', { at: formatDateTime(incident.sharedAt) })}
          </Text>
        </Stack>
        <Stack component="dl" gap={4} m={0}>
          {facts
            .filter((fact): fact is [string, string] => Boolean(fact[1]))
            .map(([label, value]) => (
              <Group key={label} gap="xs" wrap="nowrap" align="baseline">
                <Text component="dt" size="sm" c="dimmed" miw={130}>
                  {label}
                </Text>
                <Text component="dd" size="sm" m={0}>
                  {value}
                </Text>
              </Group>
            ))}
        </Stack>
        {incident.description ? (
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('groups.incidents.descriptionLabel')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {incident.description}
            </Text>
          </Stack>
        ) : null}
        {incident.canRemove ? (
          <Group justify="flex-end">
            <ConfirmButton
              variant="subtle"
              size="xs"
              aria-label={t('groups.incidents.removeNamed', { title })}
              title={t('groups.incidents.removeTitle')}
              message={t('groups.incidents.removeText')}
              confirmLabel={t('groups.incidents.remove')}
              describeError={(error) => errorMessage(error, t)}
              onConfirm={async () => {
                await unshareIncident(groupId, incident.id);
                await queryClient.invalidateQueries({ queryKey: sharedIncidentKeys.ofGroup(groupId) });
                notify.success(t('groups.incidents.removed'));
              }}
            >
              {t('groups.incidents.remove')}
            </ConfirmButton>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
