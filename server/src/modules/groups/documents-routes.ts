import { attachmentContentSchema, storedContentTypes } from '@vaksam/domain/attachments';
import { okSchema } from '@vaksam/domain/common';
import {
  GROUP_DOCUMENTS_MAX,
  groupDocumentFieldsSchema,
  groupDocumentListSchema,
  groupDocumentParamsSchema,
  groupDocumentSchema,
  groupDocumentsQuerySchema,
  groupParamsSchema,
  uploadGroupDocumentBodySchema,
} from '@vaksam/domain/groups';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import { idempotencyKeyOf } from '../../platform/idempotency';
import { fileRouteScope, paramsOnlyValidator, sendStoredFile } from '../attachments/serve';
import { receiveUpload } from '../attachments/upload';
import * as documents from './documents-service';

/** GRP-6: documents a group's admins put up for its members, under the rules of a report's files (decision 015). */
export async function groupDocumentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const service = await fileRouteScope(app, deps);
  const r = typed(app);
  const tags = ['groups'];
  const base = '/api/v1/groups/:groupId/documents';

  r.get(base, {
    schema: {
      tags,
      description:
        'The group’s documents, newest first. Members only; `canRemove` tells the admins of an active group.',
      params: groupParamsSchema,
      querystring: groupDocumentsQuerySchema,
      response: { 200: groupDocumentListSchema, ...errorResponses(401, 404) },
    },
    handler: (request) =>
      documents.listDocuments(service, actorOf(request), request.params.groupId, request.query),
  });

  r.post(base, {
    validatorCompiler: paramsOnlyValidator,
    schema: {
      tags,
      description:
        'A group admin puts up a document for the members (multipart/form-data: `title`, then `file`), at most ' +
        `${GROUP_DOCUMENTS_MAX} per group. As for reports: JPEG, PNG, WebP, HEIC or PDF by content, at most 15 MB; ` +
        'images are stored re-encoded without metadata (no EXIF or GPS), HEIC as JPEG. Send an Idempotency-Key ' +
        'so a retried upload is stored once.',
      consumes: ['multipart/form-data'],
      params: groupParamsSchema,
      headers: z.object({ 'idempotency-key': z.string().optional() }).loose(),
      body: uploadGroupDocumentBodySchema,
      response: { 201: groupDocumentSchema, ...errorResponses(401, 403, 404, 409, 413, 415, 422) },
    },
    handler: async (request, reply) => {
      const key = idempotencyKeyOf(request.headers);
      const result = await documents.addDocument(
        service,
        actorOf(request),
        request.params.groupId,
        () => receiveUpload(request, service.storage, groupDocumentFieldsSchema),
        key,
      );
      return reply.status(result.statusCode as 201).send(result.body);
    },
  });

  const contentSchema = (description: string, types: readonly string[]) => ({
    tags,
    description,
    produces: [...types, 'application/json'],
    params: groupDocumentParamsSchema,
    response: { 200: attachmentContentSchema, ...errorResponses(401, 404) },
  });

  r.get(`${base}/:documentId`, {
    schema: contentSchema(
      'A document of the group, for its members. Images are served inline, PDF only as a download in a ' +
        'sandbox; always with nosniff.',
      storedContentTypes,
    ),
    handler: async (request, reply) => {
      const file = await documents.openDocument(service, actorOf(request), request.params, 'file');
      return sendStoredFile(reply, file, file.document.displayName, 'file');
    },
  });

  r.get(`${base}/:documentId/thumbnail`, {
    schema: contentSchema('A WebP thumbnail (at most 400 px) of an image; 404 for PDF.', ['image/webp']),
    handler: async (request, reply) => {
      const file = await documents.openDocument(service, actorOf(request), request.params, 'thumbnail');
      return sendStoredFile(reply, file, file.document.displayName, 'thumbnail');
    },
  });

  r.delete(`${base}/:documentId`, {
    schema: {
      tags,
      description: 'A group admin removes a document; an archived group keeps its documents (409).',
      params: groupDocumentParamsSchema,
      response: { 200: okSchema, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => documents.removeDocument(service, actorOf(request), request.params),
  });
}
