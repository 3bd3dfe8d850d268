import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../ui/Page';
import { TextLink } from '../../ui/RouterLinks';
import { CheckEmailNotice } from './CheckEmailNotice';
import { ResendVerificationForm } from './ResendVerificationForm';
import { SignupForm } from './SignupForm';

export function SignupPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const inviteToken = params.get('invite') ?? undefined;
  const next = params.get('next');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const loginLink = next ? `/login?next=${encodeURIComponent(next)}` : '/login';

  if (sentTo) {
    return (
      <Page title={t('signup.sentTitle')} size="xs">
        <CheckEmailNotice title={t('signup.sentHeading')}>{t('signup.sentText', { email: sentTo })}</CheckEmailNotice>
        <Text size="sm">{t('signup.noMail')}</Text>
        <ResendVerificationForm initialEmail={sentTo} />
        <TextLink to={loginLink}>{t('signup.toLogin')}</TextLink>
      </Page>
    );
  }

  return (
    <Page title={t('signup.title')} description={t('signup.description')} size="xs">
      <Stack gap="lg">
        {inviteToken ? (
          <Alert color="vaksam" variant="light">
            {t('signup.withInvite')}
          </Alert>
        ) : null}
        <SignupForm
          inviteToken={inviteToken}
          initialEmail={params.get('email') ?? ''}
          onSignedUp={(email) => setSentTo(email)}
        />
        <Text size="sm" ta="center">
          {t('signup.haveAccount')} <TextLink to={loginLink}>{t('signup.login')}</TextLink>
        </Text>
      </Stack>
    </Page>
  );
}
