import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadWarnings } from './queries';
import { WarningIcon } from './WarningIcon';

/** The header's way into the warnings feed, with the number of warnings not opened yet. */
export function WarningsLink() {
  const { t } = useTranslation();
  const { data: count = 0 } = useUnreadWarnings(true);
  const label =
    count === 0 ? t('warnings.link') : t(`warnings.linkUnread.${count === 1 ? 'one' : 'many'}`, { count });
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
        to="/warnings"
        variant="subtle"
        color="dark"
        // A little smaller than the bell beside it: the phone's header has no room to spare.
        size={36}
        radius="xl"
        aria-label={label}
        title={label}
      >
        <WarningIcon />
      </ActionIcon>
    </Indicator>
  );
}
