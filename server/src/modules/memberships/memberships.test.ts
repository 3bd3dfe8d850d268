import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog } from '../../db/schema';

let t: TestApp;
let analyst: TestUser;
let analystClient: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.factories.user({ platformRole: 'analyst', name: 'Ana Lys', totp: 'JBSWY3DPEHPK3PXP' });
  analystClient = await t.factories.signedIn(analyst, t.url);
});
afterAll(() => t.close());

async function claimant(number: string) {
  const user = await t.factories.user();
  const client = await t.factories.signedIn(user, t.url);
  expect((await client.patch('/api/v1/profile', { membershipNumber: number })).status).toBe(200);
  return { user, client };
}

const stateOf = async (client: TestClient) => (await client.get('/api/v1/auth/me')).body.user.membershipState;

describe('trade-federation membership (roles: member of the trade federation)', () => {
  it('is pending once a number is entered, and verified when an analyst confirms that number', async () => {
    const { user, client } = await claimant('SH-10001');
    expect(await stateOf(client)).toBe('pending');

    const pending = await analystClient.get('/api/v1/admin/memberships?state=pending&limit=200');
    expect(pending.status).toBe(200);
    const claim = pending.body.items.find((item: { userId: string }) => item.userId === user.id);
    expect(claim).toMatchObject({ membershipNumber: 'SH-10001', state: 'pending', decidedBy: null });

    const verified = await analystClient.put(`/api/v1/admin/memberships/${user.id}`, {
      decision: 'verify',
      membershipNumber: 'SH-10001',
    });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      state: 'verified',
      decidedBy: { id: analyst.id, name: 'Ana Lys' },
    });
    expect(await stateOf(client)).toBe('verified');
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, user.id), eq(auditLog.action, 'membership.verified')));
    expect(audit).toHaveLength(1);

    const listed = await analystClient.get('/api/v1/admin/memberships?state=verified&limit=200');
    expect(listed.body.items.map((item: { userId: string }) => item.userId)).toContain(user.id);
  });

  it('starts over when the user changes a verified number, and ends when they remove it', async () => {
    const { user, client } = await claimant('SH-10002');
    await analystClient.put(`/api/v1/admin/memberships/${user.id}`, {
      decision: 'verify',
      membershipNumber: 'SH-10002',
    });
    await client.patch('/api/v1/profile', { membershipNumber: 'SH-99999' });
    expect(await stateOf(client)).toBe('pending');
    // Saving the profile with the same number keeps the decision.
    await analystClient.put(`/api/v1/admin/memberships/${user.id}`, {
      decision: 'verify',
      membershipNumber: 'SH-99999',
    });
    await client.patch('/api/v1/profile', { membershipNumber: 'SH-99999', name: 'Nytt Namn' });
    expect(await stateOf(client)).toBe('verified');
    await client.patch('/api/v1/profile', { membershipNumber: null });
    expect(await stateOf(client)).toBe('none');
    const gone = await analystClient.put(`/api/v1/admin/memberships/${user.id}`, {
      decision: 'verify',
      membershipNumber: 'SH-99999',
    });
    expect(gone.status).toBe(404);
  });

  it('shows a rejection to the user, and refuses to decide on a number that has changed since', async () => {
    const { user, client } = await claimant('SH-10003');
    const stale = await analystClient.put(`/api/v1/admin/memberships/${user.id}`, {
      decision: 'verify',
      membershipNumber: 'SH-00000',
    });
    expect(stale.status).toBe(409);
    expect(await stateOf(client)).toBe('pending');

    const rejected = await analystClient.put(`/api/v1/admin/memberships/${user.id}`, {
      decision: 'reject',
      membershipNumber: 'SH-10003',
    });
    expect(rejected.body.state).toBe('rejected');
    expect(await stateOf(client)).toBe('rejected');
  });

  it('is for analysts and platform admins; an analyst cannot verify their own number', async () => {
    const { user, client } = await claimant('SH-10004');
    expect((await client.get('/api/v1/admin/memberships')).status).toBe(404);
    expect(
      (
        await client.put(`/api/v1/admin/memberships/${user.id}`, {
          decision: 'verify',
          membershipNumber: 'SH-10004',
        })
      ).status,
    ).toBe(404);
    await analystClient.patch('/api/v1/profile', { membershipNumber: 'SH-10005' });
    const own = await analystClient.put(`/api/v1/admin/memberships/${analyst.id}`, {
      decision: 'verify',
      membershipNumber: 'SH-10005',
    });
    expect(own.status).toBe(409);
    const admin = await t.factories.signedIn(
      await t.factories.user({ platformRole: 'admin', totp: 'JBSWY3DPEHPK3PXP' }),
      t.url,
    );
    expect((await admin.get('/api/v1/admin/memberships')).status).toBe(200);
  });

  it('answers bad input with field errors', async () => {
    const { user } = await claimant('SH-10006');
    const bad = await analystClient.put(`/api/v1/admin/memberships/${user.id}`, { decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(
      expect.arrayContaining(['decision', 'membershipNumber']),
    );
    expect((await analystClient.get('/api/v1/admin/memberships?state=odd')).status).toBe(400);
    expect((await analystClient.put('/api/v1/admin/memberships/not-a-uuid', {})).status).toBe(400);
  });
});
