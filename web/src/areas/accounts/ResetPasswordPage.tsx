import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { Page } from '../../ui/Page';
import { PASSWORD_MIN } from '../../ui/passwordRules';
import { ButtonLink, TextLink } from '../../ui/RouterLinks';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const check = validators(t);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: check.newPassword,
      repeat: (value, values) => (value === values.password ? null : t('validation.passwordsDiffer')),
    },
  });
  const errors = useServerErrors(form);
  const reset = useMutation({
    mutationFn: (password: string) =>
      unwrap(api.POST('/auth/password-reset/confirm', { body: { token: token ?? '', password } })),
    onMutate: errors.clear,
    onError: errors.handleError,
  });

  if (!token) {
    return (
      <Page title={t('reset.title')} size="xs">
        <Alert color="red" variant="light" title={t('reset.missingTokenTitle')}>
          {t('reset.missingTokenText')}
        </Alert>
        <TextLink to="/forgot-password">{t('reset.requestNew')}</TextLink>
      </Page>
    );
  }

  if (reset.isSuccess) {
    return (
      <Page title={t('reset.doneTitle')} size="xs">
        <Alert color="green" variant="light">
          {t('reset.doneText')}
        </Alert>
        <div>
          <ButtonLink to="/login">{t('reset.toLogin')}</ButtonLink>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('reset.title')} description={t('reset.description')} size="xs">
      <form onSubmit={form.onSubmit((values) => reset.mutate(values.password))} noValidate>
        <Stack gap="md">
          <FormError message={errors.formError} />
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('signup.passwordHint', { min: PASSWORD_MIN })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('fields.repeatPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('repeat')}
          />
          <Button type="submit" fullWidth loading={reset.isPending}>
            {t('reset.submit')}
          </Button>
        </Stack>
      </form>
      {errors.formError ? <TextLink to="/forgot-password">{t('reset.requestNew')}</TextLink> : null}
    </Page>
  );
}
