import { parseKNumber } from '@vaksam/domain/identifiers/knummer';
import { z } from 'zod';
import { type PoliceAdapter, PoliceDeliveryError } from './types';

const TIMEOUT_MS = 20_000;

/** What an intake may answer; anything else in a 2xx body is ignored, since the report was accepted. */
const answerSchema = z
  .object({
    reference: z.string().max(200).optional(),
    status: z.string().optional(),
    kNumber: z.string().max(40).optional(),
  })
  .loose();

async function readAnswer(response: Response) {
  const text = await response.text().catch(() => '');
  try {
    const parsed = answerSchema.safeParse(JSON.parse(text));
    return { text, answer: parsed.success ? parsed.data : {} };
  } catch {
    return { text, answer: {} };
  }
}

/**
 * An HTTP intake: POST `{ payload, pdfBase64 }` as JSON, with a bearer token when configured and our
 * delivery id as `Idempotency-Key`. A 2xx is accepted (`{ reference }`, or `{ status: 'confirmed', kNumber }`
 * when the police registered it at once); a 4xx refuses this report for good; 5xx, 408, 429 and network
 * failures are tried again.
 */
export function httpAdapter(url: string, token: string | null): PoliceAdapter {
  return {
    kind: 'http',
    async deliver({ deliveryId, payload, pdf }) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'idempotency-key': deliveryId,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ payload, pdfBase64: pdf.toString('base64') }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        const name = error instanceof Error ? error.name : 'Error';
        throw new PoliceDeliveryError(
          name === 'TimeoutError'
            ? `Polisens mottagning svarade inte inom ${TIMEOUT_MS / 1000} sekunder`
            : `Polisens mottagning gick inte att nå${cause ? ` (${cause})` : ''}`,
          false,
        );
      }
      const { text, answer } = await readAnswer(response);
      if (!response.ok) {
        const retry = response.status >= 500 || response.status === 408 || response.status === 429;
        const detail = text.replace(/\s+/g, ' ').trim().slice(0, 200);
        throw new PoliceDeliveryError(
          `Polisens mottagning svarade ${response.status}${detail ? `: ${detail}` : ''}`,
          !retry,
        );
      }
      const confirmed = answer.status === 'confirmed' && answer.kNumber ? parseKNumber(answer.kNumber) : null;
      return {
        reference: answer.reference ?? null,
        kNumber: confirmed?.ok ? confirmed.value.normalized : null,
      };
    },
  };
}
