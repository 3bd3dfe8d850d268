import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Page } from '../../api/types';

export const orgKeys = {
  all: ['orgs'] as const,
  one: (orgId: string) => ['orgs', orgId] as const,
  members: (orgId: string) => ['orgs', orgId, 'members'] as const,
  joinRequests: (orgId: string) => ['orgs', orgId, 'join-requests'] as const,
  invites: (orgId: string) => ['orgs', orgId, 'invites'] as const,
  units: (orgId: string) => ['orgs', orgId, 'units'] as const,
  unit: (orgId: string, unitId: string) => ['orgs', orgId, 'units', unitId] as const,
  myJoinRequests: ['my-join-requests'] as const,
  invite: (token: string) => ['invite', token] as const,
};

export function useOrgs() {
  return useQuery({
    queryKey: orgKeys.all,
    queryFn: async () => (await unwrap(api.GET('/orgs'))).items,
  });
}

export function useOrg(orgId: string) {
  return useQuery({
    queryKey: orgKeys.one(orgId),
    queryFn: () => unwrap(api.GET('/orgs/{orgId}', { params: { path: { orgId } } })),
  });
}

export function useMyJoinRequests() {
  return useQuery({
    queryKey: orgKeys.myJoinRequests,
    queryFn: async () => (await unwrap(api.GET('/join-requests'))).items,
  });
}

/** A cursor-paged list; `items` is every page loaded so far. */
export function usePagedList<T>(
  queryKey: readonly unknown[],
  fetchPage: (cursor?: string) => Promise<Page<T>>,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}
