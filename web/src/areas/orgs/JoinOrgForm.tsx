import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { OrgLookup } from '../../api/types';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { orgKeys } from './queries';

export function JoinOrgForm({ lookup }: { lookup: OrgLookup }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { message: '' } });
  const errors = useServerErrors(form);
  const join = useMutation({
    mutationFn: (message: string) =>
      unwrap(
        api.POST('/join-requests', {
          body: { orgNumber: lookup.orgNumber, ...(message.trim() ? { message: message.trim() } : {}) },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.myJoinRequests });
      notify.success(t('registerOrJoin.requestSent'));
      navigate('/orgs');
    },
  });

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="join-org-title">
      <form onSubmit={form.onSubmit((values) => join.mutate(values.message))} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} id="join-org-title">
              {lookup.name ?? lookup.orgNumber}
            </Title>
            <Text size="sm" c="dimmed">
              {lookup.orgNumber} · {lookup.organisationForm}
            </Text>
          </Stack>
          <Text>{t('registerOrJoin.alreadyRegistered')}</Text>
          <FormError message={errors.formError} />
          <Textarea
            label={t('registerOrJoin.message')}
            description={t('registerOrJoin.messageHint')}
            autosize
            minRows={3}
            maxLength={500}
            {...form.getInputProps('message')}
          />
          <Button type="submit" loading={join.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('registerOrJoin.askToJoin')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
