import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Body<R> = R extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Group = Json<paths['/groups/{groupId}']['get']['responses'][200]>;
export type GroupKind = Group['kind'];
export type GroupSettings = Group['settings'];
export type GroupInput = Body<paths['/groups']['post']>;
export type GroupMember = Json<paths['/groups/{groupId}/members']['get']['responses'][200]>['items'][number];
export type GroupRole = GroupMember['role'];
export type GroupBadge = NonNullable<GroupMember['badge']>;
export type GroupApplication = Json<
  paths['/groups/{groupId}/applications']['get']['responses'][200]
>['items'][number];
export type GroupInvite = Json<paths['/groups/{groupId}/invites']['post']['responses'][201]>;
export type GroupPost = Json<paths['/groups/{groupId}/posts']['get']['responses'][200]>['items'][number];
export type GroupThread = Json<paths['/groups/{groupId}/posts/{postId}']['get']['responses'][200]>;
export type FeedView = 'feed' | 'pending' | 'reported';
export type CreatorState = Json<paths['/groups/creator']['get']['responses'][200]>;
export type CreatorClaim = Json<paths['/admin/group-creators']['get']['responses'][200]>['items'][number];
export type CreatorClaimState = CreatorClaim['state'];

export const GROUP_KINDS: GroupKind[] = ['local', 'company', 'unit', 'event'];
export const GROUP_BADGES: GroupBadge[] = [
  'crime_prevention_officer',
  'community_police',
  'property_owner',
  'security_company',
];
// Mirrors POST_MAX_LENGTH and the field limits in @vaksam/domain/groups; importing it would pull zod into the app.
export const LIMITS = {
  name: 120,
  description: 2_000,
  post: 5_000,
  message: 1_000,
  report: 500,
  reason: 1_000,
};

export interface GroupSearch {
  q: string;
  kommun: string | null;
}

// Every key starts with 'groups'; a group's own keys add its id, lists add 'list'.
export const groupKeys = {
  all: ['groups'] as const,
  lists: ['groups', 'list'] as const,
  mine: ['groups', 'list', 'mine'] as const,
  search: (search: GroupSearch) => ['groups', 'list', 'search', search] as const,
  creator: ['groups', 'creator'] as const,
  one: (groupId: string) => ['groups', groupId] as const,
  posts: (groupId: string) => ['groups', groupId, 'posts'] as const,
  feed: (groupId: string, view: FeedView) => ['groups', groupId, 'posts', view] as const,
  thread: (groupId: string, postId: string) => ['groups', groupId, 'posts', 'thread', postId] as const,
  members: (groupId: string) => ['groups', groupId, 'members'] as const,
  applications: (groupId: string) => ['groups', groupId, 'applications'] as const,
  invites: (groupId: string) => ['groups', groupId, 'invites'] as const,
  invite: (token: string) => ['group-invite', token] as const,
  creatorClaims: ['admin', 'group-creators'] as const,
  creatorClaimList: (state: CreatorClaimState) => ['admin', 'group-creators', state] as const,
};

export function useMyGroups() {
  return usePagedList<Group>(groupKeys.mine, (cursor) =>
    unwrap(api.GET('/groups/mine', { params: { query: { cursor } } })),
  );
}

export function useGroupSearch(search: GroupSearch) {
  const query = useInfiniteQuery({
    queryKey: groupKeys.search(search),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/groups', {
          params: {
            query: {
              ...(search.q ? { q: search.q } : {}),
              ...(search.kommun ? { kommun: search.kommun } : {}),
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a new search runs, the last results stay (dimmed) instead of a blank list.
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

export function useCreatorState() {
  return useQuery({
    queryKey: groupKeys.creator,
    queryFn: () => unwrap(api.GET('/groups/creator')),
  });
}

export function useGroup(groupId: string) {
  return useQuery({
    queryKey: groupKeys.one(groupId),
    queryFn: () => unwrap(api.GET('/groups/{groupId}', { params: { path: { groupId } } })),
  });
}

export function useGroupFeed(groupId: string, view: FeedView) {
  return usePagedList<GroupPost>(groupKeys.feed(groupId, view), (cursor) =>
    unwrap(api.GET('/groups/{groupId}/posts', { params: { path: { groupId }, query: { view, cursor } } })),
  );
}

export function useThread(groupId: string, postId: string) {
  return useQuery({
    queryKey: groupKeys.thread(groupId, postId),
    queryFn: () =>
      unwrap(api.GET('/groups/{groupId}/posts/{postId}', { params: { path: { groupId, postId } } })),
  });
}

export function useGroupMembers(groupId: string) {
  return usePagedList<GroupMember>(groupKeys.members(groupId), (cursor) =>
    unwrap(api.GET('/groups/{groupId}/members', { params: { path: { groupId }, query: { cursor } } })),
  );
}

export function useGroupApplications(groupId: string) {
  return usePagedList<GroupApplication>(groupKeys.applications(groupId), (cursor) =>
    unwrap(api.GET('/groups/{groupId}/applications', { params: { path: { groupId }, query: { cursor } } })),
  );
}

export function useGroupInvites(groupId: string) {
  return usePagedList<GroupInvite>(groupKeys.invites(groupId), (cursor) =>
    unwrap(api.GET('/groups/{groupId}/invites', { params: { path: { groupId }, query: { cursor } } })),
  );
}

export function useCreatorClaims(state: CreatorClaimState) {
  return usePagedList<CreatorClaim>(groupKeys.creatorClaimList(state), (cursor) =>
    unwrap(api.GET('/admin/group-creators', { params: { query: { state, cursor } } })),
  );
}
