import { Alert, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notify } from '../../ui/notify';
import { useGroupContext } from './context';
import { GroupForm, toBody, valuesOf } from './GroupForm';
import { groupKeys } from './queries';

/** GRP-1, GRP-3: the group's description and rules, for its admins. */
export function SettingsTab() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { group, isAdmin } = useGroupContext();
  if (!isAdmin) {
    return (
      <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
        {t('groups.adminOnly')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Title order={2}>{t('groups.tabs.settings')}</Title>
      {group.archivedAt ? (
        <Alert color="gray" variant="light">
          {t('groups.settingsArchived')}
        </Alert>
      ) : null}
      <GroupForm
        // The form keeps what it was opened with; a refetch of the group must not wipe the admin's changes.
        key={group.id}
        initialValues={valuesOf(group)}
        submitLabel={t('common.save')}
        disabled={Boolean(group.archivedAt)}
        onSave={async (values) => {
          const saved = await unwrap(
            api.PATCH('/groups/{groupId}', { params: { path: { groupId: group.id } }, body: toBody(values) }),
          );
          queryClient.setQueryData(groupKeys.one(group.id), saved);
          void queryClient.invalidateQueries({ queryKey: groupKeys.lists });
          notify.success(t('groups.settingsSaved'));
        }}
      />
    </Stack>
  );
}
