import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps, ServiceDeps } from '../../deps';
import { contentDisposition, thumbnailName } from './disposition';
import { AttachmentStorage } from './storage';
import { UPLOAD_LIMITS } from './upload';

/** A file never changes under its id; only who may fetch it can, hence private and not too long. */
const CACHE_CONTROL = 'private, max-age=3600';

/** Lets the scope's routes take multipart bodies; no other route of the API does. */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: UPLOAD_LIMITS });
}

/** What the services behind a scope of file routes take: the app's services and the file store. */
export type FileDeps = ServiceDeps & { storage: AttachmentStorage };

/**
 * Opens a scope of file routes for a group's files: multipart accepted there, and the deps its services take.
 * Unfinished uploads are swept by the reports' attachment routes, which share the temp directory.
 */
export async function fileRouteScope(app: FastifyInstance, deps: AppDeps): Promise<FileDeps> {
  await acceptUploads(app);
  return {
    db: deps.db,
    jobs: deps.jobs,
    config: deps.config,
    storage: new AttachmentStorage(deps.config.dataDir),
  };
}

/**
 * For upload routes: the body is a multipart stream read by the handler, and its schema only documents the
 * form. Params and headers are validated with zod as everywhere else.
 */
export function paramsOnlyValidator<T>(route: FastifyRouteSchemaDef<T>): FastifyValidationResult {
  if (route.httpPart === 'body') return (data: unknown) => ({ value: data });
  return validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
}

/**
 * Sends a stored file or its thumbnail with the headers every attachment gets (decision 015): the type we
 * stored, nosniff, a private cache and a `Content-Disposition` with the display name. Images open in the
 * browser; a PDF is a download in a sandbox.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { contentType: string; size: number; stream: Readable },
  displayName: string,
  variant: 'file' | 'thumbnail',
) {
  const isImage = file.contentType.startsWith('image/');
  reply
    .header('content-type', file.contentType)
    .header('content-length', file.size)
    .header(
      'content-disposition',
      variant === 'file'
        ? contentDisposition(displayName, isImage)
        : contentDisposition(thumbnailName(displayName), true),
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', CACHE_CONTROL);
  // A PDF may carry scripts and forms: should a browser render it anyway, it gets no origin and no powers.
  if (!isImage) reply.header('content-security-policy', "sandbox; default-src 'none'");
  return reply.send(file.stream as never);
}
