import { Alert, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../ui/errorMessage';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { ResendVerificationForm } from './ResendVerificationForm';
import { useMe } from './session';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const { data: me } = useMe();
  const started = useRef(false);
  const verify = useMutation({
    mutationFn: (value: string) => unwrap(api.POST('/auth/verify-email', { body: { token: value } })),
  });
  const { mutate } = verify;

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    mutate(token);
  }, [token, mutate]);

  if (!token) {
    return (
      <Page title={t('verify.resendTitle')} description={t('verify.resendDescription')} size="xs">
        <ResendVerificationForm />
      </Page>
    );
  }

  if (verify.isSuccess) {
    return (
      <Page title={t('verify.doneTitle')} size="xs">
        <Alert color="green" variant="light" title={t('verify.doneHeading')}>
          {t('verify.doneText')}
        </Alert>
        <div>
          {me ? (
            <ButtonLink to="/">{t('common.toStart')}</ButtonLink>
          ) : (
            <ButtonLink to="/login">{t('verify.toLogin')}</ButtonLink>
          )}
        </div>
      </Page>
    );
  }

  if (verify.isError) {
    return (
      <Page title={t('verify.failedTitle')} size="xs">
        <Stack gap="lg">
          <Alert color="red" variant="light" title={t('verify.failedHeading')}>
            {errorMessage(verify.error, t)}
          </Alert>
          <Text>{t('verify.resendDescription')}</Text>
          <ResendVerificationForm />
        </Stack>
      </Page>
    );
  }

  return (
    <Page title={t('verify.pendingTitle')} size="xs">
      <PageLoader />
    </Page>
  );
}
