import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { errorMessage } from '../../ui/errorMessage';
import { Section } from '../../ui/Section';
import { useLogout } from './session';

export function SessionsSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logoutEverywhere = useLogout(true);

  return (
    <Section title={t('profile.sessionsTitle')}>
      <Text size="sm">{t('profile.sessionsText')}</Text>
      <div>
        <ConfirmButton
          title={t('profile.logoutEverywhereTitle')}
          message={t('profile.logoutEverywhereText')}
          confirmLabel={t('nav.logoutEverywhere')}
          describeError={(error) => errorMessage(error, t)}
          onConfirm={async () => {
            await logoutEverywhere.mutateAsync();
            navigate('/login');
          }}
        >
          {t('nav.logoutEverywhere')}
        </ConfirmButton>
      </div>
    </Section>
  );
}
