import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/RouterLinks';

/** Not logged in: create an account with the invite, or log in and come back here. */
export function InviteGuestActions({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const here = `/invite/${encodeURIComponent(token)}`;
  // Signing up with the token accepts the invite, so there is no invite page to come back to.
  const signup = `/signup?${new URLSearchParams({ invite: token, email }).toString()}`;
  const login = `/login?${new URLSearchParams({ next: here }).toString()}`;

  return (
    <Stack gap="sm">
      <Text>{t('invite.guestText')}</Text>
      <ButtonLink to={signup} size="lg" fullWidth>
        {t('invite.signup')}
      </ButtonLink>
      <ButtonLink to={login} size="lg" fullWidth variant="default">
        {t('invite.login')}
      </ButtonLink>
    </Stack>
  );
}
