import { incidentParamsSchema, incidentSchema } from '@vaksam/domain/incidents/api';
import {
  incidentSharingRequestSchema,
  orgSharingDefaultRequestSchema,
  orgSharingDefaultSchema,
  orgSharingParamsSchema,
} from '@vaksam/domain/incidents/sharing';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as sharing from './sharing';

/** INC-10: the sharing level of one report, and the organisation's default for new ones. */
export async function sharingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['incidents'];
  const scoped = errorResponses(401, 403, 404);

  r.put('/api/v1/incidents/:id/sharing', {
    schema: {
      tags,
      description:
        'Sets how far the report may go: only the organisation, or also anonymous statistics. ' +
        '`groups` answers 422 until groups exist.',
      params: incidentParamsSchema,
      body: incidentSharingRequestSchema,
      response: { 200: incidentSchema, ...scoped, ...errorResponses(422) },
    },
    handler: (request) =>
      sharing.changeIncidentSharing(deps, actorOf(request), request.params.id, request.body.sharing),
  });
  r.get('/api/v1/orgs/:orgId/incident-sharing', {
    schema: {
      tags,
      description: 'The sharing level a new report of the organisation gets.',
      params: orgSharingParamsSchema,
      response: { 200: orgSharingDefaultSchema, ...scoped },
    },
    handler: (request) => sharing.getOrgSharingDefault(deps, actorOf(request), request.params.orgId),
  });
  r.put('/api/v1/orgs/:orgId/incident-sharing', {
    schema: {
      tags,
      description: 'Changes the default for reports filed from now on; filed reports keep their level.',
      params: orgSharingParamsSchema,
      body: orgSharingDefaultRequestSchema,
      response: { 200: orgSharingDefaultSchema, ...scoped, ...errorResponses(422) },
    },
    handler: (request) =>
      sharing.setOrgSharingDefault(deps, actorOf(request), request.params.orgId, request.body.defaultSharing),
  });
}
