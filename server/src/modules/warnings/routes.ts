import { idParamsSchema } from '@vaksam/domain/common';
import {
  feedWarningListSchema,
  feedWarningSchema,
  unreadWarningsSchema,
  warningFeedbackSchema,
  warningFeedQuerySchema,
  warningInputSchema,
  warningListQuerySchema,
  warningListSchema,
  warningPreviewRequestSchema,
  warningPreviewSchema,
  warningSchema,
  warningUpdateSchema,
} from '@vaksam/domain/warnings';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as warnings from './service';

/** WARN-1 … WARN-3, WARN-5: the authors' side under /warnings/authored, the recipients' feed under /warnings. */
export async function warningRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['warnings'];
  const authoredErrors = errorResponses(401, 404, 409);

  r.get('/api/v1/warnings', {
    schema: {
      tags,
      description:
        'The warnings in force that reached me, newest first; `unread=true` for the unopened only.',
      querystring: warningFeedQuerySchema,
      response: { 200: feedWarningListSchema, ...errorResponses(401) },
    },
    handler: (request) => warnings.listMyWarnings(deps, actorOf(request), request.query),
  });
  r.get('/api/v1/warnings/unread-count', {
    schema: { tags, response: { 200: unreadWarningsSchema, ...errorResponses(401) } },
    handler: (request) => warnings.unreadWarnings(deps, actorOf(request)),
  });
  r.post('/api/v1/warnings/:id/open', {
    schema: {
      tags,
      description: 'Reads one warning of my feed and marks it opened.',
      params: idParamsSchema,
      response: { 200: feedWarningSchema, ...errorResponses(401, 404) },
    },
    handler: (request) => warnings.openMyWarning(deps, actorOf(request), request.params.id),
  });
  r.put('/api/v1/warnings/:id/feedback', {
    schema: {
      tags,
      params: idParamsSchema,
      body: warningFeedbackSchema,
      response: { 200: feedWarningSchema, ...errorResponses(401, 404) },
    },
    handler: (request) =>
      warnings.giveFeedback(deps, actorOf(request), request.params.id, request.body.feedback),
  });

  r.post('/api/v1/warnings/preview', {
    schema: {
      tags,
      description: 'How many people a targeting would reach, by industry section and by län.',
      body: warningPreviewRequestSchema,
      response: { 200: warningPreviewSchema, ...authoredErrors },
    },
    handler: (request) => warnings.previewWarning(deps, actorOf(request), request.body),
  });
  r.get('/api/v1/warnings/authored', {
    schema: {
      tags,
      description: 'The platform’s warnings (analysts), or a group’s (`groupId`, its admins), newest first.',
      querystring: warningListQuerySchema,
      response: { 200: warningListSchema, ...authoredErrors },
    },
    handler: (request) => warnings.listAuthoredWarnings(deps, actorOf(request), request.query),
  });
  r.post('/api/v1/warnings/authored', {
    schema: {
      tags,
      description: 'Writes a warning as a draft; publish it to send it.',
      body: warningInputSchema,
      response: { 201: warningSchema, ...authoredErrors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await warnings.createWarning(deps, actorOf(request), request.body)),
  });
  r.get('/api/v1/warnings/authored/:id', {
    schema: { tags, params: idParamsSchema, response: { 200: warningSchema, ...authoredErrors } },
    handler: (request) => warnings.getAuthoredWarning(deps, actorOf(request), request.params.id),
  });
  r.put('/api/v1/warnings/authored/:id', {
    schema: {
      tags,
      params: idParamsSchema,
      body: warningUpdateSchema,
      response: { 200: warningSchema, ...authoredErrors },
    },
    handler: (request) => warnings.updateWarning(deps, actorOf(request), request.params.id, request.body),
  });
  r.post('/api/v1/warnings/authored/:id/publish', {
    schema: {
      tags,
      description: 'Sends the warning to everyone it matches, when it comes into force.',
      params: idParamsSchema,
      response: { 200: warningSchema, ...authoredErrors },
    },
    handler: (request) => warnings.publishWarning(deps, actorOf(request), request.params.id),
  });
  r.post('/api/v1/warnings/authored/:id/withdraw', {
    schema: { tags, params: idParamsSchema, response: { 200: warningSchema, ...authoredErrors } },
    handler: (request) => warnings.withdrawWarning(deps, actorOf(request), request.params.id),
  });
}
