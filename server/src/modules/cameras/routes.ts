import {
  cameraLogEntryRequestSchema,
  cameraLogEntrySchema,
  cameraLogParamsSchema,
  cameraLogSchema,
} from '@vaksam/domain/camera-log';
import {
  cameraListSchema,
  cameraParamsSchema,
  cameraSchema,
  createCameraRequestSchema,
  orgCamerasParamsSchema,
  unitCamerasParamsSchema,
  updateCameraRequestSchema,
} from '@vaksam/domain/cameras';
import { okSchema } from '@vaksam/domain/common';
import { pageQuerySchema } from '@vaksam/domain/pagination';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as footageLog from './log-service';
import * as cameras from './service';

export async function cameraRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['cameras'];
  const scoped = errorResponses(401, 403, 404);
  r.get('/api/v1/orgs/:orgId/cameras', {
    schema: {
      tags,
      description:
        'The whole register of the organisation, including cameras taken out of it whose footage log is kept.',
      params: orgCamerasParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: cameraListSchema, ...scoped },
    },
    handler: (request) =>
      cameras.listCamerasOfOrg(deps, actorOf(request), request.params.orgId, request.query),
  });
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
  r.get('/api/v1/orgs/:orgId/cameras/:cameraId', {
    schema: { tags, params: cameraParamsSchema, response: { 200: cameraSchema, ...scoped } },
    handler: (request) =>
      cameras.getCamera(deps, actorOf(request), request.params.orgId, request.params.cameraId),
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
    schema: {
      tags,
      description: 'A camera with a footage log is only marked as removed, so that its log stays readable.',
      params: cameraParamsSchema,
      response: { 200: okSchema, ...scoped },
    },
    handler: async (request) => {
      await cameras.removeCamera(deps, actorOf(request), request.params.orgId, request.params.cameraId);
      return { ok: true as const };
    },
  });

  // CAM-3: the footage log, for managers and security contacts.
  r.get('/api/v1/orgs/:orgId/cameras/:cameraId/log', {
    schema: {
      tags,
      description: 'Who viewed or exported the footage and why, and requests to disclose it; newest first.',
      params: cameraLogParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: cameraLogSchema, ...scoped },
    },
    handler: (request) =>
      footageLog.listLog(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.cameraId,
        request.query,
      ),
  });
  r.post('/api/v1/orgs/:orgId/cameras/:cameraId/log', {
    schema: {
      tags,
      description:
        'Adds an entry. Entries are never changed or deleted: a correction, or the decision on a pending request, ' +
        'is a new entry naming the one it supersedes.',
      params: cameraLogParamsSchema,
      body: cameraLogEntryRequestSchema,
      response: { 201: cameraLogEntrySchema, ...scoped, ...errorResponses(409) },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await footageLog.addLogEntry(
            deps,
            actorOf(request),
            request.params.orgId,
            request.params.cameraId,
            request.body,
          ),
        ),
  });
}
