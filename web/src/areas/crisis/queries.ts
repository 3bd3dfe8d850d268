import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type CrisisProfile = Json<paths['/profile/crisis']['get']['responses'][200]>;
export type CrisisProfileInput = NonNullable<
  paths['/profile/crisis']['put']['requestBody']
>['content']['application/json'];
export type CrisisProfileRead = Json<
  paths['/profile/crisis/reads']['get']['responses'][200]
>['items'][number];
export type CrisisReadReason = CrisisProfileRead['reason'];
export type MemberCrisisProfile = Json<
  paths['/groups/{groupId}/members/{userId}/crisis-profile']['post']['responses'][200]
>;

// Mirror CRISIS_PROFILE_LIMITS in @vaksam/domain/crisis-profile; importing it would pull zod into the app.
export const CRISIS_LIMITS = { address: 300, name: 120, relation: 60, nextOfKin: 5 };
export const READ_REASONS: CrisisReadReason[] = [
  'reach_person',
  'reach_next_of_kin',
  'locate_person',
  'exercise',
];

export const crisisKeys = {
  profile: ['crisis-profile'] as const,
  reads: ['crisis-profile', 'reads'] as const,
};

export function useCrisisProfile() {
  return useQuery({ queryKey: crisisKeys.profile, queryFn: () => unwrap(api.GET('/profile/crisis')) });
}

export function useCrisisReads() {
  return useQuery({ queryKey: crisisKeys.reads, queryFn: () => unwrap(api.GET('/profile/crisis/reads')) });
}

export function useSaveCrisisProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CrisisProfileInput) => unwrap(api.PUT('/profile/crisis', { body })),
    onSuccess: (saved) => client.setQueryData(crisisKeys.profile, saved),
  });
}

export function readMemberProfile(groupId: string, userId: string, reason: CrisisReadReason) {
  return unwrap(
    api.POST('/groups/{groupId}/members/{userId}/crisis-profile', {
      params: { path: { groupId, userId } },
      body: { reason },
    }),
  );
}
