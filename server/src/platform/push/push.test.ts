import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { PushServicePeer } from '../../../test/push-service-peer';
import { endpointProblem, isValidP256Key, KNOWN_PUSH_SERVICES, pushServiceName } from './endpoint';
import { retryAfterTime } from './retry-after';
import { encodePushMessage, PUSH_PAYLOAD_MAX_BYTES, sendPush } from './send';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-22T13:00:00Z');

  it('reads seconds and HTTP dates', () => {
    expect(retryAfterTime('120', now)?.toISOString()).toBe('2026-11-22T13:02:00.000Z');
    expect(retryAfterTime('Sun, 22 Nov 2026 13:05:00 GMT', now)?.toISOString()).toBe(
      '2026-11-22T13:05:00.000Z',
    );
  });

  it('waits at least a second and at most a day, and ignores what it cannot read', () => {
    expect(retryAfterTime('0', now)?.getTime()).toBe(now + 1000);
    expect(retryAfterTime('Sun, 22 Nov 2026 12:00:00 GMT', now)?.getTime()).toBe(now + 1000);
    expect(retryAfterTime('999999999', now)?.getTime()).toBe(now + 24 * 3_600_000);
    expect(retryAfterTime('soon', now)).toBeNull();
    expect(retryAfterTime('-5', now)).toBeNull();
    expect(retryAfterTime(null, now)).toBeNull();
  });
});

describe('push endpoints', () => {
  const production = { production: true, allowedHosts: KNOWN_PUSH_SERVICES };

  it('accepts the browsers’ push services over https in production', () => {
    expect(endpointProblem('https://fcm.googleapis.com/fcm/send/abc', production)).toBeNull();
    expect(endpointProblem('https://updates.push.services.mozilla.com/wpush/v2/abc', production)).toBeNull();
    expect(endpointProblem('https://web.push.apple.com/QGx', production)).toBeNull();
    expect(endpointProblem('https://wns2-db5p.notify.windows.com/w/?token=x', production)).toBeNull();
  });

  it('refuses plain http, other hosts and look-alikes in production', () => {
    expect(endpointProblem('http://fcm.googleapis.com/fcm/send/abc', production)).toBe(
      'Adressen måste börja med https://',
    );
    expect(endpointProblem('https://169.254.169.254/latest', production)).toBe(
      'Push-tjänsten är inte godkänd på den här servern',
    );
    expect(endpointProblem('https://evilfcm.googleapis.com.example.com/x', production)).not.toBeNull();
    expect(endpointProblem('https://user:pw@fcm.googleapis.com/x', production)).not.toBeNull();
  });

  it('accepts local http peers outside production', () => {
    expect(
      endpointProblem('http://127.0.0.1:9000/push/1', { production: false, allowedHosts: [] }),
    ).toBeNull();
    expect(endpointProblem('ftp://127.0.0.1/push', { production: false, allowedHosts: [] })).toBe(
      'Ogiltig adress',
    );
  });

  it('names the push service and checks the browser key is a P-256 point', () => {
    expect(pushServiceName('https://fcm.googleapis.com/fcm/send/x')).toBe('Google (Chrome, Edge, Android)');
    expect(pushServiceName('http://127.0.0.1:9/push/x')).toBe('127.0.0.1');
    expect(isValidP256Key(webpush.generateVAPIDKeys().publicKey)).toBe(true);
    // The right length and prefix, but not a point on the curve.
    expect(isValidP256Key(Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url'))).toBe(
      false,
    );
  });
});

describe('sending', () => {
  let peer: PushServicePeer;
  const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:drift@example.se' };
  const message = { title: 'Ny rapport', body: 'Butik Storgatan', url: '/incidents/1', tag: 'incident-1' };
  const options = { ttlSeconds: 3600, urgency: 'high' as const };

  beforeAll(async () => {
    peer = new PushServicePeer();
    await peer.start();
  });
  afterAll(() => peer.stop());

  it('delivers an encrypted, signed message with TTL and Urgency', async () => {
    const subscription = peer.createSubscription();
    const target = { endpoint: subscription.endpoint, ...subscription.keys };
    expect(await sendPush(vapid, target, message, options)).toEqual({ kind: 'delivered', status: 201 });
    expect(peer.to(subscription.endpoint)).toEqual([
      expect.objectContaining({ json: message, ttl: 3600, urgency: 'high' }),
    ]);
  });

  it('tells gone, rate-limited, failing and refusing push services apart', async () => {
    const subscription = peer.createSubscription();
    const target = { endpoint: subscription.endpoint, ...subscription.keys };
    peer.answerNext({ status: 429, retryAfter: '90' }, { status: 503 }, { status: 400 });
    const limited = await sendPush(vapid, target, message, options);
    expect(limited.kind).toBe('retry_after');
    expect(
      limited.kind === 'retry_after' && limited.at ? limited.at.getTime() - Date.now() : 0,
    ).toBeGreaterThan(88_000);
    expect((await sendPush(vapid, target, message, options)).kind).toBe('transient');
    expect(await sendPush(vapid, target, message, options)).toMatchObject({ kind: 'rejected', status: 400 });
    peer.unsubscribe(subscription.endpoint);
    expect(await sendPush(vapid, target, message, options)).toEqual({ kind: 'gone', status: 410 });
    const nowhere = { ...target, endpoint: 'http://127.0.0.1:1/push/x' };
    expect((await sendPush(vapid, nowhere, message, options)).kind).toBe('transient');
  });

  it('keeps the payload under the size push services accept by shortening the body', () => {
    const json = encodePushMessage({ ...message, body: 'å'.repeat(5000) });
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(PUSH_PAYLOAD_MAX_BYTES);
    expect(JSON.parse(json)).toMatchObject({ title: message.title, url: message.url, tag: message.tag });
    expect(JSON.parse(json).body.endsWith('…')).toBe(true);
  });
});
