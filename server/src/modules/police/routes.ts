import { incidentParamsSchema } from '@vaksam/domain/incidents/api';
import {
  confirmPoliceReportRequestSchema,
  incidentPdfQuerySchema,
  pdfDocumentSchema,
  policeReportSchema,
} from '@vaksam/domain/police/api';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf, sessionOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import * as police from './service';

/** Inline, so the browser's viewer opens it; never sniffed, never cached on a shared machine. */
function sendPdf(reply: FastifyReply, document: { pdf: Buffer; fileName: string }) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${document.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(document.pdf);
}

export async function policeRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['police'];
  const scoped = errorResponses(401, 403, 404);

  r.get('/api/v1/incidents/:id/police-report', {
    schema: {
      tags,
      description:
        'The police report of an incident: while a draft, the payload that would be sent now and the fields the police usually ask for that are missing; once sent, the snapshot and its delivery state.',
      params: incidentParamsSchema,
      response: { 200: policeReportSchema, ...scoped },
    },
    handler: (request) => police.getPoliceReport(deps, actorOf(request), request.params.id),
  });
  r.get('/api/v1/incidents/:id/police-report/pdf', {
    schema: {
      tags,
      description: 'The police report as a PDF, rendered from the same payload (in Swedish).',
      produces: ['application/pdf', 'application/json'],
      params: incidentParamsSchema,
      response: { 200: pdfDocumentSchema, ...scoped },
    },
    handler: async (request, reply) =>
      sendPdf(reply, await police.policeReportPdf(deps, actorOf(request), request.params.id)),
  });
  r.post('/api/v1/incidents/:id/police-report/send', {
    schema: {
      tags,
      description:
        'Sends the police report through the configured intake (e-mail or HTTP), in the background with retries. 422 lists the required fields that are missing; 409 when it is already sent.',
      params: incidentParamsSchema,
      response: { 202: policeReportSchema, ...scoped, ...errorResponses(409, 422) },
    },
    handler: async (request, reply) =>
      reply.status(202).send(await police.sendPoliceReport(deps, actorOf(request), request.params.id)),
  });
  r.post('/api/v1/incidents/:id/police-report/confirm', {
    schema: {
      tags,
      description: "Records the police's K-nummer for a sent police report, which confirms it.",
      params: incidentParamsSchema,
      body: confirmPoliceReportRequestSchema,
      response: { 200: policeReportSchema, ...scoped, ...errorResponses(409) },
    },
    handler: (request) =>
      police.confirmPoliceReport(deps, actorOf(request), request.params.id, request.body.kNumber),
  });

  // The report's own PDF sits beside the police report's: both are documents rendered from a report.
  r.get('/api/v1/incidents/:id/pdf', {
    schema: {
      tags: ['incidents'],
      description: "The whole report as a PDF, in the reader's language unless `lang` says otherwise.",
      produces: ['application/pdf', 'application/json'],
      params: incidentParamsSchema,
      querystring: incidentPdfQuerySchema,
      response: { 200: pdfDocumentSchema, ...scoped },
    },
    handler: async (request, reply) => {
      const lang = request.query.lang ?? sessionOf(request).user.language;
      return sendPdf(reply, await police.incidentPdf(deps, actorOf(request), request.params.id, lang));
    },
  });
}
