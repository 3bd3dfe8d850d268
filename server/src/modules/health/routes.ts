import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { typed } from '../../platform/http/route';

export async function healthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const status = z.object({ status: z.enum(['ok', 'unavailable']) });
  // Liveness: the process answers. Readiness: it can also reach its database.
  r.get('/healthz', {
    config: { auth: 'public' },
    schema: { tags: ['health'], response: { 200: status } },
    handler: async () => ({ status: 'ok' as const }),
  });
  r.get('/readyz', {
    config: { auth: 'public' },
    schema: { tags: ['health'], response: { 200: status, 503: status } },
    handler: async (_request, reply) => {
      try {
        await deps.db.execute(sql`select 1`);
        return { status: 'ok' as const };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const });
      }
    },
  });
}
