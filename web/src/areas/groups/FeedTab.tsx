import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { PageLoader } from '../../ui/PageLoader';
import { useGroupContext } from './context';
import { PostCard } from './PostCard';
import { PostComposer } from './PostComposer';
import { type FeedView, useGroupFeed } from './queries';

/** GRP-4: the group's threads, newest first, with a composer for a new one. */
export function FeedTab() {
  const { t } = useTranslation();
  const { group, isAdmin, mayWrite } = useGroupContext();
  return (
    <Stack gap="md">
      <Title order={2}>{t('groups.tabs.feed')}</Title>
      {mayWrite ? (
        <PostComposer groupId={group.id} moderated={group.settings.moderation && !isAdmin} />
      ) : group.archivedAt ? null : (
        <Alert color="gray" variant="light">
          {t('groups.post.adminsOnly')}
        </Alert>
      )}
      <PostList view="feed" />
    </Stack>
  );
}

/** GRP-4: the moderation queue and the reported posts, for the group's admins. */
export function ModerationTab({ view }: { view: Exclude<FeedView, 'feed'> }) {
  const { t } = useTranslation();
  const { isAdmin } = useGroupContext();
  if (!isAdmin) {
    return (
      <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
        {t('groups.adminOnly')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{t(`groups.moderation.${view}Title`)}</Title>
        <Text size="sm" c="dimmed">
          {t(`groups.moderation.${view}Lead`)}
        </Text>
      </Stack>
      <PostList view={view} />
    </Stack>
  );
}

function PostList({ view }: { view: FeedView }) {
  const { t } = useTranslation();
  const { group, meId, isAdmin, mayWrite } = useGroupContext();
  const posts = useGroupFeed(group.id, view);
  const context = { meId, isAdmin, mayWrite, archived: Boolean(group.archivedAt) };
  return (
    <>
      {posts.isPending ? <PageLoader /> : null}
      {posts.isError ? <LoadError error={posts.error} onRetry={() => void posts.refetch()} /> : null}
      {posts.isSuccess && posts.items.length === 0 ? (
        <EmptyState title={t(`groups.empty.${view}Title`)} description={t(`groups.empty.${view}Text`)} />
      ) : null}
      {posts.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t(`groups.listLabel.${view}`)}>
          {posts.items.map((post) => (
            <PostCard
              key={post.id}
              post={post}
              context={context}
              linkToThread
              withBan={view === 'reported'}
            />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={posts.hasNextPage}
        loading={posts.isFetchingNextPage}
        onLoad={() => void posts.fetchNextPage()}
      />
    </>
  );
}
