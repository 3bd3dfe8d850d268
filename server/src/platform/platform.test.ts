import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';
import { auditLog, devMail } from '../db/schema';
import { writeAudit } from './audit';
import { enqueueMail } from './mail/outbox';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('audit log', () => {
  it('accepts new entries and refuses to change or delete them', async () => {
    await writeAudit(t.deps.db, { actorUserId: null, action: 'test.appended' });
    // Drizzle wraps the database error; the refusal itself is the cause.
    const refusal = (statement: ReturnType<typeof sql>) =>
      t.deps.db.execute(statement).then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await refusal(sql`update audit_log set action = 'tampered'`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from audit_log`)).toMatch(/append-only/);
    const rows = await t.deps.db.select({ action: auditLog.action }).from(auditLog);
    expect(rows.map((r) => r.action)).toContain('test.appended');
    expect(rows.map((r) => r.action)).not.toContain('tampered');
  });
});

describe('outbox', () => {
  it('sends a mail queued in a transaction that commits, and drops one whose transaction rolls back', async () => {
    await t.deps.db.transaction(async (tx) => {
      await enqueueMail(t.deps.jobs, tx, { to: 'committed@example.se', subject: 'Sparad', text: 'Hej' });
    });
    await expect(
      t.deps.db.transaction(async (tx) => {
        await enqueueMail(t.deps.jobs, tx, { to: 'rolled-back@example.se', subject: 'Borta', text: 'Hej' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await t.runJobs();
    expect(t.smtp.to('committed@example.se')).toHaveLength(1);
    expect(t.smtp.to('rolled-back@example.se')).toHaveLength(0);
  });

  it('keeps a mail queued while the SMTP server is down and delivers it when it is back', async () => {
    await t.smtp.stop();
    await t.deps.db.transaction((tx) =>
      enqueueMail(t.deps.jobs, tx, { to: 'later@example.se', subject: 'Senare', text: 'Hej' }),
    );
    await t.runJobs();
    const port = t.smtp.port;
    expect(t.smtp.to('later@example.se')).toHaveLength(0);
    await t.smtp.start(port);
    await t.deps.db.execute(
      sql`update pgboss.job set start_after = now() where name = 'mail.send' and state = 'retry'`,
    );
    await t.runJobs();
    expect(t.smtp.to('later@example.se')).toHaveLength(1);
  });
});

describe('dev mailbox', () => {
  it('stores mails when no SMTP server is configured and shows them at /dev/mail', async () => {
    const local = await startTestApp({ useSmtp: false });
    try {
      await local.client().post('/api/v1/auth/signup', {
        email: 'inbox@example.se',
        password: 'Ljusblå cykel på taket 7',
        name: 'Ines',
      });
      await local.runJobs();
      const stored = await local.deps.db.select().from(devMail);
      expect(stored.map((m) => m.to)).toEqual(['inbox@example.se']);
      const page = await local.client().get('/dev/mail');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Bekräfta din e-postadress');
      expect(page.text).toMatch(/<a href="http:\/\/localhost:\d+\/verify\?token=/);
    } finally {
      await local.close();
    }
  });

  it('is not served in production', async () => {
    const production = await startTestApp({ useSmtp: false, env: 'production' });
    try {
      expect((await production.client().get('/dev/mail')).status).toBe(404);
    } finally {
      await production.close();
    }
  });
});

describe('HTTP platform', () => {
  it('sets security headers and a request id on every answer', async () => {
    const response = await t.client().get('/healthz');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    for (const answer of [response, await t.client().get('/api/v1/no-such-route')]) {
      expect(Object.fromEntries(answer.headers)).toMatchObject({
        'x-frame-options': 'DENY',
        'referrer-policy': 'same-origin',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'origin-agent-cluster': '?1',
        'x-dns-prefetch-control': 'off',
        'x-permitted-cross-domain-policies': 'none',
        'x-xss-protection': '0',
      });
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(answer.headers.has('cross-origin-embedder-policy')).toBe(false);
    }
  });

  it('reports readiness from the database', async () => {
    expect((await t.client().get('/readyz')).body).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document', async () => {
    const document = await t.client().get('/api/v1/openapi.json');
    expect(document.body.openapi).toBe('3.1.0');
    expect(Object.keys(document.body.paths)).toContain('/api/v1/auth/me');
  });
});
