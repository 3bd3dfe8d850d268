import multipart from '@fastify/multipart';
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
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { actorOf, sessionOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import { idempotencyKeyOf } from '../../platform/idempotency';
import { contentDisposition, thumbnailName } from './disposition';
import * as attachments from './service';
import { AttachmentStorage } from './storage';
import { receiveUpload, UPLOAD_LIMITS } from './upload';

/** A file never changes under its id; only who may fetch it can, hence private and not too long. */
const CACHE_CONTROL = 'private, max-age=3600';

/**
 * The upload's body is a multipart stream read by the handler; its schema only documents the form.
 * Params and headers are validated with zod as everywhere else.
 */
function paramsOnlyValidator<T>(route: FastifyRouteSchemaDef<T>): FastifyValidationResult {
  if (route.httpPart === 'body') return (data: unknown) => ({ value: data });
  return validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
}

export async function attachmentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // Registered in this scope only: no other route of the API accepts multipart bodies.
  await app.register(multipart, { limits: UPLOAD_LIMITS });
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
      const isImage = file.contentType.startsWith('image/');
      setFileHeaders(reply, file, contentDisposition(file.attachment.displayName, isImage));
      // A PDF may carry scripts and forms: should a browser render it anyway, it gets no origin and no powers.
      if (!isImage) reply.header('content-security-policy', "sandbox; default-src 'none'");
      return reply.send(file.stream as never);
    },
  });

  r.get('/api/v1/incidents/:incidentId/attachments/:attachmentId/thumbnail', {
    schema: contentSchema('A WebP thumbnail (at most 400 px) of an image attachment; 404 for documents.', [
      'image/webp',
    ]),
    handler: async (request, reply) => {
      const file = await attachments.openAttachment(service, actorOf(request), request.params, 'thumbnail');
      setFileHeaders(reply, file, contentDisposition(thumbnailName(file.attachment.displayName), true));
      return reply.send(file.stream as never);
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

function setFileHeaders(
  reply: FastifyReply,
  file: { contentType: string; size: number },
  disposition: string,
): void {
  reply
    .header('content-type', file.contentType)
    .header('content-length', file.size)
    .header('content-disposition', disposition)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', CACHE_CONTROL);
}
