import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { HttpError, unauthenticated } from '../errors';
import type { Actor } from '../policy';
import { type LoadedSession, loadSession, mfaRequired, SESSION_COOKIE } from './sessions';

/**
 * - public: anyone (a session is still loaded when present)
 * - user: a fully signed-in user who has the second factor the platform requires (the default)
 * - enrolling: signed in, but may still owe TOTP enrolment (me, TOTP set-up, log out)
 * - mfa-pending: password accepted, TOTP code still owed (the second login step)
 */
export type AuthMode = 'public' | 'user' | 'enrolling' | 'mfa-pending';

declare module 'fastify' {
  interface FastifyRequest {
    session: LoadedSession | null;
  }
  interface FastifyContextConfig {
    auth?: AuthMode;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

export function registerAuth(app: FastifyInstance, deps: { db: Database; config: Config }): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? await loadSession(deps.db, deps.config, token) : null;
    const mode = request.routeOptions.config.auth ?? 'user';
    if (UNSAFE_METHODS.has(request.method)) checkCsrf(request, mode);
    enforceMode(mode, request.session);
  });
}

function checkCsrf(request: FastifyRequest, mode: AuthMode): void {
  // Browsers mark requests from other sites; such a request never gets to change anything.
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new HttpError(403, 'csrf_failed', 'Förfrågan kom från en annan webbplats och stoppades');
  }
  // Public routes act on no one's authority, so a stale cookie (say, a reload during the TOTP step)
  // must not lock its owner out of logging in again.
  if (!request.session || mode === 'public') return;
  if (request.headers[CSRF_HEADER] !== request.session.csrfToken) {
    throw new HttpError(403, 'csrf_failed', 'Sidan är inaktuell. Ladda om och försök igen.');
  }
}

function enforceMode(mode: AuthMode, session: LoadedSession | null): void {
  if (mode === 'public') return;
  if (!session) throw unauthenticated();
  if (mode === 'mfa-pending') {
    if (!session.mfaPending) throw unauthenticated('Logga in med e-post och lösenord först');
    return;
  }
  if (session.mfaPending) throw new HttpError(401, 'mfa_required', 'Ange koden från din autentiseringsapp');
  if (mode === 'enrolling') return;
  if (!session.user.totpEnabled && mfaRequired(session)) {
    throw new HttpError(403, 'mfa_enrolment_required', 'Aktivera tvåstegsverifiering för att fortsätta');
  }
}

/** The signed-in session of a route whose mode guarantees one. */
export function sessionOf(request: FastifyRequest): LoadedSession {
  if (!request.session) throw unauthenticated();
  return request.session;
}

export function actorOf(request: FastifyRequest): Actor {
  const session = sessionOf(request);
  return {
    userId: session.user.id,
    platformRole: session.user.platformRole,
    federationMember: session.user.membershipState === 'verified',
    memberships: session.memberships,
  };
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
}
