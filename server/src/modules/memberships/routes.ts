import {
  membershipClaimListSchema,
  membershipClaimParamsSchema,
  membershipClaimQuerySchema,
  membershipClaimSchema,
  membershipDecisionRequestSchema,
} from '@vaksam/domain/memberships';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as memberships from './service';

export async function membershipRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['memberships'];
  r.get('/api/v1/admin/memberships', {
    schema: {
      tags,
      description: 'Trade-federation membership numbers users have entered, for analysts to verify.',
      querystring: membershipClaimQuerySchema,
      response: { 200: membershipClaimListSchema, ...errorResponses(401, 404) },
    },
    handler: (request) => memberships.listMembershipClaims(deps, actorOf(request), request.query),
  });
  r.put('/api/v1/admin/memberships/:userId', {
    schema: {
      tags,
      params: membershipClaimParamsSchema,
      body: membershipDecisionRequestSchema,
      response: { 200: membershipClaimSchema, ...errorResponses(401, 404, 409) },
    },
    handler: (request) =>
      memberships.decideMembership(deps, actorOf(request), request.params.userId, request.body),
  });
}
