import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { LoadError } from '../../../ui/LoadError';
import { PageLoader } from '../../../ui/PageLoader';
import { ButtonLink } from '../../../ui/RouterLinks';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useOrg } from '../queries';
import { roleLabel } from '../roles';
import type { OrgSettingsContext } from './context';
import { SettingsTabs } from './SettingsTabs';

export function OrgSettingsLayout() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  const org = useOrg(orgId);
  useDocumentTitle(org.data ? org.data.name : t('settings.title'));

  if (org.isPending) return <PageLoader />;
  if (org.isError) {
    return (
      <Container size="md" px="md" py="lg">
        <Stack gap="lg">
          <Title order={1}>{t('settings.title')}</Title>
          <LoadError error={org.error} onRetry={() => void org.refetch()} />
          <div>
            <ButtonLink to="/orgs" variant="default">
              {t('nav.myOrganisations')}
            </ButtonLink>
          </div>
        </Stack>
      </Container>
    );
  }

  const context: OrgSettingsContext = { org: org.data };
  return (
    <Container size="md" px="md" py="lg">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{org.data.name}</Title>
          <Text c="dimmed" size="sm">
            {org.data.myRole
              ? t('settings.subtitle', { orgNumber: org.data.orgNumber, role: roleLabel(org.data.myRole, t) })
              : org.data.orgNumber}
          </Text>
        </Stack>
        <SettingsTabs org={org.data} />
        <Outlet context={context} />
      </Stack>
    </Container>
  );
}
