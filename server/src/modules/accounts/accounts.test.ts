import { authenticator } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const strongPassword = 'Ljusblå cykel på taket 7';

async function signUpAndVerify(email: string) {
  const client = t.client();
  const signup = await client.post('/api/v1/auth/signup', {
    email,
    password: strongPassword,
    name: 'Nina Ny',
  });
  expect(signup.status).toBe(202);
  await t.runJobs();
  const link = t.smtp.linkTo(email, '/verify');
  const token = new URL(link).searchParams.get('token');
  const verify = await client.post('/api/v1/auth/verify-email', { token });
  expect(verify.status).toBe(200);
  return client;
}

describe('sign-up, verification and login', () => {
  it('sends a verification mail through SMTP and lets the verified user log in', async () => {
    const email = 'nina@example.se';
    const client = await signUpAndVerify(email);
    const login = await client.post('/api/v1/auth/login', {
      email: 'Nina@Example.se',
      password: strongPassword,
    });
    expect(login.status).toBe(200);
    expect(login.body.status).toBe('ok');
    expect(login.body.me.user.email).toBe(email);
    const cookie = login.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/__Host-vaksam_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.name).toBe('Nina Ny');
  });

  it('refuses login before the e-mail is verified', async () => {
    const client = t.client();
    await client.post('/api/v1/auth/signup', {
      email: 'unverified@example.se',
      password: strongPassword,
      name: 'Ove',
    });
    const login = await client.post('/api/v1/auth/login', {
      email: 'unverified@example.se',
      password: strongPassword,
    });
    expect(login.status).toBe(403);
    expect(login.body.error.fields.email).toBeDefined();
  });

  it('answers a sign-up for a registered address exactly like a new one, and mails the owner', async () => {
    const user = await t.factories.user();
    const known = await t
      .client()
      .post('/api/v1/auth/signup', { email: user.email, password: strongPassword, name: 'X' });
    const unknown = await t
      .client()
      .post('/api/v1/auth/signup', { email: 'brand-new@example.se', password: strongPassword, name: 'X' });
    expect(known.status).toBe(unknown.status);
    expect(known.body).toEqual(unknown.body);
    await t.runJobs();
    expect(t.smtp.to(user.email).at(-1)?.subject).toMatch(/redan ett konto/);
  });

  it('refuses common, short and over-long passwords with a field message', async () => {
    for (const password of ['password1', 'lösenord123', 'kort', 'x'.repeat(129)]) {
      const response = await t
        .client()
        .post('/api/v1/auth/signup', { email: 'weak@example.se', password, name: 'W' });
      expect(response.status, password).toBe(400);
      expect(response.body.error.fields.password, password).toBeTruthy();
    }
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const user = await t.factories.user();
    const wrong = await t
      .client()
      .post('/api/v1/auth/login', { email: user.email, password: 'not the password' });
    const unknown = await t
      .client()
      .post('/api/v1/auth/login', { email: 'nobody@example.se', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('issues a new session id at every login and revokes it at logout', async () => {
    const user = await t.factories.user();
    const client = t.client();
    const first = await client.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD });
    const firstCookie = first.headers.getSetCookie()[0];
    const second = await client.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(second.headers.getSetCookie()[0]).not.toBe(firstCookie);
    const stolen = t.client();
    stolen.setSession((firstCookie ?? '').split(';')[0]?.split('=')[1] ?? '', 'x');
    expect((await stolen.get('/api/v1/auth/me')).status).toBe(200);
    expect((await client.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('logs out everywhere', async () => {
    const user = await t.factories.user();
    const phone = await t.factories.signedIn(user, t.url);
    const laptop = await t.factories.signedIn(user, t.url);
    expect((await phone.post('/api/v1/auth/logout-all')).status).toBe(200);
    expect((await laptop.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('rejects writes without the CSRF token and cross-site writes', async () => {
    const user = await t.factories.user();
    const client = await t.factories.signedIn(user, t.url);
    const noToken = await client.patch('/api/v1/profile', { name: 'Ny' }, { 'x-csrf-token': 'wrong' });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('csrf_failed');
    const crossSite = await t
      .client()
      .post(
        '/api/v1/auth/login',
        { email: user.email, password: TEST_PASSWORD },
        { 'sec-fetch-site': 'cross-site' },
      );
    expect(crossSite.status).toBe(403);
    expect((await client.patch('/api/v1/profile', { name: 'Ny' })).status).toBe(200);
  });

  it('resets the password through the mailed link and ends old sessions', async () => {
    const user = await t.factories.user();
    const old = await t.factories.signedIn(user, t.url);
    expect((await t.client().post('/api/v1/auth/password-reset/request', { email: user.email })).status).toBe(
      202,
    );
    expect(
      (await t.client().post('/api/v1/auth/password-reset/request', { email: 'ghost@example.se' })).status,
    ).toBe(202);
    await t.runJobs();
    const token = new URL(t.smtp.linkTo(user.email, '/reset-password')).searchParams.get('token');
    const reset = await t
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token, password: strongPassword });
    expect(reset.status).toBe(200);
    expect((await old.get('/api/v1/auth/me')).status).toBe(401);
    const again = await t
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token, password: strongPassword });
    expect(again.status).toBe(400);
    expect(again.body.error.fields.token).toBeTruthy();
    const login = await t
      .client()
      .post('/api/v1/auth/login', { email: user.email, password: strongPassword });
    expect(login.status).toBe(200);
  });

  it('revokes the sessions of a user an admin disables', async () => {
    const admin = await t.factories.user({ platformRole: 'admin', totp: authenticator.generateSecret() });
    const user = await t.factories.user();
    const userClient = await t.factories.signedIn(user, t.url);
    const adminClient = await t.factories.signedIn(admin, t.url);
    const disabled = await adminClient.patch(`/api/v1/admin/users/${user.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect((await userClient.get('/api/v1/auth/me')).status).toBe(401);
    const login = await t.client().post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(login.status).toBe(403);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After after too many logins for one address', async () => {
    const limited = await startTestApp({ rateLimitLoginPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited
          .client()
          .post('/api/v1/auth/login', { email: 'target@example.se', password: 'guess' });
        statuses.push(r.status);
        if (r.status === 429) expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('answers 429 to repeated password-reset and verification requests', async () => {
    const limited = await startTestApp({ rateLimitLoginPerMinute: 2, rateLimitEmailPerHour: 2 });
    try {
      const reset = [];
      const resend = [];
      const verify = [];
      for (let i = 0; i < 3; i++) {
        reset.push(
          (await limited.client().post('/api/v1/auth/password-reset/request', { email: 'a@example.se' }))
            .status,
        );
        resend.push(
          (await limited.client().post('/api/v1/auth/resend-verification', { email: 'a@example.se' })).status,
        );
        verify.push(
          (await limited.client().post('/api/v1/auth/verify-email', { token: 'x'.repeat(43) })).status,
        );
      }
      expect(reset).toEqual([202, 202, 429]);
      expect(resend).toEqual([202, 202, 429]);
      expect(verify).toEqual([400, 400, 429]);
    } finally {
      await limited.close();
    }
  });
});
