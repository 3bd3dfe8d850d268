import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../ui/dates';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { Section } from '../../ui/Section';
import { useServerErrors } from '../../ui/useServerErrors';
import { type CreatorState, groupKeys, LIMITS } from './queries';

const REASON_MIN = 10;

/** GRP-2: those who may not create groups ask the analysts for the right, and see where the request stands. */
export function CreatorSection({ state }: { state: CreatorState }) {
  const { t } = useTranslation();
  const request = state.request;
  return (
    <Section title={t('groups.creator.title')} description={t('groups.creator.lead')}>
      {request?.state === 'pending' ? (
        <Alert color="vaksam" variant="light" title={t('groups.creator.pendingTitle')}>
          <Stack gap={4}>
            <Text size="sm">
              {t('groups.creator.pendingText', { date: formatDate(request.requestedAt) })}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
              {request.reason}
            </Text>
          </Stack>
        </Alert>
      ) : (
        <>
          {request?.state === 'denied' ? (
            <Alert color="orange" variant="light" title={t('groups.creator.deniedTitle')}>
              {t('groups.creator.deniedText')}
            </Alert>
          ) : null}
          <CreatorRequestForm />
        </>
      )}
    </Section>
  );
}

function CreatorRequestForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) =>
        value.trim().length >= REASON_MIN ? null : t('groups.creator.reasonTooShort', { min: REASON_MIN }),
    },
  });
  const errors = useServerErrors(form);
  const send = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/groups/creator', { body: { reason: values.reason.trim() } })),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (state) => {
      queryClient.setQueryData(groupKeys.creator, state);
      notify.success(t('groups.creator.sent'));
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => send.mutate(values))} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('groups.creator.reason')}
          description={t('groups.creator.reasonHelp')}
          autosize
          minRows={3}
          maxLength={LIMITS.reason}
          required
          {...form.getInputProps('reason')}
        />
        <FormError message={errors.formError} />
        <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('groups.creator.send')}
        </Button>
      </Stack>
    </form>
  );
}
