import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Me } from '../../api/types';
import { FormError } from '../../ui/FormError';
import { TextLink } from '../../ui/RouterLinks';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';

interface LoginPasswordFormProps {
  next: string;
  onLoggedIn: (me: Me) => void;
  onTotpRequired: () => void;
}

export function LoginPasswordForm({ next, onLoggedIn, onTotpRequired }: LoginPasswordFormProps) {
  const { t } = useTranslation();
  const check = validators(t);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: check.email, password: check.password },
  });
  const errors = useServerErrors(form);
  const login = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/auth/login', { body: { email: values.email.trim(), password: values.password } })),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (result) => (result.status === 'ok' ? onLoggedIn(result.me) : onTotpRequired()),
  });
  const signupLink = next === '/' ? '/signup' : `/signup?next=${encodeURIComponent(next)}`;

  return (
    <Stack gap="lg">
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack gap="md">
          <FormError message={errors.formError} />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <TextLink to="/forgot-password" size="sm">
              {t('login.forgotPassword')}
            </TextLink>
          </Group>
          <Button type="submit" fullWidth loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
      <Stack gap={4} align="center">
        <Text size="sm">
          {t('login.noAccount')} <TextLink to={signupLink}>{t('login.createAccount')}</TextLink>
        </Text>
        <TextLink to="/verify" size="sm">
          {t('login.noVerificationMail')}
        </TextLink>
      </Stack>
    </Stack>
  );
}
