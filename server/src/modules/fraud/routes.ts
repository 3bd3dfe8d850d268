import { idParamsSchema, okSchema } from '@vaksam/domain/common';
import {
  fraudEntryInputSchema,
  fraudEntryListSchema,
  fraudEntrySchema,
  fraudEntryUpdateSchema,
  fraudFollowingSchema,
  fraudListQuerySchema,
  fraudReportInputSchema,
  fraudSearchQuerySchema,
  fraudSearchResultSchema,
  fraudTopListSchema,
  fraudTopQuerySchema,
} from '@vaksam/domain/fraud';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as followers from './followers';
import * as fraud from './service';

/** FRAUD-1, FRAUD-2, FRAUD-7: the list is public; analysts keep it. */
export async function fraudRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['fraud'];
  const publicRoute = { auth: 'public' as const };

  r.get('/api/v1/fraud-list', {
    config: publicRoute,
    schema: {
      tags,
      description: 'Varningslistan, newest first. Public.',
      querystring: fraudListQuerySchema,
      response: { 200: fraudEntryListSchema },
    },
    handler: (request) => fraud.listEntries(deps, request.query),
  });
  r.get('/api/v1/fraud-list/search', {
    config: publicRoute,
    schema: {
      tags,
      description:
        'Is this sender on the list? The query is tried as an organisationsnummer, bankgiro, plusgiro, IBAN, ' +
        'web or e-mail address (checksums checked), and as a name with typos. Public.',
      querystring: fraudSearchQuerySchema,
      response: { 200: fraudSearchResultSchema },
    },
    handler: (request) => fraud.searchList(deps, request.query.q),
  });
  r.get('/api/v1/fraud-list/top', {
    config: publicRoute,
    schema: {
      tags,
      description: 'The senders with most reports in a month (Swedish time; this month by default). Public.',
      querystring: fraudTopQuerySchema,
      response: { 200: fraudTopListSchema },
    },
    handler: (request) => fraud.topList(deps, request.query.month),
  });
  r.get('/api/v1/fraud-list/:id', {
    config: publicRoute,
    schema: {
      tags,
      params: idParamsSchema,
      response: { 200: fraudEntrySchema, ...errorResponses(404) },
    },
    handler: (request) => fraud.getEntry(deps, request.params.id),
  });

  r.get('/api/v1/fraud-list/following', {
    schema: {
      tags,
      description: 'Whether I follow the list: a notice (and a push, by my choice) of every new entry.',
      response: { 200: fraudFollowingSchema, ...errorResponses(401) },
    },
    handler: (request) => followers.isFollowing(deps, actorOf(request)),
  });
  r.put('/api/v1/fraud-list/following', {
    schema: {
      tags,
      body: fraudFollowingSchema,
      response: { 200: fraudFollowingSchema, ...errorResponses(401) },
    },
    handler: (request) => followers.setFollowing(deps, actorOf(request), request.body.following),
  });

  const managed = errorResponses(401, 404);
  r.post('/api/v1/admin/fraud-entries', {
    schema: {
      tags,
      description: 'An analyst publishes a sender on Varningslistan; its first report is counted now.',
      body: fraudEntryInputSchema,
      response: { 201: fraudEntrySchema, ...managed, ...errorResponses(409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await fraud.createEntry(deps, actorOf(request), request.body)),
  });
  r.put('/api/v1/admin/fraud-entries/:id', {
    schema: {
      tags,
      description: 'Replaces an entry’s details; `updatedAt` must be the one read, or 409.',
      params: idParamsSchema,
      body: fraudEntryUpdateSchema,
      response: { 200: fraudEntrySchema, ...managed, ...errorResponses(409) },
    },
    handler: (request) => fraud.updateEntry(deps, actorOf(request), request.params.id, request.body),
  });
  r.delete('/api/v1/admin/fraud-entries/:id', {
    schema: { tags, params: idParamsSchema, response: { 200: okSchema, ...managed } },
    handler: (request) => fraud.removeEntry(deps, actorOf(request), request.params.id),
  });
  r.post('/api/v1/admin/fraud-entries/:id/reports', {
    schema: {
      tags,
      description: 'Counts one more report of the entry’s invoices (now, or when it came in).',
      params: idParamsSchema,
      body: fraudReportInputSchema,
      response: { 201: fraudEntrySchema, ...managed },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await fraud.recordReport(deps, actorOf(request), request.params.id, request.body)),
  });
}
