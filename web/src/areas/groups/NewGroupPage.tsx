import { Alert, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink, TextLink } from '../../ui/RouterLinks';
import { GroupForm, NEW_GROUP, toBody } from './GroupForm';
import { groupKeys, useCreatorState } from './queries';

/** GRP-1: a new group; its creator becomes its first admin. */
export function NewGroupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const creator = useCreatorState();

  return (
    <Page
      title={t('groups.form.newTitle')}
      description={<TextLink to="/groups">{t('groups.back')}</TextLink>}
    >
      {creator.isPending ? <PageLoader /> : null}
      {creator.isError ? <LoadError error={creator.error} onRetry={() => void creator.refetch()} /> : null}
      {creator.data && !creator.data.mayCreateGroups ? (
        <Stack gap="sm" align="flex-start">
          <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
            {t('groups.form.mayNotCreate')}
          </Alert>
          <ButtonLink to="/groups" variant="default">
            {t('groups.back')}
          </ButtonLink>
        </Stack>
      ) : null}
      {creator.data?.mayCreateGroups ? (
        <GroupForm
          initialValues={NEW_GROUP}
          submitLabel={t('groups.form.create')}
          cancelTo="/groups"
          onSave={async (values) => {
            const group = await unwrap(api.POST('/groups', { body: toBody(values) }));
            queryClient.setQueryData(groupKeys.one(group.id), group);
            void queryClient.invalidateQueries({ queryKey: groupKeys.lists });
            notify.success(t('groups.form.created', { name: group.name }));
            navigate(`/groups/${group.id}`);
          }}
        />
      ) : null}
    </Page>
  );
}
