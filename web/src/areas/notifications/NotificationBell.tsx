import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BellIcon } from './BellIcon';
import { useUnreadCount } from './queries';

/** The header's way into the notification centre, with the number of unread notices. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data: count = 0 } = useUnreadCount(true);
  const label =
    count === 0
      ? t('notifications.bell')
      : t(`notifications.bellUnread.${count === 1 ? 'one' : 'many'}`, { count });
  return (
    <Indicator
      // The link's name already says how many; the badge is for the eye only.
      label={<span aria-hidden="true">{count > 99 ? '99+' : count}</span>}
      size={18}
      offset={6}
      color="red.8"
      disabled={count === 0}
      withBorder
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        color="dark"
        size={40}
        radius="xl"
        aria-label={label}
        title={label}
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
