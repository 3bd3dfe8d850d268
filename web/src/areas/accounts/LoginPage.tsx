import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../api/types';
import { Page } from '../../ui/Page';
import { LoginPasswordForm } from './LoginPasswordForm';
import { LoginTotpForm } from './LoginTotpForm';
import { safeNextPath } from './nextPath';
import { useAdoptSession, useMe } from './session';

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const adoptSession = useAdoptSession();
  const { data: me } = useMe();
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [finished, setFinished] = useState(false);

  const finish = (session: Me) => {
    setFinished(true);
    adoptSession(session);
    navigate(session.mfaEnrolmentRequired ? '/mfa-setup' : next, { replace: true });
  };

  if (me && !finished) return <Navigate to={next} replace />;

  return step === 'password' ? (
    <Page title={t('login.title')} size="xs">
      <LoginPasswordForm next={next} onLoggedIn={finish} onTotpRequired={() => setStep('totp')} />
    </Page>
  ) : (
    <Page title={t('login.totpTitle')} description={t('login.totpDescription')} size="xs">
      <LoginTotpForm onLoggedIn={finish} onCancel={() => setStep('password')} />
    </Page>
  );
}
