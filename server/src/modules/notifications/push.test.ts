import { createECDH } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg, TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { PushServicePeer } from '../../../test/push-service-peer';
import { instanceSettings, notificationDeliveries, pushSubscriptions } from '../../db/schema';
import { vapidKeys } from '../../platform/push/vapid';
import { SEND_PUSH_JOB } from './fan-out';
import { MAX_ATTEMPTS } from './retries';

let t: TestApp;
let peer: PushServicePeer;
let org: TestOrg;
let unitId: string;
let contact: TestUser;
let contactClient: TestClient;
let reporterClient: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  peer = new PushServicePeer();
  await peer.start();
  ({ user: contact, org } = await t.factories.member('security_contact'));
  const { user: reporter } = await t.factories.member('reporter', org);
  unitId = (await t.factories.unit(org, 'Lager Norr')).id;
  contactClient = await t.factories.signedIn(contact, t.url);
  reporterClient = await t.factories.signedIn(reporter, t.url);
});
afterAll(async () => {
  await t.close();
  await peer.stop();
});
beforeEach(async () => {
  // Each case starts with the security contact having no devices.
  await t.deps.db.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, contact.id));
});

async function subscribe(client = contactClient) {
  const subscription = peer.createSubscription();
  const response = await client.post('/api/v1/push/subscriptions', subscription);
  expect(response.status, response.text).toBe(201);
  return subscription;
}

