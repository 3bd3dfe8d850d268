import { okSchema } from '@vaksam/domain/common';
import {
  acceptInviteResponseSchema,
  createInviteRequestSchema,
  createJoinRequestSchema,
  createUnitRequestSchema,
  decideJoinRequestSchema,
  inviteListSchema,
  inviteParamsSchema,
  invitePreviewSchema,
  inviteSchema,
  inviteTokenParamsSchema,
  joinRequestListSchema,
  joinRequestParamsSchema,
  joinRequestSchema,
  memberListSchema,
  memberParamsSchema,
  orgListSchema,
  orgLookupQuerySchema,
  orgLookupResponseSchema,
  orgParamsSchema,
  orgSchema,
  registerOrgRequestSchema,
  unitListSchema,
  unitParamsSchema,
  unitSchema,
  updateMemberRequestSchema,
  updateOrgRequestSchema,
  updateUnitRequestSchema,
} from '@vaksam/domain/orgs';
import { pageQuerySchema } from '@vaksam/domain/pagination';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf, sessionOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as invites from './invites-service';
import * as joinRequests from './join-requests-service';
import * as members from './members-service';
import * as orgs from './service';
import * as units from './units-service';

export async function orgRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['orgs'];
  const scoped = errorResponses(401, 403, 404);

  r.get('/api/v1/orgs', {
    schema: { tags, response: { 200: orgListSchema, ...errorResponses(401) } },
    handler: (request) => orgs.listMyOrgs(deps, actorOf(request)),
  });
  r.post('/api/v1/orgs', {
    schema: {
      tags,
      body: registerOrgRequestSchema,
      response: { 201: orgSchema, ...errorResponses(401, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await orgs.registerOrg(deps, actorOf(request), request.body)),
  });
  r.get('/api/v1/orgs/lookup', {
    schema: {
      tags,
      querystring: orgLookupQuerySchema,
      response: { 200: orgLookupResponseSchema, ...errorResponses(401) },
    },
    handler: (request) => orgs.lookupOrg(deps, request.query.orgNumber),
  });
  r.get('/api/v1/orgs/:orgId', {
    schema: { tags, params: orgParamsSchema, response: { 200: orgSchema, ...scoped } },
    handler: (request) => orgs.getOrg(deps, actorOf(request), request.params.orgId),
  });
  r.patch('/api/v1/orgs/:orgId', {
    schema: {
      tags,
      params: orgParamsSchema,
      body: updateOrgRequestSchema,
      response: { 200: orgSchema, ...scoped },
    },
    handler: (request) => orgs.updateOrg(deps, actorOf(request), request.params.orgId, request.body),
  });

  // Join requests
  r.post('/api/v1/join-requests', {
    schema: {
      tags,
      body: createJoinRequestSchema,
      response: { 201: joinRequestSchema, ...errorResponses(401, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await joinRequests.requestToJoin(deps, actorOf(request), request.body)),
  });
  r.get('/api/v1/join-requests', {
    schema: {
      tags,
      querystring: pageQuerySchema,
      response: { 200: joinRequestListSchema, ...errorResponses(401) },
    },
    handler: (request) => joinRequests.listMyJoinRequests(deps, actorOf(request), request.query),
  });
  r.get('/api/v1/orgs/:orgId/join-requests', {
    schema: {
      tags,
      params: orgParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: joinRequestListSchema, ...scoped },
    },
    handler: (request) =>
      joinRequests.listJoinRequests(deps, actorOf(request), request.params.orgId, request.query),
  });
  r.post('/api/v1/orgs/:orgId/join-requests/:requestId/decision', {
    schema: {
      tags,
      params: joinRequestParamsSchema,
      body: decideJoinRequestSchema,
      response: { 200: joinRequestSchema, ...scoped, ...errorResponses(409) },
    },
    handler: (request) =>
      joinRequests.decideJoinRequest(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.requestId,
        request.body,
      ),
  });

  // Members
  r.get('/api/v1/orgs/:orgId/members', {
    schema: {
      tags,
      params: orgParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: memberListSchema, ...scoped },
    },
    handler: (request) => members.listMembers(deps, actorOf(request), request.params.orgId, request.query),
  });
  r.patch('/api/v1/orgs/:orgId/members/:userId', {
    schema: {
      tags,
      params: memberParamsSchema,
      body: updateMemberRequestSchema,
      response: { 200: okSchema, ...scoped, ...errorResponses(409) },
    },
    handler: async (request) => {
      await members.changeMemberRole(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.userId,
        request.body.role,
      );
      return { ok: true as const };
    },
  });
  r.delete('/api/v1/orgs/:orgId/members/:userId', {
    schema: {
      tags,
      params: memberParamsSchema,
      response: { 200: okSchema, ...scoped, ...errorResponses(409) },
    },
    handler: async (request) => {
      await members.removeMember(deps, actorOf(request), request.params.orgId, request.params.userId);
      return { ok: true as const };
    },
  });

  // Invites
  r.get('/api/v1/orgs/:orgId/invites', {
    schema: {
      tags,
      params: orgParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: inviteListSchema, ...scoped },
    },
    handler: (request) => invites.listInvites(deps, actorOf(request), request.params.orgId, request.query),
  });
  r.post('/api/v1/orgs/:orgId/invites', {
    schema: {
      tags,
      params: orgParamsSchema,
      body: createInviteRequestSchema,
      response: { 201: inviteSchema, ...scoped, ...errorResponses(409) },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await invites.createInvite(deps, actorOf(request), request.params.orgId, request.body)),
  });
  r.delete('/api/v1/orgs/:orgId/invites/:inviteId', {
    schema: {
      tags,
      params: inviteParamsSchema,
      response: { 200: okSchema, ...scoped, ...errorResponses(409) },
    },
    handler: async (request) => {
      await invites.revokeInvite(deps, actorOf(request), request.params.orgId, request.params.inviteId);
      return { ok: true as const };
    },
  });
  r.get('/api/v1/invites/:token', {
    config: { auth: 'public' },
    schema: {
      tags,
      params: inviteTokenParamsSchema,
      response: { 200: invitePreviewSchema, ...errorResponses(404) },
    },
    handler: (request) => invites.previewInvite(deps, request.params.token),
  });
  r.post('/api/v1/invites/:token/accept', {
    schema: {
      tags,
      params: inviteTokenParamsSchema,
      response: { 200: acceptInviteResponseSchema, ...errorResponses(401, 404, 409, 422) },
    },
    handler: (request) =>
      invites.acceptInvite(deps, actorOf(request), sessionOf(request).user.email, request.params.token),
  });

  // Units
  r.get('/api/v1/orgs/:orgId/units', {
    schema: {
      tags,
      params: orgParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: unitListSchema, ...scoped },
    },
    handler: (request) => units.listUnits(deps, actorOf(request), request.params.orgId, request.query),
  });
  r.post('/api/v1/orgs/:orgId/units', {
    schema: {
      tags,
      params: orgParamsSchema,
      body: createUnitRequestSchema,
      response: { 201: unitSchema, ...scoped },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await units.createUnit(deps, actorOf(request), request.params.orgId, request.body)),
  });
  r.get('/api/v1/orgs/:orgId/units/:unitId', {
    schema: { tags, params: unitParamsSchema, response: { 200: unitSchema, ...scoped } },
    handler: (request) => units.getUnit(deps, actorOf(request), request.params.orgId, request.params.unitId),
  });
  r.patch('/api/v1/orgs/:orgId/units/:unitId', {
    schema: {
      tags,
      params: unitParamsSchema,
      body: updateUnitRequestSchema,
      response: { 200: unitSchema, ...scoped },
    },
    handler: (request) =>
      units.updateUnit(deps, actorOf(request), request.params.orgId, request.params.unitId, request.body),
  });
  r.delete('/api/v1/orgs/:orgId/units/:unitId', {
    schema: { tags, params: unitParamsSchema, response: { 200: okSchema, ...scoped } },
    handler: async (request) => {
      await units.deleteUnit(deps, actorOf(request), request.params.orgId, request.params.unitId);
      return { ok: true as const };
    },
  });
}
