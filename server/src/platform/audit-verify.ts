import { and, asc, count, gt, isNotNull, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { auditLog } from '../db/schema';
import { ChainChecker, type ChainProblem } from './audit-chain';

const BATCH = 1_000;

export type AuditVerification = {
  checked: number;
  /** Entries from before the chain (no place in it), which the check cannot vouch for. */
  unchained: number;
  problems: ChainProblem[];
  /** Keep this elsewhere: a chain cut off at its end is found only against a head recorded before. */
  head: { seq: number; hash: string } | null;
};

export async function verifyAuditLog(db: Queryable): Promise<AuditVerification> {
  const checker = new ChainChecker();
  let head: AuditVerification['head'] = null;
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(isNotNull(auditLog.seq), gt(auditLog.seq, after)))
      .orderBy(asc(auditLog.seq))
      .limit(BATCH);
    for (const row of rows) {
      const seq = row.seq ?? 0;
      checker.check({ ...row, seq, prevHash: row.prevHash ?? '', hash: row.hash ?? '' });
      head = { seq, hash: row.hash ?? '' };
      after = seq;
    }
    if (rows.length < BATCH) break;
  }
  const [unchained] = await db.select({ n: count() }).from(auditLog).where(isNull(auditLog.seq));
  return { checked: checker.checked, unchained: unchained?.n ?? 0, problems: checker.problems, head };
}
