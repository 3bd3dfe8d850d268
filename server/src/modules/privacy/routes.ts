import { scanRequestSchema, scanResponseSchema } from '@vaksam/domain/privacy';
import type { FastifyInstance } from 'fastify';
import { errorResponses, typed } from '../../platform/http/route';
import { redact, scanText } from '../../platform/privacy/scanner';

/** PRIV-1: lets a form show what personal data its free text holds, and offer the redacted text, before saving. */
export async function privacyRoutes(app: FastifyInstance): Promise<void> {
  typed(app).post('/api/v1/privacy/scan', {
    schema: {
      tags: ['privacy'],
      body: scanRequestSchema,
      response: { 200: scanResponseSchema, ...errorResponses(401) },
    },
    handler: async (request) => {
      const findings = scanText(request.body.text);
      return { findings, redacted: redact(request.body.text, findings) };
    },
  });
}
