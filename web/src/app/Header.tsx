import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useMe } from '../areas/accounts/session';
import { NotificationBell } from '../areas/notifications/NotificationBell';
import { WarningsLink } from '../areas/warnings/WarningsLink';
import { ButtonLink } from '../ui/RouterLinks';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { UserMenu } from './UserMenu';

const HIDE_LOGIN_ON = ['/', '/login', '/signup', '/invite', '/group-invite'];

export function Header() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const showNav = me && !me.mfaEnrolmentRequired;
  const isManager = me?.memberships.some((m) => m.role !== 'reporter') ?? false;
  // These pages offer logging in themselves; a second link would only compete with it.
  const showLogin =
    me === null && !HIDE_LOGIN_ON.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  // Varningslistan is for everyone. On a phone it fits beside the brand only while the header has no login
  // button or app links; otherwise the start page (signed out) and the user menu (signed in) lead there.
  const fraudListFrom = showNav ? 'lg' : showLogin ? 'xs' : undefined;

  return (
    // On a 390 px phone the signed-in header holds the brand, Rapportera, the language switch, warnings,
    // notifications and the user menu; only tight gaps keep the last of them on the screen.
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap={4}>
      <Group component="nav" aria-label={t('nav.main')} gap="md" wrap="nowrap">
        <Anchor
          component={Link}
          to="/"
          className={showNav ? 'brand brand-compact' : 'brand'}
          underline="never"
        >
          <Logo />
          <span>Vaksam</span>
        </Anchor>
        {showNav ? (
          <>
            <Anchor component={NavLink} to="/incidents" visibleFrom="sm" className="header-link">
              {isManager ? t('nav.incidents') : t('nav.myReports')}
            </Anchor>
            <Anchor component={NavLink} to="/orgs" visibleFrom="sm" className="header-link">
              {t('nav.myOrganisations')}
            </Anchor>
            {/* Between sm and md more links push the header's buttons off the screen; the user menu has them. */}
            <Anchor component={NavLink} to="/groups" visibleFrom="md" className="header-link">
              {t('nav.groups')}
            </Anchor>
            <Anchor component={NavLink} to="/library" visibleFrom="md" className="header-link">
              {t('nav.library')}
            </Anchor>
          </>
        ) : null}
        <Anchor component={NavLink} to="/fraud-list" visibleFrom={fraudListFrom} className="header-link">
          {t('nav.fraudList')}
        </Anchor>
      </Group>
      <Group gap={4} wrap="nowrap">
        {showNav && pathname !== '/report' ? (
          <ButtonLink to="/report" size="sm" px="sm" variant="filled" color="red.8">
            {t('nav.report')}
          </ButtonLink>
        ) : null}
        <LanguageSwitch />
        {showNav ? <WarningsLink /> : null}
        {showNav ? <NotificationBell /> : null}
        {me ? (
          <UserMenu me={me} />
        ) : showLogin ? (
          <ButtonLink to="/login" size="sm" variant="filled">
            {t('nav.login')}
          </ButtonLink>
        ) : null}
      </Group>
    </Group>
  );
}
