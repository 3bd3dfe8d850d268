import { SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { useMe } from '../accounts/session';
import { MembershipClaimRow } from './MembershipClaimRow';
import { type ClaimState, useMembershipClaims } from './queries';

const STATES: ClaimState[] = ['pending', 'verified', 'rejected'];
const isState = (value: string | null): value is ClaimState => STATES.includes(value as ClaimState);

/** Analysts check the membership numbers users entered against the trade federation's register. */
export function MembershipsPage() {
  const me = useMe();
  if (!me.data?.user.platformRole) return <NotFoundPage />;
  return <MembershipClaims />;
}

function MembershipClaims() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('state');
  const state: ClaimState = isState(requested) ? requested : 'pending';
  const claims = useMembershipClaims(state);

  return (
    <Page title={t('memberships.title')} description={t('memberships.lead')}>
      <SegmentedControl
        aria-label={t('memberships.filterLabel')}
        value={state}
        onChange={(value) => setParams(value === 'pending' ? {} : { state: value })}
        data={STATES.map((value) => ({ value, label: t(`memberships.tab.${value}`) }))}
      />
      {claims.isPending ? <PageLoader /> : null}
      {claims.isError ? <LoadError error={claims.error} onRetry={() => void claims.refetch()} /> : null}
      {claims.isSuccess && claims.items.length === 0 ? (
        <EmptyState title={t(`memberships.empty.${state}`)} description={t('memberships.emptyText')} />
      ) : null}
      {claims.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t(`memberships.tab.${state}`)}>
          {claims.items.map((claim) => (
            <MembershipClaimRow key={claim.userId} claim={claim} />
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
