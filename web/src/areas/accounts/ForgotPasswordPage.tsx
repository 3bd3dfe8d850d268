import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { Page } from '../../ui/Page';
import { TextLink } from '../../ui/RouterLinks';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';
import { CheckEmailNotice } from './CheckEmailNotice';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { email: '' }, validate: { email: validators(t).email } });
  const errors = useServerErrors(form);
  const request = useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/auth/password-reset/request', { body: { email: email.trim() } })),
    onMutate: errors.clear,
    onError: errors.handleError,
  });

  return (
    <Page title={t('forgot.title')} description={t('forgot.description')} size="xs">
      {request.isSuccess ? (
        <CheckEmailNotice title={t('forgot.sentTitle')}>
          {t('forgot.sentText', { email: request.variables })}
        </CheckEmailNotice>
      ) : (
        <form onSubmit={form.onSubmit((values) => request.mutate(values.email))} noValidate>
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
            <Button type="submit" fullWidth loading={request.isPending}>
              {t('forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <TextLink to="/login">{t('forgot.backToLogin')}</TextLink>
    </Page>
  );
}
