import { okSchema } from '@vaksam/domain/common';
import {
  groupSharedIncidentParamsSchema,
  groupSharedIncidentsParamsSchema,
  groupSharedIncidentsQuerySchema,
  groupShareRequestSchema,
  incidentGroupShareSchema,
  incidentGroupSharesSchema,
  incidentSharesParamsSchema,
  sharedIncidentPageSchema,
} from '@vaksam/domain/shared-incidents';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as shared from './shared-incidents-service';

/** GRP-5, INC-10: reports shared into groups as summaries, seen from the report and from the group. */
export async function sharedIncidentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const scoped = errorResponses(401, 403, 404);

  r.get('/api/v1/incidents/:incidentId/group-shares', {
    schema: {
      tags: ['incidents'],
      description:
        'The groups the report is shared into, and the groups the asking user may still share it into ' +
        '(empty while the report’s sharing level is not `groups`).',
      params: incidentSharesParamsSchema,
      response: { 200: incidentGroupSharesSchema, ...scoped },
    },
    handler: (request) => shared.listIncidentShares(deps, actorOf(request), request.params.incidentId),
  });
  r.post('/api/v1/incidents/:incidentId/group-shares', {
    schema: {
      tags: ['incidents'],
      description:
        'Shares the report into a group the user is a member of, as a summary without the reporter. The report’s ' +
        'level must be `groups` (409 otherwise); `includeDescription` is for the organisation’s managers.',
      params: incidentSharesParamsSchema,
      body: groupShareRequestSchema,
      response: { 201: incidentGroupShareSchema, ...scoped, ...errorResponses(409, 422) },
    },
    handler: async (request, reply) => {
      const share = await shared.shareIncident(
        deps,
        actorOf(request),
        request.params.incidentId,
        request.body,
      );
      return reply.status(201).send(share);
    },
  });
  r.get('/api/v1/groups/:groupId/incidents', {
    schema: {
      tags: ['groups'],
      description: 'Reports shared into the group, newest first, as summaries. Members only.',
      params: groupSharedIncidentsParamsSchema,
      querystring: groupSharedIncidentsQuerySchema,
      response: { 200: sharedIncidentPageSchema, ...scoped },
    },
    handler: (request) =>
      shared.listGroupIncidents(deps, actorOf(request), request.params.groupId, request.query),
  });
  r.delete('/api/v1/groups/:groupId/incidents/:shareId', {
    schema: {
      tags: ['groups'],
      description:
        'Takes a shared report out of the group: the one who shared it, a manager of its organisation, or a group admin.',
      params: groupSharedIncidentParamsSchema,
      response: { 200: okSchema, ...scoped },
    },
    handler: async (request) => {
      await shared.unshareIncident(deps, actorOf(request), request.params.groupId, request.params.shareId);
      return { ok: true as const };
    },
  });
}
