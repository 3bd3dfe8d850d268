import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errorMessage';
import { isUploadError, newUploadKey } from './api';
import { sendFiles } from './uploadQueue';

export type RefusedFile = { name: string; message: string };

/**
 * Chosen files and their upload, one by one, for whatever they are attached to. Each file keeps its
 * Idempotency-Key until it is on the server, so sending again after a dropped connection stores nothing twice.
 */
export function useUploadQueue() {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<{ current: number; total: number } | null>(null);
  const [refused, setRefused] = useState<RefusedFile[]>([]);
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

  /** Sends the chosen files; answers how many arrived and how many wait for another try. */
  const upload = async (send: (file: File, idempotencyKey: string) => Promise<unknown>) => {
    setRefused([]);
    setStopped(null);
    const outcome = await sendFiles(files, (file) => send(file, keyOf(file)), setProgress);
    setProgress(null);
    setFiles(outcome.left);
    setRefused(
      outcome.refused.map(({ file, error }) => ({ name: file.name, message: errorMessage(error, t) })),
    );
    if (outcome.stoppedBy !== null) {
      const error = outcome.stoppedBy;
      setStopped(
        isUploadError(error) && error.failure === 'offline'
          ? t('attachments.offline')
          : errorMessage(error, t),
      );
    }
    return { sent: outcome.sent, waiting: outcome.left.length };
  };

  /** Forgets what the last upload said. */
  const dismiss = () => {
    setRefused([]);
    setStopped(null);
  };

  /** Forgets the chosen files too. */
  const clear = () => {
    setFiles([]);
    dismiss();
  };

  return { files, setFiles, progress, busy: progress !== null, refused, stopped, upload, dismiss, clear };
}

export type UploadQueue = ReturnType<typeof useUploadQueue>;
