import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { PhotoPicker } from '../attachments/PhotoPicker';
import { UploadProblems, UploadProgress } from '../attachments/UploadStatus';
import { useUploadQueue } from '../attachments/useUploadQueue';
import { POST_FILES_MAX, uploadPostFile } from './postFiles';
import { type GroupPost, groupKeys, LIMITS } from './queries';

/**
 * GRP-4: a new thread, or with `parentId` a reply to one, with up to four photos or PDFs. The post is written
 * first and its files are uploaded to it one by one; should some not get through (no network), the post stands
 * and the files wait here to be sent again or skipped.
 */
export function PostComposer({
  groupId,
  parentId = null,
  moderated = false,
}: {
  groupId: string;
  parentId?: string | null;
  /** The new thread waits for an admin before the others see it. */
  moderated?: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const files = useUploadQueue();
  // A post that was written while some of its files still wait to be sent.
  const [written, setWritten] = useState<GroupPost | null>(null);
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (value) => (value.trim() ? null : t('groups.post.empty')) },
  });
  const errors = useServerErrors(form);
  const send = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/groups/{groupId}/posts', {
          params: { path: { groupId } },
          body: { body: values.body.trim(), parentId },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: groupKeys.posts(groupId) });

  const done = (post: GroupPost) => {
    setWritten(null);
    form.reset();
    void refresh();
    notify.success(
      post.state === 'pending'
        ? t('groups.post.sentPending')
        : parentId
          ? t('groups.post.replied')
          : t('groups.post.sent'),
    );
  };

  const submit = async (values: typeof form.values) => {
    let post = written;
    if (!post) {
      files.dismiss();
      post = await send.mutateAsync(values).catch(() => null);
      if (!post) return;
    }
    if (files.files.length > 0) {
      const postId = post.id;
      const { waiting } = await files.upload((file, key) => uploadPostFile(groupId, postId, file, key));
      if (waiting > 0) {
        setWritten(post);
        void refresh();
        return;
      }
    }
    done(post);
  };

  const skipFiles = () => {
    if (!written) return;
    files.clear();
    done(written);
  };

  const busy = send.isPending || files.busy;
  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="xs">
        <Textarea
          label={parentId ? t('groups.post.replyLabel') : t('groups.post.label')}
          description={moderated && !parentId ? t('groups.post.moderatedHelp') : undefined}
          autosize
          minRows={parentId ? 2 : 3}
          maxRows={12}
          maxLength={LIMITS.post}
          // Once written, the text is on the server; only its files wait.
          readOnly={written !== null}
          {...form.getInputProps('body')}
        />
        <PhotoPicker
          files={files.files}
          onChange={files.setFiles}
          disabled={busy}
          label={t('groups.files.pick')}
          maxFiles={POST_FILES_MAX}
        />
        <FormError message={errors.formError} />
        {written ? (
          <Alert color="yellow" variant="light" title={t('groups.files.waitingTitle')}>
            {t('groups.files.waitingText')}
          </Alert>
        ) : null}
        <UploadProblems queue={files} />
        <Group gap="xs">
          <Button type="submit" loading={busy}>
            {written ? t('groups.files.retry') : parentId ? t('groups.post.reply') : t('groups.post.publish')}
          </Button>
          {written ? (
            <Button variant="default" onClick={skipFiles} disabled={busy}>
              {t('groups.files.skip')}
            </Button>
          ) : null}
        </Group>
        <UploadProgress queue={files} />
      </Stack>
    </form>
  );
}
