import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errorMessage';
import { notify } from '../../ui/notify';
import { incidentKeys } from '../incidents/queries';
import { isUploadError, newUploadKey, uploadAttachment } from './api';
import { PhotoPicker } from './PhotoPicker';
import { attachmentKeys } from './queries';

type Failure = { name: string; message: string };

/**
 * More photos or documents for an existing report, sent one by one. Each file keeps its Idempotency-Key
 * until it is on the server, so pressing "Upload" again after a dropped connection stores nothing twice.
 */
export function AddAttachments({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<{ current: number; total: number } | null>(null);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [stopped, setStopped] = useState<string | null>(null);
  const keys = useRef(new WeakMap<File, string>());

  const keyOf = (file: File) => {
    let key = keys.current.get(file);
    if (!key) {
      key = newUploadKey();
      keys.current.set(file, key);
    }
    return key;
  };

  const upload = async () => {
    const queue = [...files];
    const left = [...files];
    const failed: Failure[] = [];
    let sent = 0;
    setFailures([]);
    setStopped(null);
    for (const [index, file] of queue.entries()) {
      setProgress({ current: index + 1, total: queue.length });
      try {
        await uploadAttachment(incidentId, file, file.name, keyOf(file));
        sent += 1;
        left.splice(left.indexOf(file), 1);
      } catch (error) {
        if (isUploadError(error) && error.failure === 'rejected') {
          // The server will never take this file: say why and let it go.
          failed.push({ name: file.name, message: errorMessage(error, t) });
          left.splice(left.indexOf(file), 1);
          continue;
        }
        // Offline or not now: the rest would fail the same way; the files stay for another try.
        setStopped(
          isUploadError(error) && error.failure === 'offline'
            ? t('attachments.offline')
            : errorMessage(error, t),
        );
        break;
      }
    }
    setProgress(null);
    setFiles(left);
    setFailures(failed);
    if (sent > 0) {
      void queryClient.invalidateQueries({ queryKey: attachmentKeys.of(incidentId) });
      void queryClient.invalidateQueries({ queryKey: incidentKeys.history(incidentId) });
      notify.success(t('attachments.uploaded', { count: sent }));
    }
  };

  const busy = progress !== null;
  return (
    <Stack gap="sm">
      <PhotoPicker files={files} onChange={setFiles} disabled={busy} label={t('attachments.add')} />
      {stopped ? (
        <Alert color="red" variant="light" title={t('attachments.notSent')} role="alert">
          {stopped}
        </Alert>
      ) : null}
      {failures.length > 0 ? (
        <Alert color="red" variant="light" title={t('attachments.refused')} role="alert">
          <List size="sm" spacing={2}>
            {failures.map((failure) => (
              <List.Item key={failure.name}>
                {t('attachments.refusedFile', { name: failure.name, reason: failure.message })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {files.length > 0 ? (
        <Button onClick={() => void upload()} loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('attachments.upload')}
        </Button>
      ) : null}
      {progress ? (
        <Text size="sm" role="status">
          {t('attachments.uploading', progress)}
        </Text>
      ) : null}
    </Stack>
  );
}
