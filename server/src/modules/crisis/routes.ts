import { okSchema } from '@vaksam/domain/common';
import {
  crisisProfileInputSchema,
  crisisProfileOfMemberSchema,
  crisisProfileReadRequestSchema,
  crisisProfileReadsSchema,
  crisisProfileSchema,
} from '@vaksam/domain/crisis-profile';
import { groupMemberParamsSchema } from '@vaksam/domain/groups';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as crisis from './service';

/** ACC-5: my crisis profile, who has read it, and the crisis admins' read of a member's. */
export async function crisisProfileRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['crisis'];
  const base = '/api/v1/profile/crisis';

  r.get(base, {
    schema: {
      tags,
      description: 'My crisis profile (empty fields when I have none).',
      response: { 200: crisisProfileSchema, ...errorResponses(401) },
    },
    handler: (request) => crisis.getOwnProfile(deps, actorOf(request)),
  });

  r.put(base, {
    schema: {
      tags,
      description:
        'Replaces my crisis profile. Stored encrypted; only crisis admins of a group I am in may read it, and ' +
        'each of their reads is logged for me. Saved with nothing in it, it is removed.',
      body: crisisProfileInputSchema,
      response: { 200: crisisProfileSchema, ...errorResponses(401) },
    },
    handler: (request) => crisis.saveOwnProfile(deps, actorOf(request), request.body),
  });

  r.delete(base, {
    schema: {
      tags,
      description: 'Removes my crisis profile.',
      response: { 200: okSchema, ...errorResponses(401) },
    },
    handler: async (request) => {
      await crisis.deleteOwnProfile(deps, actorOf(request));
      return { ok: true as const };
    },
  });

  r.get(`${base}/reads`, {
    schema: {
      tags,
      description: 'Who has read my crisis profile, when, through which group and why; newest first.',
      response: { 200: crisisProfileReadsSchema, ...errorResponses(401) },
    },
    handler: (request) => crisis.listReadsOfMe(deps, actorOf(request)),
  });

  r.post('/api/v1/groups/:groupId/members/:userId/crisis-profile', {
    schema: {
      tags,
      description:
        'A crisis admin of the group reads the crisis profile of one of its members, giving the reason; the ' +
        'read is logged and shown to the member. To anyone else, the route answers 404.',
      params: groupMemberParamsSchema,
      body: crisisProfileReadRequestSchema,
      response: { 200: crisisProfileOfMemberSchema, ...errorResponses(401, 404) },
    },
    handler: (request) =>
      crisis.readMemberProfile(
        deps,
        actorOf(request),
        request.params.groupId,
        request.params.userId,
        request.body.reason,
      ),
  });
}
