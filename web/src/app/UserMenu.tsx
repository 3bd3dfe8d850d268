import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../api/types';
import { useLogout } from '../areas/accounts/session';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.[0]?.toUpperCase() ?? '').join('') || '?';
}

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const logoutEverywhere = useLogout(true);

  const signOut = (mutation: typeof logout) => {
    mutation.mutate(undefined, { onSettled: () => navigate('/') });
  };

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.userMenu')} className="user-menu-button">
          <Avatar color="vaksam" radius="xl" size={36} aria-hidden>
            {initials(me.user.name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.name}</Menu.Label>
        {me.mfaEnrolmentRequired ? null : (
          <>
            <Menu.Item component={Link} to="/orgs">
              {t('nav.myOrganisations')}
            </Menu.Item>
            <Menu.Item component={Link} to="/profile">
              {t('nav.profile')}
            </Menu.Item>
            <Menu.Divider />
          </>
        )}
        <Menu.Item onClick={() => signOut(logout)}>{t('nav.logout')}</Menu.Item>
        <Menu.Item onClick={() => signOut(logoutEverywhere)}>{t('nav.logoutEverywhere')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
