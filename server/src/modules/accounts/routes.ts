import {
  acceptedSchema,
  changePasswordRequestSchema,
  emailOnlyRequestSchema,
  loginRequestSchema,
  loginResponseSchema,
  loginTotpRequestSchema,
  meResponseSchema,
  passwordResetConfirmSchema,
  recoveryCodesResponseSchema,
  sessionUserSchema,
  signupRequestSchema,
  totpDisableRequestSchema,
  totpEnableRequestSchema,
  totpSetupResponseSchema,
  updateProfileRequestSchema,
  verifyEmailRequestSchema,
} from '@vaksam/domain/accounts';
import { okSchema } from '@vaksam/domain/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { clearSessionCookie, sessionOf, setSessionCookie } from '../../platform/auth/hook';
import { loadSession, SESSION_COOKIE } from '../../platform/auth/sessions';
import { errorResponses, typed } from '../../platform/http/route';
import { presentMe } from './presenters';
import { normalizeEmail } from './queries';
import * as accounts from './service';

const tags = ['auth'];

export async function accountRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const { config } = deps;
  const minute = 60_000;
  const hour = 3_600_000;
  const limitByIpAndEmail = (
    request: FastifyRequest,
    scope: string,
    email: string,
    max: number,
    windowMs: number,
  ) =>
    deps.limiter.consume([
      { key: `${scope}:ip:${request.ip}`, max: max * 5, windowMs },
      { key: `${scope}:email:${normalizeEmail(email)}`, max, windowMs },
    ]);

  /** Issues the cookie and answers with the same body as GET /auth/me. */
  const startSession = async (reply: FastifyReply, token: string, expiresAt: Date) => {
    setSessionCookie(reply, token, expiresAt);
    const session = await loadSession(deps.db, config, token);
    if (!session) throw new Error('a session just created could not be loaded');
    return presentMe(session);
  };

  r.post('/api/v1/auth/signup', {
    config: { auth: 'public' },
    schema: { tags, body: signupRequestSchema, response: { 202: acceptedSchema, ...errorResponses(429) } },
    handler: async (request, reply) => {
      limitByIpAndEmail(request, 'signup', request.body.email, config.rateLimitEmailPerHour, hour);
      await accounts.signUp(deps, request.body);
      return reply.status(202).send({ accepted: true });
    },
  });

  r.post('/api/v1/auth/verify-email', {
    config: { auth: 'public' },
    schema: { tags, body: verifyEmailRequestSchema, response: { 200: okSchema, ...errorResponses(429) } },
    handler: async (request) => {
      deps.limiter.consume([
        { key: `verify:ip:${request.ip}`, max: config.rateLimitLoginPerMinute, windowMs: minute },
      ]);
      await accounts.verifyEmail(deps, request.body.token);
      return { ok: true as const };
    },
  });

  r.post('/api/v1/auth/resend-verification', {
    config: { auth: 'public' },
    schema: { tags, body: emailOnlyRequestSchema, response: { 202: acceptedSchema, ...errorResponses(429) } },
    handler: async (request, reply) => {
      limitByIpAndEmail(request, 'verify-mail', request.body.email, config.rateLimitEmailPerHour, hour);
      await accounts.resendVerification(deps, request.body.email);
      return reply.status(202).send({ accepted: true });
    },
  });

  r.post('/api/v1/auth/login', {
    config: { auth: 'public' },
    schema: {
      tags,
      body: loginRequestSchema,
      response: { 200: loginResponseSchema, ...errorResponses(401, 403, 429) },
    },
    handler: async (request, reply) => {
      limitByIpAndEmail(request, 'login', request.body.email, config.rateLimitLoginPerMinute, minute);
      const result = await accounts.logIn(deps, request.body);
      if (result.totpRequired) {
        setSessionCookie(reply, result.token, result.expiresAt);
        return { status: 'totp_required' as const, csrfToken: result.csrfToken };
      }
      return { status: 'ok' as const, me: await startSession(reply, result.token, result.expiresAt) };
    },
  });

  r.post('/api/v1/auth/login/totp', {
    config: { auth: 'mfa-pending' },
    schema: {
      tags,
      body: loginTotpRequestSchema,
      response: { 200: loginResponseSchema, ...errorResponses(401, 429) },
    },
    handler: async (request, reply) => {
      const pending = sessionOf(request);
      deps.limiter.consume([
        { key: `totp:user:${pending.user.id}`, max: config.rateLimitLoginPerMinute, windowMs: minute },
      ]);
      const session = await accounts.completeTotpLogin(deps, pending, request.body.code);
      return { status: 'ok' as const, me: await startSession(reply, session.token, session.expiresAt) };
    },
  });

  r.post('/api/v1/auth/logout', {
    config: { auth: 'public' },
    schema: { tags, response: { 200: okSchema } },
    handler: async (request, reply) => {
      if (request.session) await accounts.logOut(deps, request.session);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  });

  r.post('/api/v1/auth/logout-all', {
    config: { auth: 'enrolling' },
    schema: { tags, response: { 200: okSchema, ...errorResponses(401) } },
    handler: async (request, reply) => {
      await accounts.logOutEverywhere(deps, sessionOf(request));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  });

  r.get('/api/v1/auth/me', {
    config: { auth: 'enrolling' },
    schema: { tags, response: { 200: meResponseSchema, ...errorResponses(401) } },
    handler: async (request) => presentMe(sessionOf(request)),
  });

  r.post('/api/v1/auth/password-reset/request', {
    config: { auth: 'public' },
    schema: { tags, body: emailOnlyRequestSchema, response: { 202: acceptedSchema, ...errorResponses(429) } },
    handler: async (request, reply) => {
      limitByIpAndEmail(request, 'reset', request.body.email, config.rateLimitEmailPerHour, hour);
      await accounts.requestPasswordReset(deps, request.body.email);
      return reply.status(202).send({ accepted: true });
    },
  });

  r.post('/api/v1/auth/password-reset/confirm', {
    config: { auth: 'public' },
    schema: { tags, body: passwordResetConfirmSchema, response: { 200: okSchema, ...errorResponses(429) } },
    handler: async (request, reply) => {
      deps.limiter.consume([
        { key: `reset-confirm:ip:${request.ip}`, max: config.rateLimitLoginPerMinute, windowMs: minute },
      ]);
      await accounts.resetPassword(deps, request.body);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  });

  r.post('/api/v1/auth/password', {
    config: { auth: 'enrolling' },
    schema: { tags, body: changePasswordRequestSchema, response: { 200: okSchema, ...errorResponses(401) } },
    handler: async (request, reply) => {
      await accounts.changePassword(deps, sessionOf(request), request.body);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  });

  r.post('/api/v1/auth/totp/setup', {
    config: { auth: 'enrolling' },
    schema: { tags, response: { 200: totpSetupResponseSchema, ...errorResponses(401, 409) } },
    handler: async (request) => accounts.startTotpSetup(deps, sessionOf(request)),
  });

  r.post('/api/v1/auth/totp/enable', {
    config: { auth: 'enrolling' },
    schema: {
      tags,
      body: totpEnableRequestSchema,
      response: { 200: recoveryCodesResponseSchema, ...errorResponses(401, 409) },
    },
    handler: async (request) => ({
      recoveryCodes: await accounts.enableTotp(deps, sessionOf(request), request.body.code),
    }),
  });

  r.post('/api/v1/auth/totp/disable', {
    config: { auth: 'user' },
    schema: {
      tags,
      body: totpDisableRequestSchema,
      response: { 200: okSchema, ...errorResponses(401, 403) },
    },
    handler: async (request) => {
      await accounts.disableTotp(deps, sessionOf(request), request.body.password);
      return { ok: true as const };
    },
  });

  r.patch('/api/v1/profile', {
    config: { auth: 'enrolling' },
    schema: {
      tags: ['profile'],
      body: updateProfileRequestSchema,
      response: { 200: sessionUserSchema, ...errorResponses(401) },
    },
    handler: async (request) => {
      const session = sessionOf(request);
      await accounts.updateProfile(deps, session, request.body);
      const token = request.cookies[SESSION_COOKIE] as string;
      const reloaded = await loadSession(deps.db, config, token);
      return (reloaded ?? session).user;
    },
  });
}
