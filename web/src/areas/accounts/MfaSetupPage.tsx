import { Button, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { Page } from '../../ui/Page';
import { meQueryKey, useLogout, useMe } from './session';
import { TotpEnrolment } from './TotpEnrolment';

/** Shown instead of everything else while the session must enrol two-factor authentication. */
export function MfaSetupPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useLogout();
  // Decided once: after enabling, `me` changes while the recovery codes are still on screen.
  const [alreadyEnrolled] = useState(() => Boolean(me?.user.totpEnabled && !me.mfaEnrolmentRequired));

  if (alreadyEnrolled) return <Navigate to="/" replace />;

  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: meQueryKey });
    navigate('/', { replace: true });
  };

  return (
    <Page
      title={t('mfaSetup.title')}
      description={me?.mfaEnrolmentRequired ? t('mfaSetup.required') : t('totp.sectionDescription')}
    >
      <Stack gap="lg">
        <TotpEnrolment onDone={() => void done()} />
        <Button
          variant="subtle"
          style={{ alignSelf: 'flex-start' }}
          loading={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/') })}
        >
          {t('nav.logout')}
        </Button>
      </Stack>
    </Page>
  );
}
