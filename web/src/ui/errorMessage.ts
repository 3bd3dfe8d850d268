import type { TFunction } from 'i18next';
import { isApiError, NETWORK_STATUS } from '../api/errors';

/** The sentence to show for a failed request; the server's own message when it has a useful one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.status === NETWORK_STATUS) return t('errors.network');
  if (error.status === 429) return t('errors.rateLimited');
  if (error.status >= 500) return t('errors.server');
  if (error.code === 'csrf_failed') return t('errors.csrf');
  return error.message || t('errors.unexpected');
}
