import {
  attachmentContentSchema,
  storedContentTypes,
  uploadAttachmentBodySchema,
} from '@vaksam/domain/attachments';
import { idParamsSchema } from '@vaksam/domain/common';
import {
  FRAUD_REPORT_LIMITS,
  fraudReportCreateSchema,
  fraudReportFileParamsSchema,
  fraudReportFileSchema,
  fraudReportListQuerySchema,
  fraudReportListSchema,
  fraudReportSchema,
} from '@vaksam/domain/fraud-reports';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../deps';
import { actorOf, sessionOf } from '../../../platform/auth/hook';
import { errorResponses, typed } from '../../../platform/http/route';
import { idempotencyKeyOf } from '../../../platform/idempotency';
import { acceptUploads, paramsOnlyValidator, sendStoredFile } from '../../attachments/serve';
import { receiveUpload } from '../../attachments/upload';
import { addReportFile, openReportFile, type ReportFileDeps } from './files-service';
import { reviewRoutes } from './review-routes';
import * as reports from './service';
import { FraudReportStorage } from './storage';

/** Reports per person and hour: each one is read by an analyst. */
const REPORTS_PER_WINDOW = 20;
const WINDOW_MS = 60 * 60_000;

/** FRAUD-4: the reporter's side of reporting a fraudulent invoice, and the analysts' queue. */
export async function fraudReportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await acceptUploads(app);
  const service: ReportFileDeps = {
    db: deps.db,
    jobs: deps.jobs,
    config: deps.config,
    storage: new FraudReportStorage(deps.config.dataDir),
  };
  const r = typed(app);
  const tags = ['fraud'];
  const base = '/api/v1/fraud-reports';
  const own = errorResponses(401, 404);

  r.post(base, {
    schema: {
      tags,
      description:
        'Reports a fraudulent invoice to the analysts of Varningslistan; the photos or PDF follow as files. ' +
        'With `incident`, it is also filed as an incident of type fraudulent invoice in that organisation ' +
        '(a member’s only; 404 otherwise), in the same transaction. Send an Idempotency-Key so a retry ' +
        'creates it once.',
      headers: z.object({ 'idempotency-key': z.string().optional() }).loose(),
      body: fraudReportCreateSchema,
      response: { 201: fraudReportSchema, ...own, ...errorResponses(422, 429) },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      deps.limiter.consume([
        { key: `fraud-report:user:${actor.userId}`, max: REPORTS_PER_WINDOW, windowMs: WINDOW_MS },
      ]);
      const session = sessionOf(request);
      const orgId = request.body.incident?.orgId;
      const orgName = session.memberships.find((m) => m.orgId === orgId)?.orgName ?? '';
      const result = await reports.createReport(
        deps,
        actor,
        request.body,
        idempotencyKeyOf(request.headers),
        { orgName, reporterName: session.user.name },
      );
      return reply.status(result.statusCode as 201).send(result.body);
    },
  });

  r.get(base, {
    schema: {
      tags,
      description: 'My reports of fraudulent invoices, newest first, with what became of them.',
      querystring: fraudReportListQuerySchema,
      response: { 200: fraudReportListSchema, ...errorResponses(401) },
    },
    handler: (request) => reports.listOwnReports(deps, actorOf(request), request.query),
  });

  r.get(`${base}/:id`, {
    schema: { tags, params: idParamsSchema, response: { 200: fraudReportSchema, ...own } },
    handler: (request) => reports.getOwnReport(deps, actorOf(request), request.params.id),
  });

  r.post(`${base}/:id/files`, {
    validatorCompiler: paramsOnlyValidator,
    schema: {
      tags,
      description:
        `Adds a photo or PDF of the invoice to my pending report (multipart/form-data, field \`file\`), at most ` +
        `${FRAUD_REPORT_LIMITS.files} per report. JPEG, PNG, WebP, HEIC or PDF by content, at most 15 MB; ` +
        'images are stored re-encoded without metadata (no EXIF or GPS), HEIC as JPEG. A decided report takes ' +
        'no files (409). Send an Idempotency-Key so a retried upload is stored once.',
      consumes: ['multipart/form-data'],
      params: idParamsSchema,
      headers: z.object({ 'idempotency-key': z.string().optional() }).loose(),
      body: uploadAttachmentBodySchema,
      response: { 201: fraudReportFileSchema, ...own, ...errorResponses(409, 413, 415, 422) },
    },
    handler: async (request, reply) => {
      const key = idempotencyKeyOf(request.headers);
      const result = await addReportFile(
        service,
        actorOf(request),
        request.params.id,
        () => receiveUpload(request, service.storage),
        key,
      );
      return reply.status(result.statusCode as 201).send(result.body);
    },
  });

  r.get(`${base}/:id/files/:fileId`, {
    schema: {
      tags,
      description:
        'A file of a report, for its reporter and the platform’s analysts. Images are served inline, PDF only ' +
        'as a download in a sandbox; always with nosniff.',
      produces: [...storedContentTypes, 'application/json'],
      params: fraudReportFileParamsSchema,
      response: { 200: attachmentContentSchema, ...own },
    },
    handler: async (request, reply) => {
      const file = await openReportFile(service, actorOf(request), request.params);
      return sendStoredFile(reply, file, file.file.displayName, 'file');
    },
  });

  await reviewRoutes(app, deps);
}
