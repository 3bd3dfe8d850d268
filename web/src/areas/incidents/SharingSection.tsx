import { Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AVAILABLE_SHARING_LEVELS, type SharingLevel, sharingLabel } from '@vaksam/domain/incidents/sharing';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notify } from '../../ui/notify';
import { Section } from '../../ui/Section';
import { sharedIncidentKeys } from '../groups/sharedIncidentQueries';
import { useLang } from './labels';
import { type Incident, incidentKeys } from './queries';
import { SharingLevelForm } from './SharingLevelForm';

/** INC-10 on the report page: everyone sees how far the report goes; managers change it. */
export function SharingSection({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Section title={t('sharing.title')}>
      {incident.abilities.handle ? (
        <SharingForm incident={incident} />
      ) : (
        <Stack gap={4}>
          <Text fw={600}>{sharingLabel(incident.sharing, lang)}</Text>
          <Text size="sm" c="dimmed">
            {t(`sharing.descriptions.${incident.sharing}`)} {t('sharing.decidedByManagers')}
          </Text>
        </Stack>
      )}
    </Section>
  );
}

function SharingForm({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (sharing: SharingLevel) =>
      unwrap(
        api.PUT('/incidents/{id}/sharing', { params: { path: { id: incident.id } }, body: { sharing } }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(incidentKeys.one(incident.id), updated);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.history(incident.id) });
      // Below `groups` the report has left its groups; at `groups` it may be shared now.
      void queryClient.invalidateQueries({ queryKey: sharedIncidentKeys.ofIncident(incident.id) });
      notify.success(t('sharing.saved', { level: sharingLabel(updated.sharing, lang) }));
    },
  });
  return (
    <SharingLevelForm
      label={t('sharing.reportLabel')}
      saved={incident.sharing}
      available={AVAILABLE_SHARING_LEVELS}
      save={save}
      field="sharing"
      submitLabel={t('sharing.save')}
      submitVariant="default"
    />
  );
}
