import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Me } from '../../api/types';
import { FormError } from '../../ui/FormError';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';

interface LoginTotpFormProps {
  onLoggedIn: (me: Me) => void;
  onCancel: () => void;
}

export function LoginTotpForm({ onLoggedIn, onCancel }: LoginTotpFormProps) {
  const { t } = useTranslation();
  const check = validators(t);
  const form = useForm({ initialValues: { code: '' }, validate: { code: check.required } });
  const errors = useServerErrors(form);
  const codeRef = useRef<HTMLInputElement>(null);
  useEffect(() => codeRef.current?.focus(), []);
  const verify = useMutation({
    mutationFn: (code: string) =>
      unwrap(api.POST('/auth/login/totp', { body: { code: code.trim().toLowerCase().replace(/\s+/g, '') } })),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (result) => {
      if (result.status === 'ok') onLoggedIn(result.me);
      else errors.handleError(new Error('Second factor asked for twice'));
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => verify.mutate(values.code))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <TextInput
          label={t('login.totpCode')}
          description={t('login.totpCodeHint')}
          autoComplete="one-time-code"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          ref={codeRef}
          {...form.getInputProps('code')}
        />
        <Button type="submit" fullWidth loading={verify.isPending}>
          {t('login.verify')}
        </Button>
        <Button variant="subtle" fullWidth onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Stack>
    </form>
  );
}
