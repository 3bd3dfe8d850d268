import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';
import { useForward } from './queries';

/** Kept in step with FORWARD_MESSAGE_MAX in domain/src/notifications.ts. */
const MESSAGE_MAX = 500;

/** INC-5: "Vidarebefordra via e-post" — the report goes as a PDF to one address, with a short note. */
export function ForwardDialog({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const check = validators(t);
  const form = useForm({
    initialValues: { email: '', message: '' },
    validate: {
      email: check.email,
      message: (value) =>
        value.trim().length > MESSAGE_MAX
          ? t('notifications.forward.messageTooLong', { max: MESSAGE_MAX })
          : null,
    },
  });
  const errors = useServerErrors(form);
  const forward = useForward(incidentId);

  const dismiss = () => {
    close();
    form.reset();
    errors.clear();
  };

  const submit = form.onSubmit((values) => {
    const message = values.message.trim();
    forward.mutate(
      { email: values.email.trim(), ...(message ? { message } : {}) },
      {
        onSuccess: () => {
          notify.success(t('notifications.forward.sent', { email: values.email.trim() }));
          dismiss();
        },
        onError: errors.handleError,
      },
    );
  });

  return (
    <>
      <Button variant="default" onClick={open} style={{ alignSelf: 'flex-start' }}>
        {t('notifications.forward.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={dismiss}
        title={t('notifications.forward.title')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormError message={errors.formError} />
            <TextInput
              label={t('notifications.forward.email')}
              description={t('notifications.forward.emailHint')}
              type="email"
              autoComplete="email"
              required
              data-autofocus
              {...form.getInputProps('email')}
            />
            <Textarea
              label={t('notifications.forward.message')}
              description={t('notifications.forward.messageHint', {
                left: MESSAGE_MAX - form.values.message.trim().length,
              })}
              autosize
              minRows={3}
              maxLength={MESSAGE_MAX + 50}
              {...form.getInputProps('message')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={dismiss} disabled={forward.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={forward.isPending}>
                {t('notifications.forward.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
