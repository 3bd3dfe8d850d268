import { createECDH, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { decryptAes128gcm, encryptAes128gcm, PushServicePeer } from './push-service-peer';

let peer: PushServicePeer;
const vapid = webpush.generateVAPIDKeys();
const vapidDetails = { subject: 'mailto:drift@example.se', ...vapid };

beforeAll(async () => {
  peer = new PushServicePeer();
  await peer.start();
});
afterAll(() => peer.stop());

function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { ecdh, publicKey: ecdh.getPublicKey(), auth: randomBytes(16) };
}

async function post(details: ReturnType<typeof webpush.generateRequestDetails>) {
  const headers = Object.fromEntries(
    Object.entries(details.headers)
      .filter(([name]) => name.toLowerCase() !== 'content-length')
      .map(([name, value]) => [name, String(value)]),
  );
  return fetch(details.endpoint, { method: 'POST', headers, body: details.body ?? undefined });
}

describe('decryption (RFC 8291 / RFC 8188)', () => {
  it("decrypts web-push's own aes128gcm encryption", () => {
    const browser = browserKeys();
    const text = JSON.stringify({ title: 'Ny rapport: Rån', body: 'Butik Storgatan – åäö ✓' });
    const { cipherText } = webpush.encrypt(
      browser.publicKey.toString('base64url'),
      browser.auth.toString('base64url'),
      text,
      'aes128gcm',
    );
    expect(decryptAes128gcm(cipherText, browser).toString('utf8')).toBe(text);
  });

  it('refuses a message encrypted for another browser or tampered with', () => {
    const browser = browserKeys();
    const other = browserKeys();
    const { cipherText } = webpush.encrypt(
      browser.publicKey.toString('base64url'),
      browser.auth.toString('base64url'),
      'hemligt',
      'aes128gcm',
    );
    expect(() => decryptAes128gcm(cipherText, other)).toThrow();
    const tampered = Buffer.from(cipherText);
    tampered[tampered.length - 1] = (tampered.at(-1) ?? 0) ^ 1;
    expect(() => decryptAes128gcm(tampered, browser)).toThrow();
  });

  it('reads messages split into several records', () => {
    const browser = browserKeys();
    const text = Buffer.from('x'.repeat(250));
    const body = encryptAes128gcm(text, browser, 100);
    expect(decryptAes128gcm(body, browser).equals(text)).toBe(true);
  });
});

describe('the push service', () => {
  it('accepts a VAPID-signed message with TTL and Urgency and keeps its decrypted JSON', async () => {
    const subscription = peer.createSubscription();
    const payload = { title: 'Ny rapport', body: 'Butik Storgatan', url: '/incidents/1', tag: 'incident-1' };
    const response = await post(
      webpush.generateRequestDetails(subscription, JSON.stringify(payload), {
        vapidDetails,
        TTL: 86_400,
        urgency: 'high',
      }),
    );
    expect(response.status).toBe(201);
    const [received] = peer.to(subscription.endpoint);
    expect(received).toMatchObject({ ttl: 86_400, urgency: 'high', json: payload });
    expect(received?.vapid).toMatchObject({ publicKey: vapid.publicKey, aud: peer.origin });
  });

  it('refuses a wrong signature, a wrong audience, and a missing TTL', async () => {
    const subscription = peer.createSubscription();
    const other = webpush.generateVAPIDKeys();
    const forged = webpush.generateRequestDetails(subscription, 'x', {
      vapidDetails,
      TTL: 60,
      urgency: 'normal',
    });
    // The token of one key pair presented with another public key.
    forged.headers.Authorization = String(forged.headers.Authorization).replace(
      /k=.*$/,
      `k=${other.publicKey}`,
    );
    expect((await post(forged)).status).toBe(403);

    const details = webpush.generateRequestDetails(subscription, 'x', { vapidDetails, TTL: 60 });
    const wrongAudience = webpush.getVapidHeaders(
      'https://push.example.com',
      vapidDetails.subject,
      vapid.publicKey,
      vapid.privateKey,
      'aes128gcm',
    );
    expect((await post({ ...details, headers: { ...details.headers, ...wrongAudience } })).status).toBe(403);

    const { TTL: _ttl, ...withoutTtl } = details.headers;
    expect((await post({ ...details, headers: withoutTtl })).status).toBe(400);
    expect(peer.to(subscription.endpoint)).toEqual([]);
  });

  it('answers planned failures in order, 410 after an unsubscribe, and 404 to unknown endpoints', async () => {
    const subscription = peer.createSubscription();
    const send = () =>
      post(webpush.generateRequestDetails(subscription, 'x', { vapidDetails, TTL: 60, urgency: 'low' }));
    peer.answerNext({ status: 429, retryAfter: '120' }, { status: 503 });
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('120');
    expect((await send()).status).toBe(503);
    expect((await send()).status).toBe(201);
    peer.unsubscribe(subscription.endpoint);
    expect((await send()).status).toBe(410);
    const unknown = { ...subscription, endpoint: `${peer.origin}/push/unknown` };
    expect(
      (await post(webpush.generateRequestDetails(unknown, 'x', { vapidDetails, TTL: 60, urgency: 'low' })))
        .status,
    ).toBe(404);
  });
});
