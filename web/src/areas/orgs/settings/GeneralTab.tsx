import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { SharingDefaultSection } from '../../incidents/SharingDefaultSection';
import { useSettingsOrg } from './context';
import { OrgFacts } from './OrgFacts';
import { OrgGeneralForm } from './OrgGeneralForm';

export function GeneralTab() {
  const { t } = useTranslation();
  const org = useSettingsOrg();
  return (
    <Stack gap="lg">
      <Title order={2}>{t('settings.tabs.general')}</Title>
      <OrgFacts org={org} />
      {org.abilities.update ? (
        <Section title={t('settings.general.editTitle')} order={3}>
          <OrgGeneralForm org={org} />
        </Section>
      ) : null}
      {org.myRole ? <SharingDefaultSection orgId={org.id} /> : null}
    </Stack>
  );
}
