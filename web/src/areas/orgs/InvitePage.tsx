import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { hasStatus } from '../../api/errors';
import { formatDate } from '../../ui/dates';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { AcceptInviteButton } from './AcceptInviteButton';
import { InviteGuestActions } from './InviteGuestActions';
import { orgKeys } from './queries';
import { roleLabel } from './roles';

/** Where the e-mailed invite link lands: shows the organisation and lets the user join. */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data: me, isPending: meLoading } = useMe();
  const preview = useQuery({
    queryKey: orgKeys.invite(token),
    queryFn: () => unwrap(api.GET('/invites/{token}', { params: { path: { token } } })),
    retry: false,
  });

  if (preview.isPending || meLoading) {
    return (
      <Page title={t('invite.title')} size="xs">
        <PageLoader />
      </Page>
    );
  }

  if (preview.isError) {
    const gone = [400, 404, 410].some((status) => hasStatus(preview.error, status));
    return (
      <Page title={t('invite.title')} size="xs">
        {gone ? (
          <Alert color="red" variant="light" title={t('invite.invalidTitle')}>
            {t('invite.invalidText')}
          </Alert>
        ) : (
          <LoadError error={preview.error} onRetry={() => void preview.refetch()} />
        )}
        <div>
          <ButtonLink to="/" variant="default">
            {t('common.toStart')}
          </ButtonLink>
        </div>
      </Page>
    );
  }

  const invite = preview.data;
  return (
    <Page title={t('invite.heading', { org: invite.orgName })} size="xs">
      <Paper withBorder p="md" radius="md">
        <Stack gap={4}>
          <Text>{t('invite.role', { role: roleLabel(invite.role, t) })}</Text>
          <Text size="sm" c="dimmed">
            {t('invite.orgNumber', { orgNumber: invite.orgNumber })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('invite.sentTo', { email: invite.email })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('invite.expires', { date: formatDate(invite.expiresAt) })}
          </Text>
        </Stack>
      </Paper>
      {me ? (
        <AcceptInviteButton token={token} orgName={invite.orgName} />
      ) : (
        <InviteGuestActions token={token} email={invite.email} />
      )}
    </Page>
  );
}
