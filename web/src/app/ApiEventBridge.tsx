import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { onApiEvent } from '../api/events';
import { forgetSession, meQueryKey } from '../areas/accounts/session';

/** Reacts to what any request found out: a lost session logs out, forced 2FA goes to enrolment. */
export function ApiEventBridge() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(
    () =>
      onApiEvent((event) => {
        if (event === 'unauthenticated') {
          forgetSession(queryClient);
        } else if (event === 'csrfFailed') {
          // Fetching /auth/me again picks up the session's current token for the next attempt.
          void queryClient.invalidateQueries({ queryKey: meQueryKey });
        } else {
          void queryClient.invalidateQueries({ queryKey: meQueryKey });
          navigate('/mfa-setup');
        }
      }),
    [queryClient, navigate],
  );

  return null;
}
