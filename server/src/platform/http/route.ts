import { errorBodySchema } from '@vaksam/domain/errors';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The app with zod-typed routes; every module registers through this. */
export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
export type TypedApp = ReturnType<typeof typed>;

/** Error responses documented in OpenAPI for a route, besides its success answers. */
export function errorResponses(...codes: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429)[]) {
  const all = new Set([400, 413, 415, ...codes]);
  return Object.fromEntries([...all].map((code) => [code, errorBodySchema])) as Record<
    number,
    typeof errorBodySchema
  >;
}

/**
 * A body that is already the JSON text of the route's declared response (built by PostgreSQL, say): sent as
 * it is, because Fastify leaves a string with a JSON content type unserialised. The declared schema still
 * documents it; the tests of such a route check the text against that schema.
 */
export function jsonText<T>(text: string): T {
  return text as unknown as T;
}
