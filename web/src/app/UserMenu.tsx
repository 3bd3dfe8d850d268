import { Avatar, Button, Divider, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../api/types';
import { useLogout } from '../areas/accounts/session';
import { useOutbox } from '../areas/incidents/outbox/useOutbox';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.[0]?.toUpperCase() ?? '').join('') || '?';
}

function MenuLink({ to, onClick, children }: { to: string; onClick: () => void; children: ReactNode }) {
  return (
    <Button
      component={Link}
      to={to}
      variant="subtle"
      size="sm"
      px="sm"
      fullWidth
      justify="flex-start"
      onClick={onClick}
    >
      {children}
    </Button>
  );
}

/** A disclosure with the account's links and log-out buttons (plain links and buttons, not an ARIA menu). */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const logoutEverywhere = useLogout(true);
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const waiting = useOutbox(me.user.id).length;
  const [warned, setWarned] = useState(false);
  const close = () => {
    setOpened(false);
    setWarned(false);
  };

  const signOut = (mutation: typeof logout) => {
    // Logging out clears the outbox on this device; unsent reports would be lost without a warning.
    if (waiting > 0 && !warned) {
      setWarned(true);
      return;
    }
    mutation.mutate(undefined, {
      onSettled: () => {
        close();
        navigate('/');
      },
    });
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={260}
      withinPortal={false}
      withRoles={false}
      returnFocus
      shadow="md"
    >
      <Popover.Target>
        <UnstyledButton
          aria-label={t('nav.userMenu')}
          aria-expanded={opened}
          aria-controls={opened ? panelId : undefined}
          className="user-menu-button"
          onClick={() => setOpened((open) => !open)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <Avatar color="vaksam" radius="xl" size={36} aria-hidden>
            {initials(me.user.name)}
          </Avatar>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown id={panelId} p="xs">
        <Stack gap={4}>
          <Text size="sm" fw={600} px="sm" pt={4}>
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" px="sm" style={{ overflowWrap: 'anywhere' }}>
            {me.user.email}
          </Text>
          <Divider my={4} />
          {me.mfaEnrolmentRequired ? null : (
            <>
              <MenuLink to="/incidents" onClick={close}>
                {me.memberships.some((m) => m.role !== 'reporter') ? t('nav.incidents') : t('nav.myReports')}
              </MenuLink>
              <MenuLink to="/orgs" onClick={close}>
                {t('nav.myOrganisations')}
              </MenuLink>
              <MenuLink to="/groups" onClick={close}>
                {t('nav.groups')}
              </MenuLink>
              <MenuLink to="/warnings" onClick={close}>
                {t('nav.warnings')}
              </MenuLink>
              <MenuLink to="/library" onClick={close}>
                {t('nav.library')}
              </MenuLink>
              <MenuLink to="/fraud-list" onClick={close}>
                {t('nav.fraudList')}
              </MenuLink>
              <MenuLink to="/fraud-reports" onClick={close}>
                {t('nav.fraudReports')}
              </MenuLink>
              <MenuLink to="/profile" onClick={close}>
                {t('nav.profile')}
              </MenuLink>
              {me.user.platformRole ? (
                <>
                  <MenuLink to="/admin/memberships" onClick={close}>
                    {t('nav.memberships')}
                  </MenuLink>
                  <MenuLink to="/admin/group-creators" onClick={close}>
                    {t('nav.groupCreators')}
                  </MenuLink>
                  <MenuLink to="/admin/fraud-reports" onClick={close}>
                    {t('nav.reviewFraudReports')}
                  </MenuLink>
                  <MenuLink to="/admin/warnings" onClick={close}>
                    {t('nav.writeWarnings')}
                  </MenuLink>
                </>
              ) : null}
              <Divider my={4} />
            </>
          )}
          {warned ? (
            <Text size="sm" c="red" px="sm" role="alert">
              {t('outbox.logoutWarning', { count: waiting })}
            </Text>
          ) : null}
          <Button
            variant="subtle"
            size="sm"
            px="sm"
            fullWidth
            justify="flex-start"
            loading={logout.isPending}
            onClick={() => signOut(logout)}
          >
            {warned ? t('outbox.logoutAnyway') : t('nav.logout')}
          </Button>
          <Button
            variant="subtle"
            size="sm"
            px="sm"
            fullWidth
            justify="flex-start"
            loading={logoutEverywhere.isPending}
            onClick={() => signOut(logoutEverywhere)}
          >
            {t('nav.logoutEverywhere')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
