import { uploadAttachmentBodySchema } from '@vaksam/domain/attachments';
import { invoiceCheckResultSchema } from '@vaksam/domain/fraud';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { errorResponses, typed } from '../../platform/http/route';
import { fileRouteScope, paramsOnlyValidator } from '../attachments/serve';
import { receiveUpload } from '../attachments/upload';
import { checkInvoice } from './invoice-check';

/** Checks per address and ten minutes: reading PDFs costs CPU, and the route needs no login. */
const CHECKS_PER_WINDOW = 30;
const WINDOW_MS = 10 * 60_000;

/** FRAUD-6: anyone may upload an invoice and learn whether what it names is on the list. */
export async function invoiceCheckRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const service = await fileRouteScope(app, deps);
  const r = typed(app);
  r.post('/api/v1/fraud-list/check-invoice', {
    config: { auth: 'public' },
    validatorCompiler: paramsOnlyValidator,
    schema: {
      tags: ['fraud'],
      description:
        'Upload an invoice as PDF (multipart/form-data, field `file`, at most 15 MB): the organisationsnummer, ' +
        'bankgiro, plusgiro and IBAN numbers in its text (checksums checked) and whether any is listed. ' +
        'The file is not kept. Public.',
      consumes: ['multipart/form-data'],
      body: uploadAttachmentBodySchema,
      response: { 200: invoiceCheckResultSchema, ...errorResponses(413, 415, 422, 429) },
    },
    handler: async (request) => {
      deps.limiter.consume([
        { key: `invoice-check:ip:${request.ip}`, max: CHECKS_PER_WINDOW, windowMs: WINDOW_MS },
      ]);
      return checkInvoice(service, await receiveUpload(request, service.storage));
    },
  });
}
