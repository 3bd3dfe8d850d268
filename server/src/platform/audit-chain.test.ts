import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';
import { auditLog } from '../db/schema';
import { writeAudit } from './audit';
import { canonicalJson, chainHash, GENESIS_HASH } from './audit-chain';
import { verifyAuditLog } from './audit-verify';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ useSmtp: false });
});
afterAll(() => t.close());

const entry = (n: number) => ({
  actorUserId: null,
  action: 'test.chain',
  targetType: 'test',
  targetId: String(n),
  details: { n, fields: ['name', 'phone'], nested: { b: 1, a: 2 } },
});

/**
 * What someone with the database's owner rights could do: the append-only trigger (migration 0001) stops
 * everyone else, so it is set aside for the change.
 */
async function tamper(change: () => Promise<unknown>) {
  await t.deps.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
  try {
    await change();
  } finally {
    await t.deps.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  }
}

describe('the audit log as a hash chain (PRIV-7)', () => {
  it('links every entry to the one before, also when many are written at once', async () => {
    await writeAudit(t.deps.db, entry(0));
    await Promise.all(Array.from({ length: 25 }, (_, i) => writeAudit(t.deps.db, entry(i + 1))));
    // Inside a transaction that also does other work, as the services write it.
    await t.deps.db.transaction(async (tx) => {
      await writeAudit(tx, entry(100));
      await writeAudit(tx, entry(101));
    });
    const result = await verifyAuditLog(t.deps.db);
    expect(result.problems).toEqual([]);
    const rows = await t.deps.db.select({ seq: auditLog.seq, prevHash: auditLog.prevHash }).from(auditLog);
    const seqs = rows.map((row) => row.seq).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(seqs).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows.find((row) => row.seq === 1)?.prevHash).toBe(GENESIS_HASH);
    expect(result.checked).toBe(rows.length);
    expect(result.head?.seq).toBe(rows.length);
  });

  it('finds a changed entry, and is whole again when it is put back', async () => {
    const [victim] = await t.deps.db.select().from(auditLog).where(eq(auditLog.seq, 5));
    if (!victim) throw new Error('no entry 5');
    await expect(
      t.deps.db.execute(sql`update audit_log set details = '{}'::jsonb where seq = 5`),
    ).rejects.toThrow();
    await tamper(() =>
      t.deps.db.execute(
        sql`update audit_log set details = ${JSON.stringify({ n: 999 })}::jsonb where seq = 5`,
      ),
    );
    expect((await verifyAuditLog(t.deps.db)).problems).toEqual([{ seq: 5, problem: 'changed' }]);
    await tamper(() =>
      t.deps.db.update(auditLog).set({ details: victim.details }).where(eq(auditLog.seq, 5)),
    );
    expect((await verifyAuditLog(t.deps.db)).problems).toEqual([]);

    await tamper(() =>
      t.deps.db.execute(sql`update audit_log set actor_user_id = gen_random_uuid() where seq = 7`),
    );
    expect((await verifyAuditLog(t.deps.db)).problems).toEqual([{ seq: 7, problem: 'changed' }]);
    await tamper(() => t.deps.db.update(auditLog).set({ actorUserId: null }).where(eq(auditLog.seq, 7)));
  });

  it('finds a removed entry and a forged one', async () => {
    await tamper(() => t.deps.db.delete(auditLog).where(eq(auditLog.seq, 10)));
    expect((await verifyAuditLog(t.deps.db)).problems).toEqual([{ seq: 11, problem: 'missing_before' }]);

    // Put in its place with a fresh hash of its own: the next entry still names the old one.
    const [next] = await t.deps.db.select().from(auditLog).where(eq(auditLog.seq, 11));
    const [before] = await t.deps.db.select().from(auditLog).where(eq(auditLog.seq, 9));
    const forged = {
      seq: 10,
      prevHash: before?.hash ?? '',
      id: '01900000-0000-7000-8000-000000000010',
      at: new Date(),
      actorUserId: null,
      orgId: null,
      action: 'test.chain',
      targetType: 'test',
      targetId: 'forged',
      details: {},
    };
    await t.deps.db.insert(auditLog).values({ ...forged, hash: chainHash(forged) });
    expect(next).toBeDefined();
    expect((await verifyAuditLog(t.deps.db)).problems).toEqual([{ seq: 11, problem: 'wrong_link' }]);
  });

  it('hashes details whatever order their keys come back in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":0,"y":1}]},"b":1}',
    );
  });
});
