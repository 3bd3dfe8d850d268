import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadQueue } from './useUploadQueue';

/** Why files were not sent: the queue stopped (they wait here), or the server refused some for good. */
export function UploadProblems({ queue }: { queue: Pick<UploadQueue, 'stopped' | 'refused'> }) {
  const { t } = useTranslation();
  return (
    <>
      {queue.stopped ? (
        <Alert color="red" variant="light" title={t('attachments.notSent')} role="alert">
          {queue.stopped}
        </Alert>
      ) : null}
      {queue.refused.length > 0 ? (
        <Alert color="red" variant="light" title={t('attachments.refused')} role="alert">
          <List size="sm" spacing={2}>
            {queue.refused.map((failure) => (
              <List.Item key={failure.name}>
                {t('attachments.refusedFile', { name: failure.name, reason: failure.message })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </>
  );
}

/** "Uploading 2 of 3 …" while files are being sent. */
export function UploadProgress({ queue }: { queue: Pick<UploadQueue, 'progress'> }) {
  const { t } = useTranslation();
  return queue.progress ? (
    <Text size="sm" role="status">
      {t('attachments.uploading', queue.progress)}
    </Text>
  ) : null;
}
