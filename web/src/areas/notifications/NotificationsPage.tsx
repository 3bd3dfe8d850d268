import { Box, Button, Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { notify } from '../../ui/notify';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import {
  type Notification,
  useMarkAllRead,
  useMarkRead,
  useNotificationList,
  useUnreadCount,
} from './queries';

/** NOTIF-1: the notification centre, newest first; opening a notice marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useNotificationList();
  const unread = useUnreadCount(true);
  const markAll = useMarkAllRead();

  const markAllRead = () =>
    markAll.mutate(undefined, {
      onSuccess: () => notify.success(t('notifications.allMarkedRead')),
      onError: (error) => notify.error(errorMessage(error, t)),
    });

  return (
    <Page
      title={t('notifications.title')}
      description={<TextLink to="/profile#notiser">{t('notifications.settingsLink')}</TextLink>}
      actions={
        list.items.length > 0 ? (
          <Button
            variant="default"
            size="sm"
            onClick={markAllRead}
            loading={markAll.isPending}
            disabled={!unread.data}
          >
            {t('notifications.markAllRead')}
          </Button>
        ) : null
      }
    >
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && list.items.length === 0 ? (
        <EmptyState title={t('notifications.emptyTitle')} description={t('notifications.emptyText')} />
      ) : null}
      {list.items.length > 0 ? (
        <Stack component="ul" gap="xs" className="plain-list" aria-label={t('notifications.title')}>
          {list.items.map((notice) => (
            <NotificationRow key={notice.id} notice={notice} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </Page>
  );
}

function NotificationRow({ notice }: { notice: Notification }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const unread = notice.readAt === null;

  const open = () => {
    if (unread) markRead.mutate(notice.id);
    if (notice.url) navigate(notice.url);
  };

  return (
    <li>
      <UnstyledButton onClick={open} w="100%" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
        <Paper withBorder p="sm" radius="md" bg={unread ? 'blue.0' : undefined}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Box
              w={10}
              h={10}
              mt={7}
              style={{ flexShrink: 0, borderRadius: '50%' }}
              bg={unread ? 'blue.7' : 'transparent'}
              aria-hidden="true"
            />
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={unread ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
                {unread ? <VisuallyHidden>{t('notifications.unreadLabel')}: </VisuallyHidden> : null}
                {notice.title}
              </Text>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {notice.body}
              </Text>
              <Text size="xs" c="dimmed">
                <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt)}</time>
              </Text>
            </Stack>
          </Group>
        </Paper>
      </UnstyledButton>
    </li>
  );
}
