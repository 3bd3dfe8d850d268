import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';
import { SEND_MAIL_JOB } from './mail/outbox';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const count = async (query: ReturnType<typeof sql>) =>
  Number(((await t.deps.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]?.n);
const outboxRows = () => count(sql`select count(*)::int as n from outbox`);

describe('the outbox relay', () => {
  it('moves a row into the job queue, where the job runs', async () => {
    await t.deps.db.execute(sql`
      insert into outbox (job_name, payload)
      values (${SEND_MAIL_JOB}, ${JSON.stringify({ to: 'relay@example.se', subject: 'Via utkorgen', text: 'Hej' })}::jsonb)`);
    expect(await outboxRows()).toBe(1);
    await t.runJobs();
    expect(await outboxRows()).toBe(0);
    expect(t.smtp.to('relay@example.se').map((mail) => mail.subject)).toEqual(['Via utkorgen']);
  });

  it('keeps a row whose job cannot be queued: deleting it and queueing its job commit together', async () => {
    await t.deps.db.execute(sql`insert into outbox (job_name, payload) values ('no.such.job', '{}'::jsonb)`);
    await expect(t.runJobs()).rejects.toThrow(/Unknown job/);
    expect(await outboxRows()).toBe(1);
    await t.deps.db.execute(sql`delete from outbox`);
  });

  it('relays a backlog larger than one batch, every row once', { timeout: 90_000 }, async () => {
    await t.deps.db.execute(sql`
      insert into outbox (job_name, payload)
      select ${SEND_MAIL_JOB}, jsonb_build_object('to', 'many' || n || '@example.se', 'subject', 'Nr ' || n, 'text', 'x')
      from generate_series(1, 210) as n`);
    await t.runJobs();
    expect(await outboxRows()).toBe(0);
    const delivered = t.smtp.received.filter((mail) => mail.to.some((to) => to.startsWith('many')));
    expect(delivered).toHaveLength(210);
    expect(new Set(delivered.map((mail) => mail.subject)).size).toBe(210);
  });
});
