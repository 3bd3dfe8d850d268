import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './deps';
import { accountRoutes } from './modules/accounts/routes';
import { adminRoutes } from './modules/admin/routes';
import { attachmentRoutes } from './modules/attachments/routes';
import { cameraRoutes } from './modules/cameras/routes';
import { crisisProfileRoutes } from './modules/crisis/routes';
import { devMailRoutes } from './modules/devmail/routes';
import { invoiceCheckRoutes } from './modules/fraud/invoice-routes';
import { fraudReportRoutes } from './modules/fraud/reports/routes';
import { fraudRoutes } from './modules/fraud/routes';
import { groupDocumentRoutes } from './modules/groups/documents-routes';
import { groupPostAttachmentRoutes } from './modules/groups/post-attachments-routes';
import { groupRoutes } from './modules/groups/routes';
import { healthRoutes } from './modules/health/routes';
import { incidentRoutes } from './modules/incidents/routes';
import { libraryRoutes } from './modules/library/routes';
import { membershipRoutes } from './modules/memberships/routes';
import { notificationRoutes } from './modules/notifications/routes';
import { orgRoutes } from './modules/orgs/routes';
import { policeRoutes } from './modules/police/routes';
import { privacyRoutes } from './modules/privacy/routes';
import { warningRoutes } from './modules/warnings/routes';
import { registerAuth } from './platform/auth/hook';
import { registerErrorHandling } from './platform/http/error-handler';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { RateLimitedError } from './platform/rate-limit';
import { randomToken } from './platform/tokens';

/** JSON bodies of this API are small; anything bigger is refused with 413 before it is parsed. */
export const JSON_BODY_LIMIT = 64 * 1024;

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: deps.config.trustProxy,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomToken(12);
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onError', async (_request, reply, error) => {
    if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vaksam API',
        version: '1.0.0',
        description: 'Säkerhetscentret för verksamheter: konton, organisationer och roller.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-vaksam_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(cookie);
  await registerSecurityHeaders(app, { production: deps.config.env === 'production' });
  registerErrorHandling(app);
  registerAuth(app, deps);

  app.get('/api/v1/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await app.register(async (scope) => healthRoutes(scope, deps));
  await app.register(async (scope) => accountRoutes(scope, deps));
  await app.register(async (scope) => orgRoutes(scope, deps));
  await app.register(async (scope) => incidentRoutes(scope, deps));
  await app.register(async (scope) => attachmentRoutes(scope, deps));
  await app.register(async (scope) => cameraRoutes(scope, deps));
  await app.register(async (scope) => membershipRoutes(scope, deps));
  await app.register(async (scope) => libraryRoutes(scope, deps));
  await app.register(async (scope) => groupRoutes(scope, deps));
  await app.register(async (scope) => groupPostAttachmentRoutes(scope, deps));
  await app.register(async (scope) => groupDocumentRoutes(scope, deps));
  await app.register(async (scope) => policeRoutes(scope, deps));
  await app.register(async (scope) => fraudRoutes(scope, deps));
  await app.register(async (scope) => invoiceCheckRoutes(scope, deps));
  await app.register(async (scope) => fraudReportRoutes(scope, deps));
  await app.register(async (scope) => warningRoutes(scope, deps));
  await app.register(async (scope) => crisisProfileRoutes(scope, deps));
  await app.register(async (scope) => notificationRoutes(scope, deps));
  await app.register(async (scope) => privacyRoutes(scope));
  await app.register(async (scope) => adminRoutes(scope, deps));
  if (deps.config.env !== 'production' && deps.mailer.kind === 'dev-mailbox') {
    await app.register(async (scope) => devMailRoutes(scope, deps));
  }
  await serveWebApp(app, deps.config.webDistDir);
  return app;
}

/** The built PWA; unknown paths outside /api get index.html so client-side routes survive a reload. */
async function serveWebApp(app: FastifyInstance, distDir: string | undefined): Promise<void> {
  if (!distDir || !fs.existsSync(path.join(distDir, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    // Files are served by the public catch-all below; routes registered by the plugin would default to auth "user".
    serve: false,
    index: false,
  });
  app.get('/*', { config: { auth: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const urlPath = safeDecode(request.url.split('?')[0] ?? '/');
    if (urlPath === null || urlPath.startsWith('/api/')) return reply.callNotFound();
    const candidate = path.join(distDir, path.normalize(urlPath));
    if (
      candidate.startsWith(distDir + path.sep) &&
      urlPath !== '/' &&
      fs.existsSync(candidate) &&
      fs.statSync(candidate).isFile()
    ) {
      const relative = path.relative(distDir, candidate);
      // Vite fingerprints everything under assets/; the rest (index, service worker, manifest) must revalidate.
      if (relative.startsWith(`assets${path.sep}`))
        return reply.sendFile(relative, { maxAge: '365d', immutable: true });
      reply.header('cache-control', 'no-cache');
      return reply.sendFile(relative, { cacheControl: false });
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { cacheControl: false });
  });
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
