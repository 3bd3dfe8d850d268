import { Stack, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Section } from '../../ui/Section';
import { useMe } from '../accounts/session';
import { PreferenceGrid } from './PreferenceGrid';
import { PushSetting } from './PushSetting';

const ANCHOR = 'notiser';

/** The profile page's section: push on this device, and which notices come on which channel. */
export function NotificationSettings() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const staff = me?.memberships.some((m) => m.role !== 'reporter') ?? false;
  const { hash } = useLocation();
  const anchor = useRef<HTMLDivElement>(null);
  // Linked from the notification centre as /profile#notiser; the shell scrolls to the top after navigating.
  useEffect(() => {
    if (hash !== `#${ANCHOR}`) return;
    const timer = setTimeout(() => anchor.current?.scrollIntoView({ block: 'start' }), 50);
    return () => clearTimeout(timer);
  }, [hash]);
  return (
    <div id={ANCHOR} ref={anchor} style={{ scrollMarginTop: 72 }}>
      <Section title={t('notifications.settingsTitle')} description={t('notifications.settingsText')}>
        <Stack gap="xs">
          <Title order={3}>{t('notifications.push.title')}</Title>
          <PushSetting />
        </Stack>
        <Stack gap="xs">
          <Title order={3}>{t('notifications.preferences.title')}</Title>
          <PreferenceGrid staff={staff} />
        </Stack>
      </Section>
    </div>
  );
}