async function fileReport() {
  const response = await reporterClient.post('/api/v1/incidents', {
    orgId: org.id,
    type: 'burglary',
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    unitId,
    description: 'Någon har brutit upp bakdörren under natten.',
  });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

async function pushDeliveries(incidentId: string) {
  return t.deps.db
    .select()
    .from(notificationDeliveries)
    .where(
      and(eq(notificationDeliveries.incidentId, incidentId), eq(notificationDeliveries.channel, 'push')),
    );
}

describe('VAPID keys', () => {
  it('are made at first start, stored once, and handed to browsers', async () => {
    const rows = await t.deps.db
      .select()
      .from(instanceSettings)
      .where(eq(instanceSettings.key, 'web_push_vapid'));
    expect(rows).toHaveLength(1);
    const stored = rows[0]?.value as { publicKey: string; privateKey: string };
    const response = await contactClient.get('/api/v1/push/vapid-public-key');
    expect(response.body.publicKey).toBe(stored.publicKey);
    expect(Buffer.from(response.body.publicKey, 'base64url')).toHaveLength(65);
    expect(JSON.stringify(response.body)).not.toContain(stored.privateKey);
  });
});

describe('subscriptions', () => {
  it('are stored per person, listed, moved to whoever subscribes the same browser, and removed by endpoint', async () => {
    const subscription = await subscribe();
    const mine = await contactClient.get('/api/v1/push/subscriptions');
    expect(mine.body.items).toEqual([
      expect.objectContaining({ endpoint: subscription.endpoint, service: '127.0.0.1', lastSuccessAt: null }),
    ]);
    // The reporter signs in on the same browser and subscribes it.
    expect((await reporterClient.post('/api/v1/push/subscriptions', subscription)).status).toBe(201);
    expect((await contactClient.get('/api/v1/push/subscriptions')).body.items).toEqual([]);
    const removed = await reporterClient.request('DELETE', '/api/v1/push/subscriptions', {
      endpoint: subscription.endpoint,
    });
    expect(removed.status).toBe(200);
    expect((await reporterClient.get('/api/v1/push/subscriptions')).body.items).toEqual([]);
    const again = await reporterClient.request('DELETE', '/api/v1/push/subscriptions', {
      endpoint: subscription.endpoint,
    });
    expect(again.status).toBe(200);
  });

  it('refuses keys that are not what a browser sends, per field', async () => {
    const subscription = peer.createSubscription();
    const notOnCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url');
    const bad = await contactClient.post('/api/v1/push/subscriptions', {
      ...subscription,
      keys: { p256dh: notOnCurve, auth: 'short' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ 'keys.auth': 'Ogiltig nyckel (auth)' });
    const offCurve = await contactClient.post('/api/v1/push/subscriptions', {
      ...subscription,
      keys: { ...subscription.keys, p256dh: notOnCurve },
    });
    expect(offCurve.status).toBe(400);
    expect(offCurve.body.error.fields).toEqual({ 'keys.p256dh': 'Nyckeln är inte en giltig P-256-nyckel' });
    const ftp = await contactClient.post('/api/v1/push/subscriptions', {
      ...subscription,
      endpoint: 'ftp://127.0.0.1/push',
    });
    expect(ftp.body.error.fields.endpoint).toBeTruthy();
  });

  it('in production accept only https endpoints of known push services', async () => {
    const production = await startTestApp({ env: 'production', useSmtp: false });
    try {
      const { user } = await production.factories.member('reporter');
      const client = await production.factories.signedIn(user, production.url);
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const keys = { p256dh: ecdh.getPublicKey().toString('base64url'), auth: 'AAAAAAAAAAAAAAAAAAAAAA' };
      const local = await client.post('/api/v1/push/subscriptions', {
        endpoint: 'https://10.0.0.5/push/1',
        keys,
      });
      expect(local.status).toBe(400);
      expect(local.body.error.fields.endpoint).toBe('Push-tjänsten är inte godkänd på den här servern');
      const fcm = await client.post('/api/v1/push/subscriptions', {
        endpoint: 'https://fcm.googleapis.com/fcm/send/abc123',
        keys,
      });
      expect(fcm.status).toBe(201);
      expect(fcm.body.service).toBe('Google (Chrome, Edge, Android)');
    } finally {
      await production.close();
    }
  });
});

describe('delivery to the push service', () => {
  it('reaches every device of the security contact, decrypts to the notice, with TTL and high urgency', async () => {
    const phone = await subscribe();
    const laptop = await subscribe();
    const id = await fileReport();
    await t.runJobs();

    for (const device of [phone, laptop]) {
      const [push] = peer.to(device.endpoint);
      expect(push?.json).toEqual({
        title: 'Ny rapport: Inbrott',
        body: expect.stringMatching(/ · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
        url: `/incidents/${id}`,
        tag: `incident-${id}`,
      });
      expect(
        (push?.json as { body: string } | undefined)?.body.startsWith(`${org.name}, Lager Norr · `),
      ).toBe(true);
      expect(push?.ttl).toBe(86_400);
      expect(push?.urgency).toBe('high');
      expect(push?.vapid.publicKey).toBe((await vapidKeys(t.deps.db)).publicKey);
      // No free text of the report on a lock screen.
      expect(push?.text).not.toContain('bakdörren');
    }
    const rows = await pushDeliveries(id);
    expect(rows.map((r) => r.state)).toEqual(['delivered', 'delivered']);
    const [stored] = await t.deps.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, phone.endpoint));
    expect(stored?.lastSuccessAt).toBeInstanceOf(Date);
  });

  it.each([404, 410])(
    'drops the subscription and fails the delivery when the push service answers %i',
    async (status) => {
      const device = await subscribe();
      if (status === 410) peer.unsubscribe(device.endpoint);
      else peer.answerNext({ status: 404 });
      const id = await fileReport();
      await t.runJobs();
      const [row] = await pushDeliveries(id);
      expect(row).toMatchObject({
        state: 'failed',
        failureReason: 'subscription_gone',
        pushSubscriptionId: null,
      });
      expect((await contactClient.get('/api/v1/push/subscriptions')).body.items).toEqual([]);
      const receipts = await contactClient.get(`/api/v1/incidents/${id}/deliveries`);
      expect(receipts.body.items.find((d: { channel: string }) => d.channel === 'push')).toMatchObject({
        state: 'failed',
        failureReason: 'subscription_gone',
        recipient: { kind: 'security_contact', name: contact.name, address: '127.0.0.1' },
      });
    },
  );

  it('waits as long as Retry-After says after a 429, and not a moment less', async () => {
    const device = await subscribe();
    peer.answerNext({ status: 429, retryAfter: '120' });
    const id = await fileReport();
    const before = Date.now();
    await t.runJobs();
    const [row] = await pushDeliveries(id);
    expect(row).toMatchObject({ state: 'queued', attempts: 1, lastError: 'HTTP 429' });
    expect(row?.nextAttemptAt?.getTime()).toBeGreaterThanOrEqual(before + 119_000);
    const result = await t.deps.db.execute(
      sql`select start_after from pgboss.job where name = ${SEND_PUSH_JOB} and data->>'deliveryId' = ${row?.id} and data->>'attempt' = '2'`,
    );
    const [job] = (result as unknown as { rows: { start_after: string | Date }[] }).rows;
    expect(new Date(job?.start_after ?? 0).getTime()).toBeGreaterThanOrEqual(before + 119_000);

    const attempts = peer.attempts.filter((a) => a.endpoint === device.endpoint).length;
    await t.runJobs();
    expect(peer.attempts.filter((a) => a.endpoint === device.endpoint)).toHaveLength(attempts);

    await t.deps.db.execute(
      sql`update pgboss.job set start_after = now() where name = ${SEND_PUSH_JOB} and data->>'deliveryId' = ${row?.id}`,
    );
    await t.runJobs();
    expect((await pushDeliveries(id))[0]).toMatchObject({
      state: 'delivered',
      attempts: 2,
      nextAttemptAt: null,
    });
    expect(peer.to(device.endpoint)).toHaveLength(1);
  });

  it('backs off after 5xx and gives up after the last attempt; a 400 fails at once', async () => {
    await subscribe();
    const id = await fileReport();
    peer.answerNext(...Array.from({ length: MAX_ATTEMPTS }, () => ({ status: 503 })));
    await t.runJobs();
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      const [row] = await pushDeliveries(id);
      expect(row).toMatchObject({ state: 'queued', attempts: attempt - 1 });
      expect(row?.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now() + 20_000);
      await t.deps.db.execute(
        sql`update pgboss.job set start_after = now() where name = ${SEND_PUSH_JOB} and data->>'deliveryId' = ${row?.id}`,
      );
      await t.runJobs();
    }
    expect((await pushDeliveries(id))[0]).toMatchObject({
      state: 'failed',
      failureReason: 'gave_up',
      attempts: MAX_ATTEMPTS,
    });

    const other = await fileReport();
    peer.answerNext({ status: 400 });
    await t.runJobs();
    expect((await pushDeliveries(other))[0]).toMatchObject({
      state: 'failed',
      failureReason: 'rejected',
      attempts: 1,
    });
  });

  it('leaves push out when the person switched it off for new reports', async () => {
    await subscribe();
    await contactClient.request('PUT', '/api/v1/notifications/preferences', {
      incident_reported: { push: false },
    });
    try {
      const id = await fileReport();
      await t.runJobs();
      expect(await pushDeliveries(id)).toEqual([]);
    } finally {
      await contactClient.request('PUT', '/api/v1/notifications/preferences', {
        incident_reported: { push: true },
      });
    }
  });
});
