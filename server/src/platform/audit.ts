import type { Queryable } from '../db/client';
import { auditLog } from '../db/schema';

export type AuditEntry = {
  actorUserId: string | null;
  orgId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  /** Identifiers and changed field names only: never free text or personal data. */
  details?: Record<string, unknown>;
};

/** Written in the caller's transaction, so the entry exists exactly when the change does. */
export async function writeAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    orgId: entry.orgId ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
  });
}
