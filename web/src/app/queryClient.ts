import { QueryClient } from '@tanstack/react-query';
import { isApiError, NETWORK_STATUS } from '../api/errors';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return true;
  return error.status === NETWORK_STATUS || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Offline, a query still runs once (and may answer from the device's copy) instead of waiting
      // silently; a mutation fails at once, so the form can keep the report in the outbox or say why.
      queries: { staleTime: 30_000, retry: shouldRetry, networkMode: 'offlineFirst' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
