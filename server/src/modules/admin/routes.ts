import { adminUpdateUserRequestSchema, adminUserListSchema, adminUserSchema } from '@vaksam/domain/accounts';
import { idParamsSchema } from '@vaksam/domain/common';
import { pageQuerySchema } from '@vaksam/domain/pagination';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as admin from './service';

export async function adminRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['admin'];
  r.get('/api/v1/admin/users', {
    schema: {
      tags,
      querystring: pageQuerySchema,
      response: { 200: adminUserListSchema, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => admin.listUsers(deps, actorOf(request), request.query),
  });
  r.patch('/api/v1/admin/users/:id', {
    schema: {
      tags,
      params: idParamsSchema,
      body: adminUpdateUserRequestSchema,
      response: { 200: adminUserSchema, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => admin.updateUser(deps, actorOf(request), request.params.id, request.body),
  });
}
