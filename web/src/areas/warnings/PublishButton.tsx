import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import type { RecipientPreview } from './queries';

interface PublishButtonProps {
  /** Checks the form and counts the recipients anew; null when the form or the targeting needs fixing. */
  prepare: () => Promise<RecipientPreview | null>;
  /** Saves and publishes; the dialog stays open with the error if it throws. */
  publish: () => Promise<unknown>;
  /** When the warning comes into force, if that lies ahead: it is sent then. */
  startsAt: string | null;
}

/** Publishing sends the warning, so the author confirms it against a fresh count of who will get it. */
export function PublishButton({ prepare, publish, startsAt }: PublishButtonProps) {
  const { t } = useTranslation();
  const [preparing, setPreparing] = useState(false);
  const [preview, setPreview] = useState<RecipientPreview | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    setPreparing(true);
    try {
      setError(null);
      setPreview(await prepare());
    } finally {
      setPreparing(false);
    }
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await publish();
      setPreview(null);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setPending(false);
    }
  };

  const count = preview?.recipients ?? 0;
  const later = startsAt && new Date(startsAt).getTime() > Date.now() ? formatDateTime(startsAt) : null;
  return (
    <>
      <Button color="red.8" onClick={() => void open()} loading={preparing}>
        {t('warnings.form.publish')}
      </Button>
      <Modal
        opened={preview !== null}
        onClose={() => setPreview(null)}
        title={t('warnings.form.publishTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>
            {count === 0
              ? t('warnings.form.publishNobody')
              : t(`warnings.form.publishText.${count === 1 ? 'one' : 'many'}`, { count })}
          </Text>
          {later ? <Text>{t('warnings.form.publishLater', { date: later })}</Text> : null}
          <FormError message={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setPreview(null)} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button color="red.8" onClick={() => void confirm()} loading={pending} data-autofocus>
              {t('warnings.form.publishConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
