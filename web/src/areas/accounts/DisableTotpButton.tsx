import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';
import { meQueryKey } from './session';

/** Turning 2FA off needs the password, asked for in a confirmation dialog. */
export function DisableTotpButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm({ initialValues: { password: '' }, validate: { password: validators(t).password } });
  const errors = useServerErrors(form);
  const disable = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/auth/totp/disable', { body: { password } })),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: () => {
      close();
      form.reset();
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      notify.success(t('totp.disabled'));
    },
  });

  const cancel = () => {
    close();
    form.reset();
    errors.clear();
  };

  return (
    <>
      <div>
        <Button color="red" variant="light" onClick={open}>
          {t('totp.disable')}
        </Button>
      </div>
      <Modal
        opened={opened}
        onClose={cancel}
        title={t('totp.disableTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={form.onSubmit((values) => disable.mutate(values.password))} noValidate>
          <Stack gap="md">
            <Text>{t('totp.disableText')}</Text>
            <FormError message={errors.formError} />
            <PasswordInput
              label={t('fields.password')}
              autoComplete="current-password"
              required
              data-autofocus
              {...form.getInputProps('password')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={cancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={disable.isPending}>
                {t('totp.disableConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
