import { okSchema } from '@vaksam/domain/common';
import {
  addNoteRequestSchema,
  changeStatusRequestSchema,
  createIncidentRequestSchema,
  incidentHistorySchema,
  incidentListQuerySchema,
  incidentListSchema,
  incidentParamsSchema,
  incidentSchema,
  policeReferenceRequestSchema,
  updateIncidentRequestSchema,
} from '@vaksam/domain/incidents/api';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { actorOf, sessionOf } from '../../platform/auth/hook';
import { errorResponses, jsonText, typed } from '../../platform/http/route';
import { idempotencyKeyOf } from '../../platform/idempotency';
import { exportRoutes } from './export-routes';
import { mapRoutes } from './map-routes';
import * as incidents from './service';
import { sharingRoutes } from './sharing-routes';

export async function incidentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['incidents'];
  const scoped = errorResponses(401, 403, 404);

  r.post('/api/v1/incidents', {
    schema: {
      tags,
      description:
        'Reports an incident. Send an Idempotency-Key header so a retry (say, from the offline outbox) creates it once.',
      headers: z.object({ 'idempotency-key': z.string().optional() }).loose(),
      body: createIncidentRequestSchema,
      response: { 201: incidentSchema, ...scoped, ...errorResponses(409, 422) },
    },
    handler: async (request, reply) => {
      const session = sessionOf(request);
      const orgName = session.memberships.find((m) => m.orgId === request.body.orgId)?.orgName ?? '';
      const result = await incidents.reportIncident(
        deps,
        actorOf(request),
        request.body,
        idempotencyKeyOf(request.headers),
        {
          orgName,
          reporterName: session.user.name,
        },
      );
      return reply.status(result.statusCode as 201).send(result.body);
    },
  });
  r.get('/api/v1/incidents', {
    schema: {
      tags,
      querystring: incidentListQuerySchema,
      response: { 200: incidentListSchema, ...errorResponses(401) },
    },
    handler: async (request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .send(jsonText(await incidents.listIncidents(deps, actorOf(request), request.query))),
  });
  r.get('/api/v1/incidents/:id', {
    schema: { tags, params: incidentParamsSchema, response: { 200: incidentSchema, ...scoped } },
    handler: (request) => incidents.getIncident(deps, actorOf(request), request.params.id),
  });
  r.patch('/api/v1/incidents/:id', {
    schema: {
      tags,
      params: incidentParamsSchema,
      body: updateIncidentRequestSchema,
      response: { 200: incidentSchema, ...scoped, ...errorResponses(409) },
    },
    handler: (request) => incidents.updateIncident(deps, actorOf(request), request.params.id, request.body),
  });
  r.delete('/api/v1/incidents/:id', {
    schema: { tags, params: incidentParamsSchema, response: { 200: okSchema, ...scoped } },
    handler: async (request) => {
      await incidents.deleteIncident(deps, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  });
  r.post('/api/v1/incidents/:id/status', {
    schema: {
      tags,
      params: incidentParamsSchema,
      body: changeStatusRequestSchema,
      response: { 200: incidentSchema, ...scoped, ...errorResponses(409) },
    },
    handler: (request) => incidents.changeStatus(deps, actorOf(request), request.params.id, request.body),
  });
  r.put('/api/v1/incidents/:id/police-reference', {
    schema: {
      tags,
      params: incidentParamsSchema,
      body: policeReferenceRequestSchema,
      response: { 200: incidentSchema, ...scoped },
    },
    handler: (request) =>
      incidents.recordPoliceReference(deps, actorOf(request), request.params.id, request.body.kNumber),
  });
  r.post('/api/v1/incidents/:id/notes', {
    schema: {
      tags,
      params: incidentParamsSchema,
      body: addNoteRequestSchema,
      response: { 201: incidentHistorySchema, ...scoped },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await incidents.addHandlingNote(deps, actorOf(request), request.params.id, request.body.text)),
  });
  r.get('/api/v1/incidents/:id/history', {
    schema: { tags, params: incidentParamsSchema, response: { 200: incidentHistorySchema, ...scoped } },
    handler: (request) => incidents.incidentHistory(deps, actorOf(request), request.params.id),
  });
  // INC-8 and INC-10: the managers' map and export, and the sharing level.
  await mapRoutes(app, deps);
  await exportRoutes(app, deps);
  await sharingRoutes(app, deps);
}
