import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { hasStatus } from '../../api/errors';
import { formatDate } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { groupKeys } from './queries';

/** Group names can be long; the label wraps instead of being cut off. */
const WRAPPING = {
  root: { height: 'auto', minHeight: 50, paddingBlock: 10 },
  label: { whiteSpace: 'normal', textAlign: 'center' },
} as const;

/** Where the e-mailed group invite lands: shows the group and lets the invited person join (GRP-2). */
export function GroupInvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data: me, isPending: meLoading } = useMe();
  const preview = useQuery({
    queryKey: groupKeys.invite(token),
    queryFn: () => unwrap(api.GET('/group-invites/{token}', { params: { path: { token } } })),
    retry: false,
  });

  if (preview.isPending || meLoading) {
    return (
      <Page title={t('groups.invite.title')} size="xs">
        <PageLoader />
      </Page>
    );
  }

  if (preview.isError) {
    const gone = [400, 404, 410].some((status) => hasStatus(preview.error, status));
    return (
      <Page title={t('groups.invite.title')} size="xs">
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
    <Page title={t('groups.invite.heading', { name: invite.groupName })} size="xs">
      <Paper withBorder p="md" radius="md">
        <Stack gap={4}>
          <Text>{t('groups.invite.kind', { kind: t(`groups.kind.${invite.groupKind}`) })}</Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('invite.sentTo', { email: invite.email })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('invite.expires', { date: formatDate(invite.expiresAt) })}
          </Text>
        </Stack>
      </Paper>
      {me ? (
        <AcceptButton token={token} groupName={invite.groupName} />
      ) : (
        <GuestActions token={token} email={invite.email} />
      )}
    </Page>
  );
}

function AcceptButton({ token, groupName }: { token: string; groupName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/group-invites/{token}/accept', { params: { path: { token } } })),
    onSuccess: async ({ groupId }) => {
      await queryClient.invalidateQueries({ queryKey: groupKeys.all });
      navigate(`/groups/${groupId}`, { replace: true });
    },
  });
  return (
    <Stack gap="md">
      <FormError message={accept.isError ? errorMessage(accept.error, t) : null} />
      <Button
        size="lg"
        fullWidth
        loading={accept.isPending}
        onClick={() => accept.mutate()}
        styles={WRAPPING}
      >
        {t('groups.invite.join', { name: groupName })}
      </Button>
    </Stack>
  );
}

/** Not logged in: log in, or create an account, and come back here to join. */
function GuestActions({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const here = `/group-invite/${encodeURIComponent(token)}`;
  // Unlike an organisation invite, signing up does not accept a group invite: the new account comes back here.
  const signup = `/signup?${new URLSearchParams({ next: here, email }).toString()}`;
  const login = `/login?${new URLSearchParams({ next: here }).toString()}`;
  return (
    <Stack gap="sm">
      <Text>{t('groups.invite.guestText')}</Text>
      <ButtonLink to={login} size="lg" fullWidth>
        {t('invite.login')}
      </ButtonLink>
      <ButtonLink to={signup} size="lg" fullWidth variant="default">
        {t('invite.signup')}
      </ButtonLink>
    </Stack>
  );
}
