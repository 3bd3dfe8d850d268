import { Button, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { groupKeys, LIMITS } from './queries';

/** GRP-4: a new thread, or with `parentId` a reply to one. */
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
    onSuccess: (post) => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey: groupKeys.posts(groupId) });
      notify.success(
        post.state === 'pending'
          ? t('groups.post.sentPending')
          : parentId
            ? t('groups.post.replied')
            : t('groups.post.sent'),
      );
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => send.mutate(values))} noValidate>
      <Stack gap="xs">
        <Textarea
          label={parentId ? t('groups.post.replyLabel') : t('groups.post.label')}
          description={moderated && !parentId ? t('groups.post.moderatedHelp') : undefined}
          autosize
          minRows={parentId ? 2 : 3}
          maxRows={12}
          maxLength={LIMITS.post}
          {...form.getInputProps('body')}
        />
        <FormError message={errors.formError} />
        <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
          {parentId ? t('groups.post.reply') : t('groups.post.publish')}
        </Button>
      </Stack>
    </form>
  );
}
