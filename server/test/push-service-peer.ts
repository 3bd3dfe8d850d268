import {
  createCipheriv,
  createDecipheriv,
  createECDH,
  createPublicKey,
  type ECDH,
  hkdfSync,
  randomBytes,
  randomUUID,
  verify,
} from 'node:crypto';
import http from 'node:http';

/**
 * A real Web Push service on a free local port, for tests of the server and of the e2e journeys.
 * It checks what a push service checks (VAPID signature and claims, TTL, Urgency, aes128gcm) and, unlike one,
 * also holds the browser's private keys, so it can decrypt each message (RFC 8291 / RFC 8188) and keep it.
 * Only node built-ins here: the Playwright suite imports it as well.
 */

export type PeerSubscription = { endpoint: string; keys: { p256dh: string; auth: string } };

export type ReceivedPush = {
  endpoint: string;
  ttl: number;
  urgency: string;
  topic: string | null;
  /** The VAPID claims that were verified, and the key that signed them. */
  vapid: { publicKey: string; aud: string; exp: number; sub: string };
  /** The decrypted payload, and parsed when it is JSON. */
  text: string;
  json: unknown;
  at: Date;
};

/** Every request the peer answered, including the refused ones, for tests of retries and timing. */
export type PushAttempt = { endpoint: string; status: number; at: Date; error?: string };

export type PlannedAnswer = { status: number; retryAfter?: string };

type Browser = { ecdh: ECDH; publicKey: Buffer; auth: Buffer; gone: boolean };

const VAPID_MAX_LIFETIME_S = 24 * 3600;
const URGENCIES = new Set(['very-low', 'low', 'normal', 'high']);

export class PushServicePeer {
  readonly received: ReceivedPush[] = [];
  readonly attempts: PushAttempt[] = [];
  private readonly browsers = new Map<string, Browser>();
  private readonly planned: PlannedAnswer[] = [];
  private readonly server = http.createServer((request, response) => {
    void this.handle(request, response);
  });
  origin = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.origin;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** What a browser's `pushManager.subscribe()` would hand to the app: a fresh P-256 key and auth secret. */
  createSubscription(): PeerSubscription {
    if (!this.origin) throw new Error('start the push service peer first');
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const browser: Browser = { ecdh, publicKey: ecdh.getPublicKey(), auth: randomBytes(16), gone: false };
    const endpoint = `${this.origin}/push/${randomUUID()}`;
    this.browsers.set(endpoint, browser);
    return {
      endpoint,
      keys: { p256dh: browser.publicKey.toString('base64url'), auth: browser.auth.toString('base64url') },
    };
  }

  /** The next requests (to any endpoint) get these answers instead of being accepted, in order. */
  answerNext(...answers: PlannedAnswer[]): void {
    this.planned.push(...answers);
  }

  /** The browser unsubscribed: from now on this endpoint answers 410 Gone. */
  unsubscribe(endpoint: string): void {
    const browser = this.browsers.get(endpoint);
    if (browser) browser.gone = true;
  }

  to(endpoint: string): ReceivedPush[] {
    return this.received.filter((push) => push.endpoint === endpoint);
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const endpoint = `${this.origin}${request.url ?? ''}`;
    const answer = (status: number, headers: Record<string, string> = {}, error?: string) => {
      this.attempts.push({ endpoint, status, at: new Date(), ...(error ? { error } : {}) });
      response.writeHead(status, headers).end(error ?? '');
    };
    const body = await readBody(request);
    if (request.method !== 'POST') return answer(405, {}, 'POST only');
    const browser = this.browsers.get(endpoint);
    if (!browser) return answer(404, {}, 'no such subscription');
    if (browser.gone) return answer(410, {}, 'subscription expired');
    const planned = this.planned.shift();
    if (planned) {
      return answer(
        planned.status,
        planned.retryAfter ? { 'retry-after': planned.retryAfter } : {},
        'planned',
      );
    }

    const ttlHeader = request.headers.ttl;
    if (typeof ttlHeader !== 'string' || !/^\d+$/.test(ttlHeader))
      return answer(400, {}, 'TTL header missing');
    const urgency = request.headers.urgency;
    if (typeof urgency !== 'string' || !URGENCIES.has(urgency))
      return answer(400, {}, 'Urgency header missing');
    if (request.headers['content-encoding'] !== 'aes128gcm') return answer(415, {}, 'aes128gcm expected');

    let vapid: ReceivedPush['vapid'];
    try {
      vapid = checkVapid(request.headers.authorization, new URL(endpoint).origin);
    } catch (error) {
      return answer(403, {}, (error as Error).message);
    }
    let text: string;
    try {
      text = decryptAes128gcm(body, browser).toString('utf8');
    } catch (error) {
      return answer(400, {}, `cannot decrypt: ${(error as Error).message}`);
    }
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Not every payload is JSON; the text is kept either way.
    }
    const topic = request.headers.topic;
    this.received.push({
      endpoint,
      ttl: Number(ttlHeader),
      urgency,
      topic: typeof topic === 'string' ? topic : null,
      vapid,
      text,
      json,
      at: new Date(),
    });
    answer(201, { location: `${this.origin}/message/${randomUUID()}` });
  }
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** RFC 8292: `Authorization: vapid t=<JWT>, k=<public key>`; the JWT is ES256 over the key in k. */
function checkVapid(header: string | undefined, audience: string): ReceivedPush['vapid'] {
  const match = header?.match(/^vapid\s+t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/);
  if (!match?.[1] || !match[2]) throw new Error('Authorization: vapid t=…, k=… expected');
  const [token, keyText] = [match[1], match[2]];
  const [headerPart, claimsPart, signaturePart] = token.split('.');
  if (!headerPart || !claimsPart || !signaturePart) throw new Error('malformed JWT');
  const jwtHeader = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8')) as { alg?: string };
  if (jwtHeader.alg !== 'ES256') throw new Error('JWT must be ES256');
  const point = Buffer.from(keyText, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) throw new Error('k is not an uncompressed P-256 key');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = Buffer.from(`${headerPart}.${claimsPart}`);
  const signature = Buffer.from(signaturePart, 'base64url');
  if (!verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, signature))
    throw new Error('VAPID signature does not verify');
  const claims = JSON.parse(Buffer.from(claimsPart, 'base64url').toString('utf8')) as {
    aud?: string;
    exp?: number;
    sub?: string;
  };
  if (claims.aud !== audience) throw new Error(`aud ${claims.aud} is not ${audience}`);
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= now) throw new Error('JWT expired');
  if (claims.exp > now + VAPID_MAX_LIFETIME_S) throw new Error('JWT lives longer than 24 hours');
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub))
    throw new Error('sub must be mailto: or https:');
  return { publicKey: keyText, aud: claims.aud, exp: claims.exp, sub: claims.sub };
}

