import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type MembershipClaim = Json<paths['/admin/memberships']['get']['responses'][200]>['items'][number];
export type ClaimState = MembershipClaim['state'];

export const membershipKeys = {
  all: ['admin', 'memberships'] as const,
  list: (state: ClaimState) => ['admin', 'memberships', state] as const,
};

export function useMembershipClaims(state: ClaimState) {
  return usePagedList<MembershipClaim>(membershipKeys.list(state), (cursor) =>
    unwrap(api.GET('/admin/memberships', { params: { query: { state, cursor } } })),
  );
}
