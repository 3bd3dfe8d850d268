import {
  attachmentContentSchema,
  storedContentTypes,
  uploadAttachmentBodySchema,
} from '@vaksam/domain/attachments';
import { okSchema } from '@vaksam/domain/common';
import {
  groupPostAttachmentParamsSchema,
  groupPostAttachmentSchema,
  groupPostParamsSchema,
} from '@vaksam/domain/groups';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import { idempotencyKeyOf } from '../../platform/idempotency';
import { fileRouteScope, paramsOnlyValidator, sendStoredFile } from '../attachments/serve';
import { receiveUpload } from '../attachments/upload';
import * as files from './post-attachments-service';

/** GRP-4: photos and documents of group posts, under the rules of a report's files (decision 015). */
export async function groupPostAttachmentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const service = await fileRouteScope(app, deps);
  const r = typed(app);
  const tags = ['groups'];
  const base = '/api/v1/groups/:groupId/posts/:postId/attachments';

  r.post(base, {
    validatorCompiler: paramsOnlyValidator,
    schema: {
      tags,
      description:
        'The author adds a photo or document to their post (multipart/form-data, field `file`), at most four ' +
        'per post. As for reports: JPEG, PNG, WebP, HEIC or PDF by content, at most 15 MB; images are stored ' +
        're-encoded without metadata (no EXIF or GPS), HEIC as JPEG. Send an Idempotency-Key so a retried ' +
        'upload is stored once.',
      consumes: ['multipart/form-data'],
      params: groupPostParamsSchema,
      headers: z.object({ 'idempotency-key': z.string().optional() }).loose(),
      body: uploadAttachmentBodySchema,
      response: { 201: groupPostAttachmentSchema, ...errorResponses(401, 403, 404, 409, 413, 415, 422) },
    },
    handler: async (request, reply) => {
      const key = idempotencyKeyOf(request.headers);
      const result = await files.addPostAttachment(
        service,
        actorOf(request),
        request.params,
        () => receiveUpload(request, service.storage),
        key,
      );
      return reply.status(result.statusCode as 201).send(result.body);
    },
  });

  const contentSchema = (description: string, types: readonly string[]) => ({
    tags,
    description,
    produces: [...types, 'application/json'],
    params: groupPostAttachmentParamsSchema,
    response: { 200: attachmentContentSchema, ...errorResponses(401, 404) },
  });

  r.get(`${base}/:attachmentId`, {
    schema: contentSchema(
      'A file of a post, for those who may read the post. Images are served inline, PDF only as a download ' +
        'in a sandbox; always with nosniff.',
      storedContentTypes,
    ),
    handler: async (request, reply) => {
      const file = await files.openPostAttachment(service, actorOf(request), request.params, 'file');
      return sendStoredFile(reply, file, file.attachment.displayName, 'file');
    },
  });

  r.get(`${base}/:attachmentId/thumbnail`, {
    schema: contentSchema('A WebP thumbnail (at most 400 px) of an image; 404 for documents.', [
      'image/webp',
    ]),
    handler: async (request, reply) => {
      const file = await files.openPostAttachment(service, actorOf(request), request.params, 'thumbnail');
      return sendStoredFile(reply, file, file.attachment.displayName, 'thumbnail');
    },
  });

  r.delete(`${base}/:attachmentId`, {
    schema: {
      tags,
      description: 'The post’s author or a group admin removes a file.',
      params: groupPostAttachmentParamsSchema,
      response: { 200: okSchema, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => files.removePostAttachment(service, actorOf(request), request.params),
  });
}
