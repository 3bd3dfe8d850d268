import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, rememberCsrfToken, unwrap } from '../../api/client';
import { hasStatus, NETWORK_STATUS } from '../../api/errors';
import type { Me } from '../../api/types';
import { forgetOfflineCopies, recallForOffline, rememberForOffline } from '../../app/offlineCache';
import { setUiLanguage } from '../../i18n';
import { clearOutbox } from '../incidents/outbox/store';
import { disablePush } from '../notifications/webPush';

export const meQueryKey = ['me'] as const;

const OFFLINE_ME = 'me';

/**
 * Without network the last known user stands in (without its CSRF token), so that a report can be
 * written after a reload; it is sent from the outbox once the network and the session answer again.
 */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/auth/me'));
    rememberForOffline(OFFLINE_ME, { ...me, csrfToken: '' });
    return me;
  } catch (error) {
    if (hasStatus(error, 401)) {
      rememberCsrfToken(null);
      forgetOfflineCopies();
      return null;
    }
    const copy = hasStatus(error, NETWORK_STATUS) ? recallForOffline<Me>(OFFLINE_ME) : undefined;
    if (copy) return copy;
    throw error;
  }
}

/** The signed-in user, `null` when logged out, `undefined` while the first answer is pending. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/**
 * Forgets the session and everything loaded with it. The `me` query is kept (set to null) rather
 * than removed, so components observing it see the change and protected pages redirect to login.
 */
export function forgetSession(queryClient: QueryClient): void {
  rememberCsrfToken(null);
  forgetOfflineCopies();
  // Reports still waiting on the device belong to the session that wrote them (the logout asks first).
  void clearOutbox().catch(() => undefined);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

/** Stores a fresh session from a login answer and switches to the user's language. */
export function useAdoptSession(): (me: Me) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (me: Me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, me);
      void setUiLanguage(me.user.language);
    },
    [queryClient],
  );
}

export function useLogout(everywhere = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      // A shared phone must not keep receiving the previous user's alerts.
      await disablePush().catch(() => undefined);
      return unwrap(api.POST(everywhere ? '/auth/logout-all' : '/auth/logout'));
    },
    onSettled: () => forgetSession(queryClient),
  });
}
