import { Badge, Blockquote, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDateTime } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { notify } from '../../ui/notify';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { useMe } from '../accounts/session';
import { type CreatorClaim, type CreatorClaimState, groupKeys, useCreatorClaims } from './queries';

const STATES: CreatorClaimState[] = ['pending', 'granted', 'denied'];
const isState = (value: string | null): value is CreatorClaimState =>
  STATES.includes(value as CreatorClaimState);
const STATE_COLOUR = { pending: 'vaksam', granted: 'green', denied: 'red' } as const;

/** GRP-2: analysts decide who, besides verified members and staff, may create groups. */
export function GroupCreatorsPage() {
  const me = useMe();
  if (!me.data?.user.platformRole) return <NotFoundPage />;
  return <CreatorClaims />;
}

function CreatorClaims() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('state');
  const state: CreatorClaimState = isState(requested) ? requested : 'pending';
  const claims = useCreatorClaims(state);

  return (
    <Page title={t('groups.creators.title')} description={t('groups.creators.lead')}>
      <SegmentedControl
        aria-label={t('groups.creators.filterLabel')}
        value={state}
        onChange={(value) => setParams(value === 'pending' ? {} : { state: value })}
        data={STATES.map((value) => ({ value, label: t(`groups.creators.tab.${value}`) }))}
      />
      {claims.isPending ? <PageLoader /> : null}
      {claims.isError ? <LoadError error={claims.error} onRetry={() => void claims.refetch()} /> : null}
      {claims.isSuccess && claims.items.length === 0 ? (
        <EmptyState
          title={t(`groups.creators.empty.${state}`)}
          description={t('groups.creators.emptyText')}
        />
      ) : null}
      {claims.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t(`groups.creators.tab.${state}`)}>
          {claims.items.map((claim) => (
            <ClaimRow key={claim.userId} claim={claim} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={claims.hasNextPage}
        loading={claims.isFetchingNextPage}
        onLoad={() => void claims.fetchNextPage()}
      />
    </Page>
  );
}

function ClaimRow({ claim }: { claim: CreatorClaim }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { name } = claim;
  const decide = async (decision: 'grant' | 'deny') => {
    await unwrap(
      api.PUT('/admin/group-creators/{userId}', {
        params: { path: { userId: claim.userId } },
        body: { decision },
      }),
    );
    await queryClient.invalidateQueries({ queryKey: groupKeys.creatorClaims });
  };
  const grant = useMutation({
    mutationFn: () => decide('grant'),
    onSuccess: () => notify.success(t('groups.creators.granted', { name })),
    onError: (error) => notify.error(errorMessage(error, t)),
  });

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {claim.email}
            </Text>
          </Stack>
          <Badge color={STATE_COLOUR[claim.state]} variant="light" tt="none">
            {t(`groups.creators.state.${claim.state}`)}
          </Badge>
        </Group>
        <Blockquote
          p="sm"
          color="gray"
          cite={null}
          style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
        >
          {claim.reason}
        </Blockquote>
        <Text size="sm" c="dimmed">
          {t('groups.creators.requested', { date: formatDateTime(claim.requestedAt) })}
        </Text>
        <Group gap="sm">
          {claim.state !== 'granted' ? (
            <Button
              size="sm"
              onClick={() => grant.mutate()}
              loading={grant.isPending}
              aria-label={t('groups.creators.grantNamed', { name })}
            >
              {t('groups.creators.grant')}
            </Button>
          ) : null}
          {claim.state !== 'denied' ? (
            <ConfirmButton
              size="sm"
              aria-label={
                claim.state === 'granted'
                  ? t('groups.creators.revokeNamed', { name })
                  : t('groups.creators.denyNamed', { name })
              }
              title={
                claim.state === 'granted' ? t('groups.creators.revokeTitle') : t('groups.creators.denyTitle')
              }
              message={
                claim.state === 'granted'
                  ? t('groups.creators.revokeText', { name })
                  : t('groups.creators.denyText', { name })
              }
              confirmLabel={
                claim.state === 'granted' ? t('groups.creators.revoke') : t('groups.creators.deny')
              }
              describeError={(error) => errorMessage(error, t)}
              onConfirm={async () => {
                await decide('deny');
                notify.success(
                  claim.state === 'granted'
                    ? t('groups.creators.revoked', { name })
                    : t('groups.creators.denied', { name }),
                );
              }}
            >
              {claim.state === 'granted' ? t('groups.creators.revoke') : t('groups.creators.deny')}
            </ConfirmButton>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
