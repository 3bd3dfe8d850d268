import { desc, isNotNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../db/client';
import { auditLog } from '../db/schema';
import { AUDIT_CHAIN_LOCK, chainHash, GENESIS_HASH } from './audit-chain';

export type AuditEntry = {
  actorUserId: string | null;
  orgId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  /** Identifiers and changed field names only: never free text or personal data. */
  details?: Record<string, unknown>;
};

/**
 * Written in the caller's transaction, so the entry exists exactly when the change does, as the next link of
 * the hash chain (PRIV-7, decision 026). The chain's lock is a transaction lock: taken inside a savepoint, it
 * holds until the caller's transaction ends, so the next writer reads this entry as the last.
 */
export async function writeAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.transaction(async (chain) => {
    await chain.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [last] = await chain
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .where(isNotNull(auditLog.seq))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    const fields = {
      seq: (last?.seq ?? 0) + 1,
      prevHash: last?.hash ?? GENESIS_HASH,
      id: uuidv7(),
      at: new Date(),
      actorUserId: entry.actorUserId,
      orgId: entry.orgId ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    };
    await chain.insert(auditLog).values({ ...fields, hash: chainHash(fields) });
  });
}
