import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { PASSWORD_MIN } from '../../ui/passwordRules';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';
import { forgetSession } from './session';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const check = validators(t);
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: { currentPassword: check.password, newPassword: check.newPassword },
  });
  const errors = useServerErrors(form);
  const change = useMutation({
    mutationFn: (values: typeof form.values) => unwrap(api.POST('/auth/password', { body: values })),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: () => {
      // The server ends every session when the password changes, this one included.
      notify.success(t('profile.passwordChanged'), 8000);
      forgetSession(queryClient);
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <PasswordInput
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('fields.newPassword')}
          description={t('signup.passwordHint', { min: PASSWORD_MIN })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('profile.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
