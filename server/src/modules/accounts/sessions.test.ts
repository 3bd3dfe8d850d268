import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { sessions } from '../../db/schema';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ sessionIdleMinutes: 30, sessionAbsoluteDays: 1 });
});
afterAll(() => t.close());

describe('session expiry', () => {
  it('ends a session that has been idle longer than allowed', async () => {
    const user = await t.factories.user();
    const client = await t.factories.signedIn(user, t.url);
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    await t.deps.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
      .where(eq(sessions.userId, user.id));
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('ends a session at its absolute expiry however busy it is', async () => {
    const user = await t.factories.user();
    const client = await t.factories.signedIn(user, t.url);
    await t.deps.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.userId, user.id));
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });
});

describe('login timing', () => {
  it('takes about as long for an unknown address as for a wrong password', async () => {
    const user = await t.factories.user();
    const timeLogin = async (email: string) => {
      const started = performance.now();
      await t.client().post('/api/v1/auth/login', { email, password: `${TEST_PASSWORD}x` });
      return performance.now() - started;
    };
    await timeLogin(user.email);
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await timeLogin(user.email));
      unknown.push(await timeLogin(`ghost${i}@example.se`));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    // Both paths run one argon2id verification; without it the unknown path would be about 10x faster.
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });
});
