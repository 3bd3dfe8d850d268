import { okSchema, uuidSchema } from '@vaksam/domain/common';
import {
  createGroupRequestSchema,
  createPostRequestSchema,
  editPostRequestSchema,
  groupApplicationDecisionSchema,
  groupApplicationListSchema,
  groupApplicationParamsSchema,
  groupApplicationRequestSchema,
  groupApplicationSchema,
  groupBanRequestSchema,
  groupCreatorClaimListSchema,
  groupCreatorClaimSchema,
  groupCreatorDecisionSchema,
  groupCreatorQuerySchema,
  groupCreatorRequestSchema,
  groupCreatorStateSchema,
  groupFeedQuerySchema,
  groupInviteAcceptedSchema,
  groupInviteListSchema,
  groupInviteParamsSchema,
  groupInvitePreviewSchema,
  groupInviteRequestSchema,
  groupInviteSchema,
  groupListSchema,
  groupMemberListSchema,
  groupMemberParamsSchema,
  groupMemberSchema,
  groupParamsSchema,
  groupPostListSchema,
  groupPostParamsSchema,
  groupPostSchema,
  groupSchema,
  groupSearchQuerySchema,
  groupThreadSchema,
  reportPostRequestSchema,
  updateGroupMemberRequestSchema,
  updateGroupRequestSchema,
} from '@vaksam/domain/groups';
import { inviteTokenParamsSchema } from '@vaksam/domain/orgs';
import { pageQuerySchema } from '@vaksam/domain/pagination';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { actorOf, sessionOf } from '../../platform/auth/hook';
import { errorResponses, jsonText, typed } from '../../platform/http/route';
import * as applications from './applications-service';
import * as creators from './creators-service';
import * as invites from './invites-service';
import * as members from './members-service';
import * as posts from './posts-service';
import * as groups from './service';
import { sharedIncidentRoutes } from './shared-incidents-routes';

