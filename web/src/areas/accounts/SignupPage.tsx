import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../ui/Page';
import { ButtonLink, TextLink } from '../../ui/RouterLinks';
import { CheckEmailNotice } from './CheckEmailNotice';
import { ResendVerificationForm } from './ResendVerificationForm';
import { SignupForm } from './SignupForm';

export function SignupPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const inviteToken = params.get('invite') ?? undefined;
  const next = params.get('next');
  const invitedEmail = params.get('email');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const loginLink = next ? `/login?next=${encodeURIComponent(next)}` : '/login';
  const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

  if (sentTo && inviteToken && invitedEmail && sameAddress(sentTo, invitedEmail)) {
    // With the invited address the server verifies it and adds the membership at once.
    return (
      <Page title={t('signup.inviteDoneTitle')} size="xs">
        <CheckEmailNotice title={t('signup.inviteDoneHeading')}>
          {t('signup.inviteDoneText')}
        </CheckEmailNotice>
        <div>
          <ButtonLink to="/login">{t('signup.login')}</ButtonLink>
        </div>
      </Page>
    );
  }

  if (sentTo) {
    return (
      <Page title={t('signup.sentTitle')} size="xs">
        <CheckEmailNotice title={t('signup.sentHeading')}>
          {t('signup.sentText', { email: sentTo })}
        </CheckEmailNotice>
        <Text size="sm">{t('signup.noMail')}</Text>
        <ResendVerificationForm initialEmail={sentTo} />
        <TextLink to={loginLink}>{t('signup.toLogin')}</TextLink>
      </Page>
    );
  }

  return (
    <Page
      title={t('signup.title')}
      description={t(inviteToken ? 'signup.descriptionInvite' : 'signup.description')}
      size="xs"
    >
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
