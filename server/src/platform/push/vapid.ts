import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import type { Queryable } from '../../db/client';
import { instanceSettings } from '../../db/schema';

export type VapidKeys = { publicKey: string; privateKey: string };

const SETTING = 'web_push_vapid';
const cache = new WeakMap<object, Promise<VapidKeys>>();

/**
 * The instance's VAPID key pair, made at first start and kept in the database, so every server process signs
 * with the same key and browsers' subscriptions survive restarts. Two processes starting at once both try to
 * insert; the second insert does nothing and both read the winner.
 */
export function vapidKeys(db: Queryable): Promise<VapidKeys> {
  let keys = cache.get(db);
  if (!keys) {
    keys = loadOrCreate(db);
    cache.set(db, keys);
    keys.catch(() => cache.delete(db));
  }
  return keys;
}

async function loadOrCreate(db: Queryable): Promise<VapidKeys> {
  const stored = await read(db);
  if (stored) return stored;
  await db
    .insert(instanceSettings)
    .values({ key: SETTING, value: webpush.generateVAPIDKeys() })
    .onConflictDoNothing();
  const created = await read(db);
  if (!created) throw new Error('VAPID keys were not stored');
  return created;
}

async function read(db: Queryable): Promise<VapidKeys | null> {
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, SETTING));
  const value = row?.value as Partial<VapidKeys> | undefined;
  return value?.publicKey && value.privateKey
    ? { publicKey: value.publicKey, privateKey: value.privateKey }
    : null;
}
