import webpush from 'web-push';
import { retryAfterTime } from './retry-after';
import type { VapidKeys } from './vapid';

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

/** What the service worker shows (web/src/sw/push.ts); no more personal data than the notice needs. */
export type PushMessage = { title: string; body: string; url: string; tag: string };

export type PushOptions = {
  /** How long the push service keeps the message for an offline device, in seconds. */
  ttlSeconds: number;
  urgency: 'very-low' | 'low' | 'normal' | 'high';
};

export type PushOutcome =
  | { kind: 'delivered'; status: number }
  /** 404/410: the browser unsubscribed or the subscription expired; it will never work again. */
  | { kind: 'gone'; status: number }
  | { kind: 'retry_after'; status: number; at: Date | null }
  /** 5xx, timeouts and network failures: worth another try later. */
  | { kind: 'transient'; status: number | null; error: string }
  /** Any other 4xx: the request itself is wrong, and repeating it will not help. */
  | { kind: 'rejected'; status: number; error: string };

/** Push services accept 4 KB of ciphertext; staying under 3 KB of JSON leaves room for the encryption. */
export const PUSH_PAYLOAD_MAX_BYTES = 3072;
const TIMEOUT_MS = 10_000;

/** Keeps the JSON under the limit by shortening the body, which is the only free text in it. */
export function encodePushMessage(message: PushMessage): string {
  let body = message.body;
  for (;;) {
    const json = JSON.stringify({ ...message, body });
    if (Buffer.byteLength(json) <= PUSH_PAYLOAD_MAX_BYTES || body.length === 0) return json;
    body = `${body.slice(0, Math.max(0, Math.floor(body.length * 0.8) - 1))}…`;
    if (body === '…') body = '';
  }
}

/**
 * Sends one Web Push message (RFC 8030) encrypted with aes128gcm (RFC 8291) and signed with VAPID (RFC 8292).
 * web-push builds the request; we send it ourselves so that the answer can be read in full (Retry-After)
 * and plain http works against local test peers.
 */
export async function sendPush(
  vapid: VapidKeys & { subject: string },
  target: PushTarget,
  message: PushMessage,
  options: PushOptions,
): Promise<PushOutcome> {
  const details = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    encodePushMessage(message),
    {
      vapidDetails: { subject: vapid.subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey },
      TTL: options.ttlSeconds,
      urgency: options.urgency,
      contentEncoding: 'aes128gcm',
    },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers)) {
    // fetch computes the length itself and refuses to be told.
    if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
  }
  let response: Response;
  try {
    response = await fetch(details.endpoint, {
      method: 'POST',
      headers,
      body: details.body ?? undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: 'transient', status: null, error: describe(error) };
  }
  const text = (await response.text().catch(() => '')).slice(0, 300);
  const status = response.status;
  if (status >= 200 && status < 300) return { kind: 'delivered', status };
  if (status === 404 || status === 410) return { kind: 'gone', status };
  if (status === 429)
    return { kind: 'retry_after', status, at: retryAfterTime(response.headers.get('retry-after')) };
  const error = `HTTP ${status}${text ? `: ${text}` : ''}`;
  if (status >= 500 || status === 408) return { kind: 'transient', status, error };
  return { kind: 'rejected', status, error };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
}
