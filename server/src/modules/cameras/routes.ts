import {
  cameraListSchema,
  cameraParamsSchema,
  cameraSchema,
  createCameraRequestSchema,
  unitCamerasParamsSchema,
  updateCameraRequestSchema,
} from '@vaksam/domain/cameras';
import { okSchema } from '@vaksam/domain/common';
import { pageQuerySchema } from '@vaksam/domain/pagination';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as cameras from './service';

export async function cameraRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['cameras'];
  const scoped = errorResponses(401, 403, 404);
  r.get('/api/v1/orgs/:orgId/units/:unitId/cameras', {
    schema: {
      tags,
      params: unitCamerasParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: cameraListSchema, ...scoped },
    },
    handler: (request) =>
      cameras.listCameras(deps, actorOf(request), request.params.orgId, request.params.unitId, request.query),
  });
  r.post('/api/v1/orgs/:orgId/units/:unitId/cameras', {
    schema: {
      tags,
      params: unitCamerasParamsSchema,
      body: createCameraRequestSchema,
      response: { 201: cameraSchema, ...scoped },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await cameras.addCamera(
            deps,
            actorOf(request),
            request.params.orgId,
            request.params.unitId,
            request.body,
          ),
        ),
  });
  r.patch('/api/v1/orgs/:orgId/cameras/:cameraId', {
    schema: {
      tags,
      params: cameraParamsSchema,
      body: updateCameraRequestSchema,
      response: { 200: cameraSchema, ...scoped },
    },
    handler: (request) =>
      cameras.updateCamera(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.cameraId,
        request.body,
      ),
  });
  r.delete('/api/v1/orgs/:orgId/cameras/:cameraId', {
    schema: { tags, params: cameraParamsSchema, response: { 200: okSchema, ...scoped } },
    handler: async (request) => {
      await cameras.removeCamera(deps, actorOf(request), request.params.orgId, request.params.cameraId);
      return { ok: true as const };
    },
  });
}
