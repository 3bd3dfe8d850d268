import { Readable } from 'node:stream';
import { EXPORT_ROWS_MAX, incidentExportQuerySchema } from '@vaksam/domain/incidents/overview';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import { exportFileName, exportIncidents } from './export';

/** INC-8: the managers' list as a spreadsheet. */
export async function exportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  r.get('/api/v1/incidents/export.csv', {
    schema: {
      tags: ['incidents'],
      description:
        `The reports the list shows with the same filters, as CSV for Swedish Excel (UTF-8 with BOM, semicolons, ` +
        `CRLF), newest first, at most ${EXPORT_ROWS_MAX.toLocaleString('sv-SE')} rows. For managers and security ` +
        'contacts; the export is written to the audit log.',
      produces: ['text/csv', 'application/json'],
      querystring: incidentExportQuerySchema,
      response: {
        200: z.string().meta({ description: 'text/csv; charset=utf-8' }),
        ...errorResponses(401, 403, 404),
      },
    },
    handler: async (request, reply) => {
      const chunks = await exportIncidents(deps, actorOf(request), request.query);
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportFileName()}"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff');
      return reply.send(Readable.from(chunks) as never);
    },
  });
}
