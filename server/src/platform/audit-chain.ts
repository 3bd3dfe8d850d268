import { createHash } from 'node:crypto';

/**
 * PRIV-7: the audit log is a hash chain (decision 026). Each entry carries its place (`seq`), the hash of the
 * entry before it and its own hash over both and every field it records, so a changed, removed or inserted
 * row breaks a link that `npm run verify-audit-log` reports.
 */

/** The `prev_hash` of the first entry of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Every writer of the chain takes this transaction lock first, so no two entries claim the same place. */
export const AUDIT_CHAIN_LOCK = 7_020_260_001;

export type ChainedFields = {
  seq: number;
  prevHash: string;
  id: string;
  at: Date;
  actorUserId: string | null;
  orgId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
};

/** JSON with object keys in sorted order: jsonb gives keys back in its own order, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function chainHash(entry: ChainedFields): string {
  const canonical = canonicalJson({
    seq: entry.seq,
    prevHash: entry.prevHash,
    id: entry.id,
    at: entry.at.toISOString(),
    actorUserId: entry.actorUserId,
    orgId: entry.orgId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    details: entry.details,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

export type ChainProblem = { seq: number; problem: 'changed' | 'missing_before' | 'wrong_link' };

/**
 * Checks entries in their chain order, batch by batch, carrying the previous entry across batches: each must
 * follow the one before without a gap, name its hash, and hash to what it says.
 */
export class ChainChecker {
  private previous: { seq: number; hash: string } | null = null;
  readonly problems: ChainProblem[] = [];
  checked = 0;

  check(entry: ChainedFields & { hash: string }): void {
    this.checked++;
    const expectedSeq = this.previous ? this.previous.seq + 1 : 1;
    if (entry.seq !== expectedSeq) this.problems.push({ seq: entry.seq, problem: 'missing_before' });
    else if (entry.prevHash !== (this.previous?.hash ?? GENESIS_HASH))
      this.problems.push({ seq: entry.seq, problem: 'wrong_link' });
    if (chainHash(entry) !== entry.hash) this.problems.push({ seq: entry.seq, problem: 'changed' });
    this.previous = { seq: entry.seq, hash: entry.hash };
  }
}
