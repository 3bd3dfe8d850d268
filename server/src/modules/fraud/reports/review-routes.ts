import { idParamsSchema } from '@vaksam/domain/common';
import { fraudEntryInputSchema } from '@vaksam/domain/fraud';
import {
  fraudReportListSchema,
  fraudReportMergeSchema,
  fraudReportRejectSchema,
  fraudReportReviewQuerySchema,
  fraudReportReviewSchema,
} from '@vaksam/domain/fraud-reports';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../deps';
import { actorOf } from '../../../platform/auth/hook';
import { errorResponses, typed } from '../../../platform/http/route';
import * as queue from './review-service';

/** FRAUD-4: the analysts' moderation queue; to anyone but platform staff these routes do not exist. */
export async function reviewRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = typed(app);
  const tags = ['fraud'];
  const base = '/api/v1/admin/fraud-reports';
  const staff = errorResponses(401, 404);
  const decision = { 200: fraudReportReviewSchema, ...staff, ...errorResponses(409) };

  r.get(base, {
    schema: {
      tags,
      description:
        'Reports of fraudulent invoices in one state, or all with the pending ones first; newest first.',
      querystring: fraudReportReviewQuerySchema,
      response: { 200: fraudReportListSchema, ...staff },
    },
    handler: (request) => queue.listQueue(deps, actorOf(request), request.query),
  });

  r.get(`${base}/:id`, {
    schema: {
      tags,
      description: 'A report with its reporter’s name and e-mail address, for the analysts only.',
      params: idParamsSchema,
      response: { 200: fraudReportReviewSchema, ...staff },
    },
    handler: (request) => queue.getForReview(deps, actorOf(request), request.params.id),
  });

  r.post(`${base}/:id/publish`, {
    schema: {
      tags,
      description:
        'Publishes the report as a new entry with these details (prefilled from the report): its first report ' +
        'is counted and followers are told. An identifier already listed answers 409 naming its entry, as does ' +
        'a report already decided. The reporter is told by mail; the entry never names them.',
      params: idParamsSchema,
      body: fraudEntryInputSchema,
      response: decision,
    },
    handler: (request) => queue.publishReport(deps, actorOf(request), request.params.id, request.body),
  });

  r.post(`${base}/:id/merge`, {
    schema: {
      tags,
      description:
        'Counts the report on an entry already listed and adds the report’s identifiers that the entry lacks ' +
        'and no other entry has. 422 when the entry is not on the list; 409 when the report is decided.',
      params: idParamsSchema,
      body: fraudReportMergeSchema,
      response: { ...decision, ...errorResponses(422) },
    },
    handler: (request) => queue.mergeReport(deps, actorOf(request), request.params.id, request.body.entryId),
  });

  r.post(`${base}/:id/reject`, {
    schema: {
      tags,
      description:
        'Rejects the report; the reason is mailed to the reporter and shown to them. 409 when decided.',
      params: idParamsSchema,
      body: fraudReportRejectSchema,
      response: decision,
    },
    handler: (request) => queue.rejectReport(deps, actorOf(request), request.params.id, request.body.reason),
  });
}
