import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';

export function TotpConfirmForm({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { code: '' }, validate: { code: validators(t).sixDigits } });
  const errors = useServerErrors(form);
  const enable = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/auth/totp/enable', { body: { code: code.trim() } })),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (result) => onEnabled(result.recoveryCodes),
  });

  return (
    <form onSubmit={form.onSubmit((values) => enable.mutate(values.code))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <TextInput
          label={t('totp.codeLabel')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          {...form.getInputProps('code')}
        />
        <Button type="submit" loading={enable.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('totp.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
