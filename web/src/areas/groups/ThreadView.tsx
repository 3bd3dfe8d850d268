import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { LoadError } from '../../ui/LoadError';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { useGroupContext } from './context';
import { PostCard } from './PostCard';
import { PostComposer } from './PostComposer';
import { useThread } from './queries';

/** GRP-4: a thread with its replies, oldest first, and a reply composer. */
export function ThreadView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { postId = '' } = useParams();
  const { group, meId, isAdmin, mayWrite } = useGroupContext();
  const thread = useThread(group.id, postId);
  const feedPath = `/groups/${group.id}`;
  const back = <TextLink to={feedPath}>{t('groups.thread.back')}</TextLink>;
  const context = { meId, isAdmin, mayWrite, archived: Boolean(group.archivedAt) };

  if (thread.isPending) return <PageLoader />;
  if (thread.isError) {
    return (
      <Stack gap="md" align="flex-start">
        <LoadError error={thread.error} onRetry={() => void thread.refetch()} />
        {back}
      </Stack>
    );
  }
  const { replies, ...post } = thread.data;
  return (
    <Stack gap="md">
      {back}
      <Title order={2}>{t('groups.thread.title')}</Title>
      <PostCard
        post={post}
        context={context}
        component="article"
        onRemoved={() => navigate(feedPath, { replace: true })}
      />
      <Stack component="section" gap="sm" aria-labelledby="thread-replies">
        <Title order={3} id="thread-replies">
          {t('groups.thread.replies', { count: replies.length })}
        </Title>
        {replies.length > 0 ? (
          <Stack component="ul" gap="sm" className="plain-list" aria-labelledby="thread-replies">
            {replies.map((reply) => (
              <PostCard key={reply.id} post={reply} context={context} />
            ))}
          </Stack>
        ) : null}
        {post.state === 'pending' ? (
          <Alert color="yellow" variant="light">
            {t('groups.thread.pendingNoReplies')}
          </Alert>
        ) : mayWrite ? (
          <PostComposer groupId={group.id} parentId={post.id} />
        ) : null}
      </Stack>
    </Stack>
  );
}
