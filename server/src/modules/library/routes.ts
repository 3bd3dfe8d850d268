import { idParamsSchema, okSchema } from '@vaksam/domain/common';
import {
  checklistRunListSchema,
  checklistRunRequestSchema,
  checklistRunSchema,
  libraryEntryRequestSchema,
  libraryEntrySchema,
  libraryListSchema,
  libraryQuerySchema,
} from '@vaksam/domain/library';
import { pageQuerySchema } from '@vaksam/domain/pagination';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf, sessionOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as library from './service';

export async function libraryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['library'];
  r.get('/api/v1/library', {
    schema: {
      tags,
      description:
        "Checklists, FAQ, advice, routines and contact lists the reader may see; `q` searches Swedish and English text (prefixes of words match). `groupId` lists one group's entries: for a group the reader is not a member of the list is empty, as for a group that does not exist.",
      querystring: libraryQuerySchema,
      response: { 200: libraryListSchema, ...errorResponses(401) },
    },
    handler: (request) =>
      library.listLibrary(deps, actorOf(request), request.query, sessionOf(request).user.language),
  });
  r.post('/api/v1/library', {
    schema: {
      tags,
      description:
        "Scope `group` needs the group's `groupId` and an admin of it: the group does not exist for others (404), its members are refused (403), and an archived group is read-only (409).",
      body: libraryEntryRequestSchema,
      response: { 201: libraryEntrySchema, ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await library.createEntry(deps, actorOf(request), request.body)),
  });
  r.get('/api/v1/library/:id', {
    schema: {
      tags,
      params: idParamsSchema,
      response: { 200: libraryEntrySchema, ...errorResponses(401, 404) },
    },
    handler: (request) => library.getEntry(deps, actorOf(request), request.params.id),
  });
  r.put('/api/v1/library/:id', {
    schema: {
      tags,
      params: idParamsSchema,
      body: libraryEntryRequestSchema,
      response: { 200: libraryEntrySchema, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => library.updateEntry(deps, actorOf(request), request.params.id, request.body),
  });
  r.delete('/api/v1/library/:id', {
    schema: {
      tags,
      params: idParamsSchema,
      response: { 200: okSchema, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => library.deleteEntry(deps, actorOf(request), request.params.id),
  });
  r.get('/api/v1/library/:id/runs', {
    schema: {
      tags,
      description: "The reader's own saved runs of a checklist, newest first.",
      params: idParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: checklistRunListSchema, ...errorResponses(401, 404) },
    },
    handler: (request) =>
      library.listRunsOfChecklist(deps, actorOf(request), request.params.id, request.query),
  });
  r.post('/api/v1/library/:id/runs', {
    schema: {
      tags,
      params: idParamsSchema,
      body: checklistRunRequestSchema,
      response: { 201: checklistRunSchema, ...errorResponses(401, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await library.saveRun(deps, actorOf(request), request.params.id, request.body)),
  });
}
