import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';
import { CheckEmailNotice } from './CheckEmailNotice';

export function ResendVerificationForm({ initialEmail = '' }: { initialEmail?: string }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { email: initialEmail }, validate: { email: validators(t).email } });
  const errors = useServerErrors(form);
  const resend = useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/auth/resend-verification', { body: { email: email.trim() } })),
    onMutate: errors.clear,
    onError: errors.handleError,
  });

  if (resend.isSuccess) {
    return (
      <CheckEmailNotice title={t('verify.resentTitle')}>
        {t('verify.resentText', { email: resend.variables })}
      </CheckEmailNotice>
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => resend.mutate(values.email))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          {...form.getInputProps('email')}
        />
        <Button type="submit" loading={resend.isPending}>
          {t('verify.resend')}
        </Button>
      </Stack>
    </form>
  );
}
