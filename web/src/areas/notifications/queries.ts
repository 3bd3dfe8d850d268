import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import type { Page } from '../../api/types';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type Notification = Json<paths['/notifications']['get']['responses'][200]>['items'][number];
export type Preferences = Json<paths['/notifications/preferences']['get']['responses'][200]>;
export type PreferenceChanges = NonNullable<
  paths['/notifications/preferences']['put']['requestBody']
>['content']['application/json'];
export type Delivery = Json<paths['/incidents/{id}/deliveries']['get']['responses'][200]>['items'][number];
export type DeliveryState = Delivery['state'];
export type NotificationKind = keyof Preferences;
export type Channel = keyof Preferences[NotificationKind];

export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  unread: ['notifications', 'unread'] as const,
  preferences: ['notifications', 'preferences'] as const,
  subscriptions: ['notifications', 'push-subscriptions'] as const,
  deliveries: (incidentId: string) => ['incidents', 'one', incidentId, 'deliveries'] as const,
};

/** The bell's number: asked every minute and whenever the tab comes back into view. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: async () => (await unwrap(api.GET('/notifications/unread-count'))).count,
    enabled,
    staleTime: 15_000,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useNotificationList() {
  return usePagedList<Notification>(
    notificationKeys.list,
    (cursor) =>
      unwrap(api.GET('/notifications', { params: { query: { cursor } } })) as Promise<Page<Notification>>,
  );
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/notifications/read-all')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => unwrap(api.GET('/notifications/preferences')),
  });
}

/** The switch moves at once; if saving fails it moves back. */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: PreferenceChanges) =>
      unwrap(api.PUT('/notifications/preferences', { body: changes })),
    onMutate: async (changes) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.preferences });
      const before = queryClient.getQueryData<Preferences>(notificationKeys.preferences);
      if (before) {
        const next = structuredClone(before);
        for (const [kind, channels] of Object.entries(changes) as [
          NotificationKind,
          Partial<Record<Channel, boolean>>,
        ][])
          Object.assign(next[kind], channels);
        queryClient.setQueryData(notificationKeys.preferences, next);
      }
      return { before };
    },
    onError: (_error, _changes, context) => {
      if (context?.before) queryClient.setQueryData(notificationKeys.preferences, context.before);
    },
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences, saved),
  });
}

const UNSETTLED: DeliveryState[] = ['queued', 'sent'];
/** A new report's deliveries are written by a job a moment after filing; until then the list is empty. */
const FAN_OUT_GRACE_MS = 2 * 60_000;

/** Refreshes every few seconds while something is still on its way, then stops. */
export function useDeliveries(incidentId: string, reportedAt: string) {
  return useQuery({
    queryKey: notificationKeys.deliveries(incidentId),
    queryFn: async () =>
      (await unwrap(api.GET('/incidents/{id}/deliveries', { params: { path: { id: incidentId } } }))).items,
    refetchInterval: (query) => {
      const items = query.state.data;
      if (items?.some((d) => UNSETTLED.includes(d.state))) return 5_000;
      const justFiled = Date.now() - new Date(reportedAt).getTime() < FAN_OUT_GRACE_MS;
      return items?.length === 0 && justFiled ? 3_000 : false;
    },
  });
}

export function useForward(incidentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; message?: string }) =>
      unwrap(api.POST('/incidents/{id}/forward', { params: { path: { id: incidentId } }, body })),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: notificationKeys.deliveries(incidentId) }),
  });
}
