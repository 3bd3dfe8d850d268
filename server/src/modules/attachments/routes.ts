import {
  attachmentContentSchema,
  attachmentListSchema,
  attachmentParamsSchema,
  attachmentSchema,
  incidentAttachmentsParamsSchema,
  storedContentTypes,
  uploadAttachmentBodySchema,
} from '@vaksam/domain/attachments';
import { okSchema } from '@vaksam/domain/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { actorOf, sessionOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import { idempotencyKeyOf } from '../../platform/idempotency';
import { acceptUploads, paramsOnlyValidator, sendStoredFile } from './serve';
import * as attachments from './service';
import { AttachmentStorage } from './storage';
import { receiveUpload } from './upload';

export async function attachmentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // Registered in this scope only: no other route of the API accepts multipart bodies.
  await acceptUploads(app);
  const r = typed(app);
  const tags = ['attachments'];
  const scoped = errorResponses(401, 403, 404);
  const service = { db: deps.db, storage: new AttachmentStorage(deps.config.dataDir) };
  const swept = await service.storage.sweepTemp();
  if (swept > 0) deps.logger.info({ swept }, 'removed unfinished attachment uploads');

  r.post('/api/v1/incidents/:incidentId/attachments', {
    validatorCompiler: paramsOnlyValidator,
    schema: {
      tags,
      description:
        'Adds a photo or document to a report (multipart/form-data, field `file`). The type is decided by the ' +
        'content: JPEG, PNG, WebP, HEIC or PDF, at most 15 MB. Images are stored re-encoded without metadata ' +
        '(no EXIF or GPS); HEIC is stored as JPEG. Send an Idempotency-Key so a retried upload is stored once.',
      consumes: ['multipart/form-data'],
      params: incidentAttachmentsParamsSchema,
      headers: z.object({ 'idempotency-key': z.string().optional() }).loose(),
      body: uploadAttachmentBodySchema,
      response: { 201: attachmentSchema, ...scoped, ...errorResponses(409, 413, 415, 422) },
    },
    handler: async (request, reply) => {
      const key = idempotencyKeyOf(request.headers);
      const result = await attachments.addAttachment(
        service,
        actorOf(request),
        request.params.incidentId,
        () => receiveUpload(request, service.storage),
        key,
        sessionOf(request).user.name,
      );
      return reply.status(result.statusCode as 201).send(result.body);
    },
  });

  r.get('/api/v1/incidents/:incidentId/attachments', {
    schema: {
      tags,
      params: incidentAttachmentsParamsSchema,
      response: { 200: attachmentListSchema, ...scoped },
    },
    handler: (request) =>
      attachments.listIncidentAttachments(service, actorOf(request), request.params.incidentId),
  });

  const contentSchema = (description: string, types: readonly string[]) => ({
    tags,
    description,
    produces: [...types, 'application/json'],
    params: attachmentParamsSchema,
    response: { 200: attachmentContentSchema, ...scoped },
  });

  r.get('/api/v1/incidents/:incidentId/attachments/:attachmentId', {
    schema: contentSchema(
      'The stored file. Images are served inline, PDF only as a download in a sandbox; always with nosniff.',
      storedContentTypes,
    ),
    handler: async (request, reply) => {
      const file = await attachments.openAttachment(service, actorOf(request), request.params, 'file');
      return sendStoredFile(reply, file, file.attachment.displayName, 'file');
    },
  });

  r.get('/api/v1/incidents/:incidentId/attachments/:attachmentId/thumbnail', {
    schema: contentSchema('A WebP thumbnail (at most 400 px) of an image attachment; 404 for documents.', [
      'image/webp',
    ]),
    handler: async (request, reply) => {
      const file = await attachments.openAttachment(service, actorOf(request), request.params, 'thumbnail');
      return sendStoredFile(reply, file, file.attachment.displayName, 'thumbnail');
    },
  });

  r.delete('/api/v1/incidents/:incidentId/attachments/:attachmentId', {
    schema: {
      tags,
      params: attachmentParamsSchema,
      response: { 200: okSchema, ...scoped, ...errorResponses(409) },
    },
    handler: async (request) => {
      await attachments.removeAttachment(service, actorOf(request), request.params);
      return { ok: true as const };
    },
  });
}
