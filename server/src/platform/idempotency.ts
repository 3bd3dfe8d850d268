import { and, eq } from 'drizzle-orm';
import type { Database, Tx } from '../db/client';
import { idempotencyKeys } from '../db/schema';
import { HttpError, invalid } from './errors';
import { sha256 } from './tokens';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_SHAPE = /^[A-Za-z0-9_.:-]{8,200}$/;

export type StoredResponse<T> = { statusCode: number; body: T };

/** Reads and checks the optional Idempotency-Key header. */
export function idempotencyKeyOf(headers: Record<string, string | string[] | undefined>): string | null {
  const value = headers[IDEMPOTENCY_HEADER];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !KEY_SHAPE.test(value)) {
    throw invalid({ 'Idempotency-Key': 'Nyckeln ska vara 8–200 tecken: bokstäver, siffror och _ . : -' });
  }
  return value;
}

/**
 * Runs `work` once per (user, key). The key row is inserted first in the same transaction, so a concurrent
 * retry waits on it and then reads the stored answer; the same key with another body answers 422.
 */
export async function runIdempotent<T>(
  db: Database,
  scope: { userId: string; key: string | null; request: unknown },
  work: (tx: Tx) => Promise<StoredResponse<T>>,
): Promise<StoredResponse<T>> {
  if (!scope.key) return db.transaction(work);
  const requestHash = sha256(JSON.stringify(scope.request));
  const key = scope.key;
  const fresh = await db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ userId: scope.userId, key, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) return null;
    const response = await work(tx);
    await tx
      .update(idempotencyKeys)
      .set({ statusCode: response.statusCode, response: response.body as object })
      .where(and(eq(idempotencyKeys.userId, scope.userId), eq(idempotencyKeys.key, key)));
    return response;
  });
  if (fresh) return fresh;
  const [stored] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, scope.userId), eq(idempotencyKeys.key, key)));
  if (!stored || stored.statusCode === null) {
    throw new HttpError(
      409,
      'conflict',
      'En förfrågan med samma nyckel pågår redan. Försök igen om en stund.',
    );
  }
  if (stored.requestHash !== requestHash) {
    throw new HttpError(422, 'unprocessable', 'Nyckeln har redan använts för en annan förfrågan', {
      'Idempotency-Key': 'Redan använd med annat innehåll',
    });
  }
  return { statusCode: stored.statusCode, body: stored.response as T };
}
