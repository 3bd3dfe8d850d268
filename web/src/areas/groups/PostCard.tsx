import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDateTime } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { MemberBadge } from './badges';
import type { GroupContext } from './context';
import { PostAttachments } from './PostAttachments';
import { type GroupPost, groupKeys, LIMITS } from './queries';

interface PostCardProps {
  post: GroupPost;
  context: Pick<GroupContext, 'meId' | 'isAdmin' | 'mayWrite'> & { archived: boolean };
  /** In a list: a link to the thread with its reply count. */
  linkToThread?: boolean;
  /** Reported posts: the admin may also ban the author. */
  withBan?: boolean;
  onRemoved?: () => void;
  component?: 'li' | 'article';
}

/** GRP-4: one post, with what the reader may do with it. */
export function PostCard({
  post,
  context,
  linkToThread = false,
  withBan = false,
  onRemoved,
  component = 'li',
}: PostCardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const path = { groupId: post.groupId, postId: post.id };
  const own = post.author?.id === context.meId;
  const author = post.author ? post.author.name : t('groups.post.deletedAuthor');
  const refresh = () => queryClient.invalidateQueries({ queryKey: groupKeys.posts(post.groupId) });
  const threadId = post.parentId ?? post.id;
  const threadPath = `/groups/${post.groupId}/posts/${threadId}`;

  const approve = useMutation({
    mutationFn: () => unwrap(api.POST('/groups/{groupId}/posts/{postId}/approval', { params: { path } })),
    onSuccess: async () => {
      await refresh();
      notify.success(t('groups.post.approved', { name: author }));
    },
    onError: (error) => notify.error(errorMessage(error, t)),
  });

  return (
    <Paper component={component} withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group gap={6} justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap={6}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {author}
                {own ? ` (${t('groups.you')})` : ''}
              </Text>
              <MemberBadge badge={post.author?.badge ?? null} />
            </Group>
            <Text size="xs" c="dimmed">
              <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
              {post.editedAt ? ` · ${t('groups.post.edited')}` : ''}
            </Text>
          </Stack>
        </Group>
        {post.state === 'pending' || post.reportCount > 0 ? (
          <Group gap={6}>
            {post.state === 'pending' ? (
              <Badge color="orange" variant="light" tt="none">
                {t('groups.post.pending')}
              </Badge>
            ) : null}
            {post.reportCount > 0 ? (
              <Badge color="red" variant="light" tt="none">
                {t('groups.post.reportCount', { count: post.reportCount })}
              </Badge>
            ) : null}
          </Group>
        ) : null}
        {editing ? (
          <EditPost post={post} onDone={() => setEditing(false)} />
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{post.body}</Text>
        )}
        <PostAttachments post={post} canRemove={post.canRemove && !context.archived} />
        {editing ? null : (
          <Group gap="xs" justify="space-between" align="center">
            {linkToThread ? (
              <Anchor component={Link} to={threadPath} size="sm" fw={600}>
                {post.parentId
                  ? t('groups.post.inThread')
                  : post.replyCount > 0
                    ? t('groups.post.replies', { count: post.replyCount })
                    : post.state === 'published' && context.mayWrite
                      ? t('groups.post.replyLink')
                      : t('groups.post.open')}
              </Anchor>
            ) : (
              <span />
            )}
            <Group gap={6}>
              {context.isAdmin && post.state === 'pending' && !context.archived ? (
                <Button
                  size="xs"
                  onClick={() => approve.mutate()}
                  loading={approve.isPending}
                  aria-label={t('groups.post.approveNamed', { name: author })}
                >
                  {t('groups.post.approve')}
                </Button>
              ) : null}
              {post.canEdit && !context.archived ? (
                <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                  {t('groups.post.edit')}
                </Button>
              ) : null}
              {post.canRemove ? (
                <ConfirmButton
                  size="xs"
                  title={own ? t('groups.post.deleteTitle') : t('groups.post.removeTitle')}
                  message={own ? t('groups.post.deleteText') : t('groups.post.removeText', { name: author })}
                  confirmLabel={t('groups.post.delete')}
                  aria-label={own ? undefined : t('groups.post.removeNamed', { name: author })}
                  describeError={(error) => errorMessage(error, t)}
                  onConfirm={async () => {
                    await unwrap(api.DELETE('/groups/{groupId}/posts/{postId}', { params: { path } }));
                    notify.success(t('groups.post.deleted'));
                    onRemoved?.();
                    await refresh();
                  }}
                >
                  {t('groups.post.delete')}
                </ConfirmButton>
              ) : null}
              {!own && post.author && post.state === 'published' ? (
                <ReportButton post={post} author={author} />
              ) : null}
              {withBan && post.author && !own && !context.archived ? (
                <BanButton groupId={post.groupId} userId={post.author.id} name={author} />
              ) : null}
            </Group>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function EditPost({ post, onDone }: { post: GroupPost; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { body: post.body },
    validate: { body: (value) => (value.trim() ? null : t('groups.post.empty')) },
  });
  const errors = useServerErrors(form);
  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.PATCH('/groups/{groupId}/posts/{postId}', {
          params: { path: { groupId: post.groupId, postId: post.id } },
          body: { body: values.body.trim() },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: groupKeys.posts(post.groupId) });
      notify.success(t('groups.post.saved'));
      onDone();
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('groups.post.editLabel')}
          autosize
          minRows={3}
          maxRows={12}
          maxLength={LIMITS.post}
          // The user just asked to edit this text.
          autoFocus
          {...form.getInputProps('body')}
        />
        <FormError message={errors.formError} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** GRP-4: tells the group's admins that a post breaks the rules. */
function ReportButton({ post, author }: { post: GroupPost; author: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim().length >= 3 ? null : t('groups.report.reasonRequired')) },
  });
  const errors = useServerErrors(form);
  const report = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/groups/{groupId}/posts/{postId}/reports', {
          params: { path: { groupId: post.groupId, postId: post.id } },
          body: { reason: values.reason.trim() },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: () => {
      notify.success(t('groups.report.sent'));
      form.reset();
      close();
    },
  });
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        color="gray"
        onClick={open}
        aria-label={t('groups.report.buttonNamed', { name: author })}
      >
        {t('groups.report.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('groups.report.title')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={form.onSubmit((values) => report.mutate(values))} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('groups.report.lead')}</Text>
            <Textarea
              label={t('groups.report.reason')}
              autosize
              minRows={3}
              maxLength={LIMITS.report}
              required
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <FormError message={errors.formError} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={report.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={report.isPending}>
                {t('groups.report.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** GRP-4: an admin bans a member, who then loses the group and cannot apply again. */
export function BanButton({ groupId, userId, name }: { groupId: string; userId: string; name: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ConfirmButton
      size="xs"
      aria-label={t('groups.ban.buttonNamed', { name })}
      title={t('groups.ban.title')}
      message={t('groups.ban.text', { name })}
      confirmLabel={t('groups.ban.confirm')}
      describeError={(error) => errorMessage(error, t)}
      onConfirm={async () => {
        await unwrap(api.POST('/groups/{groupId}/bans', { params: { path: { groupId } }, body: { userId } }));
        notify.success(t('groups.ban.done', { name }));
        await queryClient.invalidateQueries({ queryKey: groupKeys.one(groupId) });
      }}
    >
      {t('groups.ban.button')}
    </ConfirmButton>
  );
}