const info = (label: string) => Buffer.concat([Buffer.from(`Content-Encoding: ${label}`), Buffer.from([0])]);
const hkdf = (ikm: Buffer, salt: Buffer, infoBytes: Buffer, length: number) =>
  Buffer.from(hkdfSync('sha256', ikm, salt, infoBytes, length));

/**
 * RFC 8188 content coding with the RFC 8291 key: header (salt, record size, key id = sender's public key),
 * then records of AES-128-GCM, each ending in a padding delimiter (2 for the last record, 1 before).
 */
export function decryptAes128gcm(
  body: Buffer,
  browser: { ecdh: ECDH; publicKey: Buffer; auth: Buffer },
): Buffer {
  if (body.length < 21) throw new Error('body shorter than the header');
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20] ?? 0;
  const senderKey = body.subarray(21, 21 + idLength);
  if (senderKey.length !== 65) throw new Error('key id is not the sender public key');
  if (recordSize < 18) throw new Error('record size too small');
  const ecdhSecret = browser.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info'),
    Buffer.from([0]),
    browser.publicKey,
    senderKey,
  ]);
  const ikm = hkdf(ecdhSecret, browser.auth, keyInfo, 32);
  const cek = hkdf(ikm, salt, info('aes128gcm'), 16);
  const baseNonce = hkdf(ikm, salt, info('nonce'), 12);

  const records = body.subarray(21 + idLength);
  const parts: Buffer[] = [];
  for (let offset = 0, index = 0; offset < records.length; offset += recordSize, index++) {
    const record = records.subarray(offset, offset + recordSize);
    const isLast = offset + recordSize >= records.length;
    const decipher = createDecipheriv('aes-128-gcm', cek, nonceFor(baseNonce, index));
    decipher.setAuthTag(record.subarray(record.length - 16));
    const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    let end = plain.length - 1;
    while (end >= 0 && plain[end] === 0) end--;
    const delimiter = plain[end];
    if (delimiter !== (isLast ? 2 : 1)) throw new Error('bad padding delimiter');
    parts.push(plain.subarray(0, end));
  }
  return Buffer.concat(parts);
}

/** The record's sequence number is XORed into the end of the nonce (RFC 8188 §2.3); ours never exceed 32 bits. */
function nonceFor(base: Buffer, index: number): Buffer {
  const nonce = Buffer.from(base);
  nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ index) >>> 0, 8);
  return nonce;
}

/** Encrypts like a sender would; the peer's own test checks both directions against web-push. */
export function encryptAes128gcm(
  plaintext: Buffer,
  receiver: { publicKey: Buffer; auth: Buffer },
  recordSize = 4096,
): Buffer {
  const sender = createECDH('prime256v1');
  sender.generateKeys();
  const senderKey = sender.getPublicKey();
  const salt = randomBytes(16);
  const ecdhSecret = sender.computeSecret(receiver.publicKey);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info'),
    Buffer.from([0]),
    receiver.publicKey,
    senderKey,
  ]);
  const ikm = hkdf(ecdhSecret, receiver.auth, keyInfo, 32);
  const cek = hkdf(ikm, salt, info('aes128gcm'), 16);
  const baseNonce = hkdf(ikm, salt, info('nonce'), 12);
  const chunk = recordSize - 17;
  const records: Buffer[] = [];
  for (let offset = 0, index = 0; offset < plaintext.length || index === 0; offset += chunk, index++) {
    const isLast = offset + chunk >= plaintext.length;
    const data = Buffer.concat([plaintext.subarray(offset, offset + chunk), Buffer.from([isLast ? 2 : 1])]);
    const cipher = createCipheriv('aes-128-gcm', cek, nonceFor(baseNonce, index));
    records.push(Buffer.concat([cipher.update(data), cipher.final(), cipher.getAuthTag()]));
    if (isLast) break;
  }
  const header = Buffer.alloc(21);
  salt.copy(header, 0);
  header.writeUInt32BE(recordSize, 16);
  header[20] = senderKey.length;
  return Buffer.concat([header, senderKey, ...records]);
}
