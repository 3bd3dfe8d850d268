import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useMe } from '../areas/accounts/session';
import { ButtonLink } from '../ui/RouterLinks';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { UserMenu } from './UserMenu';

const HIDE_LOGIN_ON = ['/', '/login', '/signup', '/invite'];

export function Header() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const showNav = me && !me.mfaEnrolmentRequired;
  // These pages offer logging in themselves; a second link would only compete with it.
  const showLogin =
    me === null && !HIDE_LOGIN_ON.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
      <Group component="nav" aria-label={t('nav.main')} gap="md" wrap="nowrap">
        <Anchor component={Link} to="/" className="brand" underline="never">
          <Logo />
          <span>Vaksam</span>
        </Anchor>
        {showNav ? (
          <Anchor component={NavLink} to="/orgs" visibleFrom="sm" className="header-link">
            {t('nav.myOrganisations')}
          </Anchor>
        ) : null}
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageSwitch />
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
