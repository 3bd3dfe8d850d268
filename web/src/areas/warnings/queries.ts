import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type JsonBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : never;

export type FeedWarning = Json<paths['/warnings']['get']['responses'][200]>['items'][number];
export type Feedback = NonNullable<FeedWarning['feedback']>;
export type AuthoredWarning = Json<paths['/warnings/authored/{id}']['get']['responses'][200]>;
export type WarningState = AuthoredWarning['state'];
export type Severity = AuthoredWarning['severity'];
export type Targeting = AuthoredWarning['targeting'];
export type RecipientPreview = Json<paths['/warnings/preview']['post']['responses'][200]>;
export type WarningInput = JsonBody<paths['/warnings/authored']['post']>;
export type WarningUpdate = JsonBody<paths['/warnings/authored/{id}']['put']>;

export const warningKeys = {
  all: ['warnings'] as const,
  feed: (unreadOnly: boolean) => ['warnings', 'feed', unreadOnly] as const,
  unread: ['warnings', 'unread'] as const,
  opened: (id: string) => ['warnings', 'opened', id] as const,
  authored: ['warnings', 'authored'] as const,
  authoredList: (groupId: string | null, state: WarningState | null) =>
    ['warnings', 'authored', 'list', groupId, state] as const,
  authoredOne: (id: string) => ['warnings', 'authored', 'one', id] as const,
};

/** The header's number: asked every minute and whenever the tab comes back into view. */
export function useUnreadWarnings(enabled: boolean) {
  return useQuery({
    queryKey: warningKeys.unread,
    queryFn: async () => (await unwrap(api.GET('/warnings/unread-count'))).count,
    enabled,
    staleTime: 15_000,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useWarningFeed(unreadOnly: boolean) {
  return usePagedList<FeedWarning>(warningKeys.feed(unreadOnly), (cursor) =>
    unwrap(
      api.GET('/warnings', { params: { query: { cursor, ...(unreadOnly ? { unread: 'true' } : {}) } } }),
    ),
  );
}

/**
 * Reading a warning is what marks it opened, so the page asks with POST; once answered, the feed and the
 * header's count are out of date.
 */
export function useOpenedWarning(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: warningKeys.opened(id),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      const warning = await unwrap(api.POST('/warnings/{id}/open', { params: { path: { id } } }));
      void queryClient.invalidateQueries({
        queryKey: warningKeys.all,
        predicate: (query) => query.queryKey[1] === 'feed' || query.queryKey[1] === 'unread',
      });
      return warning;
    },
  });
}

export function useGiveFeedback(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedback: Feedback) =>
      unwrap(api.PUT('/warnings/{id}/feedback', { params: { path: { id } }, body: { feedback } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(warningKeys.opened(id), saved);
      void queryClient.invalidateQueries({
        queryKey: warningKeys.all,
        predicate: (query) => query.queryKey[1] === 'feed',
      });
    },
  });
}

/** The platform's warnings (groupId null, analysts) or a group's (its admins), newest first. */
export function useAuthoredWarnings(groupId: string | null, state: WarningState | null) {
  return usePagedList<AuthoredWarning>(warningKeys.authoredList(groupId, state), (cursor) =>
    unwrap(
      api.GET('/warnings/authored', {
        params: { query: { cursor, ...(groupId ? { groupId } : {}), ...(state ? { state } : {}) } },
      }),
    ),
  );
}

export const fetchAuthoredWarning = (id: string) =>
  unwrap(api.GET('/warnings/authored/{id}', { params: { path: { id } } }));

export function useAuthoredWarning(id: string) {
  return useQuery({
    queryKey: warningKeys.authoredOne(id),
    enabled: Boolean(id),
    queryFn: () => fetchAuthoredWarning(id),
  });
}

export function previewRecipients(groupId: string | null, targeting: Targeting): Promise<RecipientPreview> {
  return unwrap(api.POST('/warnings/preview', { body: { groupId, targeting } }));
}
