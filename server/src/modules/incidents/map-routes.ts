import { incidentMapQuerySchema, incidentMapSchema, MAP_POINTS_MAX } from '@vaksam/domain/incidents/overview';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import { incidentMap } from './map';

/** INC-8: the managers' overview on a map. */
export async function mapRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  typed(app).get('/api/v1/incidents/map', {
    schema: {
      tags: ['incidents'],
      description:
        `The reports the list shows with the same filters, as points (the newest ${MAP_POINTS_MAX}; \`truncated\` ` +
        'says there were more). A report without a position of its own is placed at its unit.',
      querystring: incidentMapQuerySchema,
      response: { 200: incidentMapSchema, ...errorResponses(401) },
    },
    handler: (request) => incidentMap(deps, actorOf(request), request.query),
  });
}
