import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/RouterLinks';
import { useGroupContext } from '../groups/context';
import { AuthoredList } from './AuthoredList';
import './warnings.css';

/** WARN-5: a group's admins warn its members; the tab is theirs alone. */
export function GroupWarningsTab() {
  const { t } = useTranslation();
  const { group, isAdmin } = useGroupContext();
  if (!isAdmin) {
    return (
      <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
        {t('groups.adminOnly')}
      </Alert>
    );
  }
  const base = `/groups/${group.id}/warnings`;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={2}>{t('groups.tabs.warnings')}</Title>
        {group.archivedAt ? null : <ButtonLink to={`${base}/new`}>{t('warnings.group.new')}</ButtonLink>}
      </Group>
      <Text c="dimmed">{t('warnings.group.lead')}</Text>
      <AuthoredList
        groupId={group.id}
        state={null}
        label={t('groups.tabs.warnings')}
        empty={{ title: t('warnings.group.empty') }}
        editPath={(warning) => `${base}/${warning.id}/edit`}
      />
    </Stack>
  );
}
