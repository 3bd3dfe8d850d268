import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../ui/dates';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { Page } from '../../ui/Page';
import { TextLink } from '../../ui/RouterLinks';
import { Section } from '../../ui/Section';
import { useServerErrors } from '../../ui/useServerErrors';
import { GroupBadges } from './badges';
import { type Group, groupKeys, LIMITS } from './queries';

/** An open group as those outside it see it: what it is, and a way to apply (GRP-2). */
export function GroupProfile({ group }: { group: Group }) {
  const { t } = useTranslation();
  return (
    <Page title={group.name} description={<TextLink to="/groups">{t('groups.back')}</TextLink>}>
      <Stack gap="xs">
        <GroupBadges group={group} />
        <Text size="sm" c="dimmed">
          {t('groups.memberCount', { count: group.memberCount })}
          {group.endsOn ? ` · ${t('groups.endsOn', { date: formatDate(group.endsOn) })}` : ''}
        </Text>
        {group.description ? (
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{group.description}</Text>
        ) : null}
      </Stack>
      {group.applicationPending ? (
        <Alert color="vaksam" variant="light" title={t('groups.apply.sentTitle')}>
          {t('groups.apply.sentText')}
        </Alert>
      ) : (
        <Section title={t('groups.apply.title')} description={t('groups.apply.lead')}>
          <ApplyForm group={group} />
        </Section>
      )}
    </Page>
  );
}

function ApplyForm({ group }: { group: Group }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { message: '' } });
  const errors = useServerErrors(form);
  const apply = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/groups/{groupId}/applications', {
          params: { path: { groupId: group.id } },
          body: { message: values.message.trim() },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (updated) => {
      queryClient.setQueryData(groupKeys.one(group.id), updated);
      void queryClient.invalidateQueries({ queryKey: groupKeys.lists });
      notify.success(t('groups.apply.sent', { name: group.name }));
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => apply.mutate(values))} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('groups.apply.message')}
          description={t('groups.apply.messageHelp')}
          autosize
          minRows={3}
          maxLength={LIMITS.message}
          {...form.getInputProps('message')}
        />
        <FormError message={errors.formError} />
        <Button type="submit" loading={apply.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('groups.apply.send')}
        </Button>
      </Stack>
    </form>
  );
}
