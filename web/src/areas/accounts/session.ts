import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, rememberCsrfToken, unwrap } from '../../api/client';
import { hasStatus } from '../../api/errors';
import type { Me } from '../../api/types';
import { setUiLanguage } from '../../i18n';

export const meQueryKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/auth/me'));
  } catch (error) {
    if (hasStatus(error, 401)) {
      rememberCsrfToken(null);
      return null;
    }
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
    mutationFn: () => unwrap(api.POST(everywhere ? '/auth/logout-all' : '/auth/logout')),
    onSettled: () => forgetSession(queryClient),
  });
}
