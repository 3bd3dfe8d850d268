import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { FormError } from '../../ui/FormError';
import { PASSWORD_MIN } from '../../ui/passwordRules';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';

interface SignupFormProps {
  inviteToken?: string;
  initialEmail: string;
  onSignedUp: (email: string) => void;
}

export function SignupForm({ inviteToken, initialEmail, onSignedUp }: SignupFormProps) {
  const { t } = useTranslation();
  const check = validators(t);
  const form = useForm({
    initialValues: { name: '', email: initialEmail, password: '' },
    validate: { name: check.required, email: check.email, password: check.newPassword },
  });
  const errors = useServerErrors(form);
  const signup = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/auth/signup', {
          body: {
            name: values.name.trim(),
            email: values.email.trim(),
            password: values.password,
            language: currentLanguage(),
            ...(inviteToken ? { inviteToken } : {}),
          },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (_result, values) => onSignedUp(values.email.trim()),
  });

  return (
    <form onSubmit={form.onSubmit((values) => signup.mutate(values))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <TextInput label={t('fields.name')} autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('fields.password')}
          description={t('signup.passwordHint', { min: PASSWORD_MIN })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={signup.isPending}>
          {t('signup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
