import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, NETWORK_STATUS, toApiError } from './errors';
import { emitApiEvent } from './events';
import type { paths } from './schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Paths whose 401 is an answer for the page (wrong password, not logged in yet), not a lost session. */
const OWN_401_PATHS = new Set([
  '/auth/me',
  '/auth/login',
  '/auth/login/totp',
  '/auth/password',
  '/auth/totp/disable',
]);

let csrfToken: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function knownCsrfToken(): string | null {
  return csrfToken;
}

function tokenFrom(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as { csrfToken?: unknown; me?: { csrfToken?: unknown } };
  if (typeof record.csrfToken === 'string') return record.csrfToken;
  if (typeof record.me?.csrfToken === 'string') return record.me.csrfToken;
  return null;
}

/** Sends the CSRF token on writes and keeps the newest one from /auth/me and login answers. */
const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !SAFE_METHODS.has(request.method)) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (response.ok && (schemaPath === '/auth/me' || schemaPath.startsWith('/auth/login'))) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => null);
      const token = tokenFrom(body);
      if (token) csrfToken = token;
    }
    if (response.ok && schemaPath.startsWith('/auth/logout')) csrfToken = null;
    return response;
  },
};

async function errorCode(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    return toApiError(response.status, body).code;
  } catch {
    return undefined;
  }
}

/** Tells the app shell about lost sessions, forced 2FA enrolment and stale CSRF tokens. */
const eventsMiddleware: Middleware = {
  async onResponse({ response, schemaPath }) {
    if (response.status === 401 && !OWN_401_PATHS.has(schemaPath)) emitApiEvent('unauthenticated');
    if (response.status === 403) {
      const code = await errorCode(response);
      if (code === 'mfa_enrolment_required') emitApiEvent('mfaEnrolmentRequired');
      if (code === 'csrf_failed') emitApiEvent('csrfFailed');
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '/api/v1', credentials: 'include' });
api.use(csrfMiddleware, eventsMiddleware);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(NETWORK_STATUS, 'network', '');
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as T;
}
