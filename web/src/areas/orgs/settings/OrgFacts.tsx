import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { sniLabel } from '@vaksam/domain/taxonomy/sni';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../../api/types';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../ui/dates';
import { roleLabel } from '../roles';

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <Stack gap={0}>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </Stack>
  );
}

/** Read-only facts about the organisation. */
export function OrgFacts({ org }: { org: Org }) {
  const { t } = useTranslation();
  const industry = org.sniCode ? sniLabel(org.sniCode, currentLanguage()) : undefined;
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="md" m={0}>
        <Fact term={t('fields.orgName')}>{org.name}</Fact>
        <Fact term={t('fields.orgNumber')}>{org.orgNumber}</Fact>
        <Fact term={t('settings.general.organisationForm')}>{org.organisationForm}</Fact>
        <Fact term={t('settings.general.industry')}>
          {industry ? `${org.sniCode} ${industry}` : t('settings.general.noIndustry')}
        </Fact>
        {org.myRole ? <Fact term={t('settings.general.yourRole')}>{roleLabel(org.myRole, t)}</Fact> : null}
        <Fact term={t('settings.general.managerMfa')}>
          {org.requireManagerMfa ? t('common.yes') : t('common.no')}
        </Fact>
        <Fact term={t('settings.general.registered')}>{formatDate(org.createdAt)}</Fact>
      </SimpleGrid>
    </Paper>
  );
}
