import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { CrisisProfileSection } from '../crisis/CrisisProfileSection';
import { NotificationSettings } from '../notifications/NotificationSettings';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileDetailsForm } from './ProfileDetailsForm';
import { SessionsSection } from './SessionsSection';
import { useMe } from './session';
import { TwoFactorSection } from './TwoFactorSection';

export function ProfilePage() {
  const { t } = useTranslation();
  const { data: me, error, refetch } = useMe();

  return (
    <Page title={t('profile.title')}>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      {me ? (
        <Stack gap="lg">
          <Section title={t('profile.detailsTitle')}>
            <ProfileDetailsForm user={me.user} />
          </Section>
          <Section title={t('profile.passwordTitle')}>
            <ChangePasswordForm />
          </Section>
          <CrisisProfileSection />
          <NotificationSettings />
          <TwoFactorSection enabled={me.user.totpEnabled} />
          <SessionsSection />
        </Stack>
      ) : (
        !error && <PageLoader />
      )}
    </Page>
  );
}