export async function groupRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['groups'];
  const inGroup = errorResponses(401, 403, 404, 409);

  r.get('/api/v1/groups', {
    schema: {
      tags,
      description: 'Open groups anyone may apply to, by name and kommun.',
      querystring: groupSearchQuerySchema,
      response: { 200: groupListSchema, ...errorResponses(401) },
    },
    handler: (request) => groups.searchGroups(deps, actorOf(request), request.query),
  });
  r.get('/api/v1/groups/mine', {
    schema: {
      tags,
      querystring: pageQuerySchema,
      response: { 200: groupListSchema, ...errorResponses(401) },
    },
    handler: (request) => groups.myGroups(deps, actorOf(request), request.query),
  });
  r.post('/api/v1/groups', {
    schema: {
      tags,
      body: createGroupRequestSchema,
      response: { 201: groupSchema, ...errorResponses(401, 403) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await groups.createGroup(deps, actorOf(request), request.body)),
  });
  r.get('/api/v1/groups/creator', {
    schema: {
      tags,
      description: 'Whether the reader may create groups, and their request for the right.',
      response: { 200: groupCreatorStateSchema, ...errorResponses(401) },
    },
    handler: (request) => creators.creatorState(deps, actorOf(request)),
  });
  r.post('/api/v1/groups/creator', {
    schema: {
      tags,
      body: groupCreatorRequestSchema,
      response: { 200: groupCreatorStateSchema, ...errorResponses(401, 409) },
    },
    handler: (request) => creators.requestCreatorRight(deps, actorOf(request), request.body.reason),
  });
  r.get('/api/v1/groups/:groupId', {
    schema: { tags, params: groupParamsSchema, response: { 200: groupSchema, ...errorResponses(401, 404) } },
    handler: (request) => groups.getGroup(deps, actorOf(request), request.params.groupId),
  });
  r.patch('/api/v1/groups/:groupId', {
    schema: {
      tags,
      params: groupParamsSchema,
      body: updateGroupRequestSchema,
      response: { 200: groupSchema, ...inGroup },
    },
    handler: (request) => groups.updateGroup(deps, actorOf(request), request.params.groupId, request.body),
  });

  r.get('/api/v1/groups/:groupId/members', {
    schema: {
      tags,
      params: groupParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: groupMemberListSchema, ...errorResponses(401, 404) },
    },
    handler: (request) => members.listMembers(deps, actorOf(request), request.params.groupId, request.query),
  });
  r.patch('/api/v1/groups/:groupId/members/:userId', {
    schema: {
      tags,
      params: groupMemberParamsSchema,
      body: updateGroupMemberRequestSchema,
      response: { 200: groupMemberSchema, ...inGroup },
    },
    handler: (request) =>
      members.updateMember(
        deps,
        actorOf(request),
        request.params.groupId,
        request.params.userId,
        request.body,
      ),
  });
  r.delete('/api/v1/groups/:groupId/members/:userId', {
    schema: {
      tags,
      description: 'Admins remove a member; a member removes themselves to leave.',
      params: groupMemberParamsSchema,
      response: { 200: okSchema, ...inGroup },
    },
    handler: (request) =>
      members.removeMember(deps, actorOf(request), request.params.groupId, request.params.userId),
  });

  r.post('/api/v1/groups/:groupId/applications', {
    schema: {
      tags,
      params: groupParamsSchema,
      body: groupApplicationRequestSchema,
      response: { 200: groupSchema, ...inGroup },
    },
    handler: (request) =>
      applications.applyToGroup(deps, actorOf(request), request.params.groupId, request.body.message),
  });
  r.get('/api/v1/groups/:groupId/applications', {
    schema: {
      tags,
      description: 'Applications waiting for an answer.',
      params: groupParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: groupApplicationListSchema, ...errorResponses(401, 403, 404) },
    },
    handler: (request) =>
      applications.listGroupApplications(deps, actorOf(request), request.params.groupId, request.query),
  });
  r.put('/api/v1/groups/:groupId/applications/:applicationId', {
    schema: {
      tags,
      params: groupApplicationParamsSchema,
      body: groupApplicationDecisionSchema,
      response: { 200: groupApplicationSchema, ...inGroup },
    },
    handler: (request) =>
      applications.decideApplication(
        deps,
        actorOf(request),
        request.params.groupId,
        request.params.applicationId,
        request.body.decision,
      ),
  });

  r.get('/api/v1/groups/:groupId/invites', {
    schema: {
      tags,
      params: groupParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: groupInviteListSchema, ...errorResponses(401, 403, 404) },
    },
    handler: (request) =>
      invites.listGroupInvites(deps, actorOf(request), request.params.groupId, request.query),
  });
  r.post('/api/v1/groups/:groupId/invites', {
    schema: {
      tags,
      params: groupParamsSchema,
      body: groupInviteRequestSchema,
      response: { 201: groupInviteSchema, ...inGroup },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await invites.inviteToGroup(deps, actorOf(request), request.params.groupId, request.body.email),
        ),
  });
  r.delete('/api/v1/groups/:groupId/invites/:inviteId', {
    schema: { tags, params: groupInviteParamsSchema, response: { 200: okSchema, ...inGroup } },
    handler: (request) =>
      invites.revokeGroupInvite(deps, actorOf(request), request.params.groupId, request.params.inviteId),
  });
  r.get('/api/v1/group-invites/:token', {
    config: { auth: 'public' },
    schema: {
      tags,
      params: inviteTokenParamsSchema,
      response: { 200: groupInvitePreviewSchema, ...errorResponses(404) },
    },
    handler: (request) => invites.previewGroupInvite(deps, request.params.token),
  });
  r.post('/api/v1/group-invites/:token/accept', {
    schema: {
      tags,
      params: inviteTokenParamsSchema,
      response: { 200: groupInviteAcceptedSchema, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) =>
      invites.acceptGroupInvite(deps, actorOf(request), sessionOf(request).user.email, request.params.token),
  });

  r.get('/api/v1/groups/:groupId/posts', {
    schema: {
      tags,
      description:
        'Threads, newest first: the feed, the moderation queue (`pending`) or reported posts (`reported`).',
      params: groupParamsSchema,
      querystring: groupFeedQuerySchema,
      response: { 200: groupPostListSchema, ...errorResponses(401, 403, 404) },
    },
    // Serialised once, without validating the page again (decision 017); posts.test.ts checks it against the schema.
    handler: async (request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .send(
          jsonText(
            JSON.stringify(
              await posts.listFeed(deps, actorOf(request), request.params.groupId, request.query),
            ),
          ),
        ),
  });
  r.post('/api/v1/groups/:groupId/posts', {
    schema: {
      tags,
      params: groupParamsSchema,
      body: createPostRequestSchema,
      response: { 201: groupPostSchema, ...inGroup },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await posts.createPost(deps, actorOf(request), request.params.groupId, request.body)),
  });
  r.get('/api/v1/groups/:groupId/posts/:postId', {
    schema: {
      tags,
      description: 'A thread with its replies.',
      params: groupPostParamsSchema,
      response: { 200: groupThreadSchema, ...errorResponses(401, 404) },
    },
    handler: (request) =>
      posts.getThread(deps, actorOf(request), request.params.groupId, request.params.postId),
  });
  r.patch('/api/v1/groups/:groupId/posts/:postId', {
    schema: {
      tags,
      params: groupPostParamsSchema,
      body: editPostRequestSchema,
      response: { 200: groupPostSchema, ...inGroup },
    },
    handler: (request) =>
      posts.editPost(
        deps,
        actorOf(request),
        request.params.groupId,
        request.params.postId,
        request.body.body,
      ),
  });
  r.delete('/api/v1/groups/:groupId/posts/:postId', {
    schema: { tags, params: groupPostParamsSchema, response: { 200: okSchema, ...inGroup } },
    handler: (request) =>
      posts.removePost(deps, actorOf(request), request.params.groupId, request.params.postId),
  });
  r.post('/api/v1/groups/:groupId/posts/:postId/approval', {
    schema: { tags, params: groupPostParamsSchema, response: { 200: groupPostSchema, ...inGroup } },
    handler: (request) =>
      posts.approvePost(deps, actorOf(request), request.params.groupId, request.params.postId),
  });
  r.post('/api/v1/groups/:groupId/posts/:postId/reports', {
    schema: {
      tags,
      params: groupPostParamsSchema,
      body: reportPostRequestSchema,
      response: { 200: okSchema, ...inGroup },
    },
    handler: (request) =>
      posts.reportPost(
        deps,
        actorOf(request),
        request.params.groupId,
        request.params.postId,
        request.body.reason,
      ),
  });
  r.post('/api/v1/groups/:groupId/bans', {
    schema: {
      tags,
      params: groupParamsSchema,
      body: groupBanRequestSchema,
      response: { 200: okSchema, ...inGroup },
    },
    handler: (request) =>
      posts.banMember(deps, actorOf(request), request.params.groupId, request.body.userId),
  });
  r.delete('/api/v1/groups/:groupId/bans/:userId', {
    schema: { tags, params: groupMemberParamsSchema, response: { 200: okSchema, ...inGroup } },
    handler: (request) =>
      posts.liftBan(deps, actorOf(request), request.params.groupId, request.params.userId),
  });

  r.get('/api/v1/admin/group-creators', {
    schema: {
      tags,
      description: 'Requests for the right to create groups, for analysts to decide.',
      querystring: groupCreatorQuerySchema,
      response: { 200: groupCreatorClaimListSchema, ...errorResponses(401, 404) },
    },
    handler: (request) => creators.listCreatorClaims(deps, actorOf(request), request.query),
  });
  r.put('/api/v1/admin/group-creators/:userId', {
    schema: {
      tags,
      params: z.object({ userId: uuidSchema }).strict(),
      body: groupCreatorDecisionSchema,
      response: { 200: groupCreatorClaimSchema, ...errorResponses(401, 404) },
    },
    handler: (request) =>
      creators.decideCreatorRight(deps, actorOf(request), request.params.userId, request.body.decision),
  });
  await sharedIncidentRoutes(app, deps);
}
