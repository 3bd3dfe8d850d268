import { Button, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { incidentKeys } from '../incidents/queries';
import { uploadAttachment } from './api';
import { PhotoPicker } from './PhotoPicker';
import { attachmentKeys } from './queries';
import { UploadProblems, UploadProgress } from './UploadStatus';
import { useUploadQueue } from './useUploadQueue';

/**
 * More photos or documents for an existing report, sent one by one. Each file keeps its Idempotency-Key
 * until it is on the server, so pressing "Upload" again after a dropped connection stores nothing twice.
 */
export function AddAttachments({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queue = useUploadQueue();

  const upload = async () => {
    const { sent } = await queue.upload((file, key) => uploadAttachment(incidentId, file, file.name, key));
    if (sent > 0) {
      void queryClient.invalidateQueries({ queryKey: attachmentKeys.of(incidentId) });
      void queryClient.invalidateQueries({ queryKey: incidentKeys.history(incidentId) });
      notify.success(t('attachments.uploaded', { count: sent }));
    }
  };

  return (
    <Stack gap="sm">
      <PhotoPicker
        files={queue.files}
        onChange={queue.setFiles}
        disabled={queue.busy}
        label={t('attachments.add')}
      />
      <UploadProblems queue={queue} />
      {queue.files.length > 0 ? (
        <Button onClick={() => void upload()} loading={queue.busy} style={{ alignSelf: 'flex-start' }}>
          {t('attachments.upload')}
        </Button>
      ) : null}
      <UploadProgress queue={queue} />
    </Stack>
  );
}
