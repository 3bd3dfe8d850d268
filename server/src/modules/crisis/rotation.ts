import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { crisisProfiles } from '../../db/schema';
import {
  addKeyToFile,
  currentKeysOf,
  type KeySource,
  keepKeysInFile,
  keyringOf,
} from '../../platform/crypto/keyring';
import { profileContext } from './profiles';

const BATCH = 500;

export type RotationResult = { currentKeyId: string; resealed: number; keysRemoved: number };

/**
 * Seals every crisis profile again with the current key (decision 025). With the key file, a new key is made
 * current first; the old keys stay readable, because a server still running may seal with them until it
 * meets the new key, and `prune` drops those no row uses any more — run it once every server has restarted.
 * With VAKSAM_DATA_KEY the operator has already put the new key there and the old ones in
 * VAKSAM_DATA_KEYS_PREVIOUS, and removes those afterwards.
 */
export async function rotateDataKeys(
  db: Database,
  source: KeySource,
  options: { newKey: boolean; prune: boolean },
): Promise<RotationResult> {
  const keys = source.kind === 'file' && options.newKey ? addKeyToFile(source) : source.keys;
  const keyring = keyringOf(keys, currentKeysOf(source));
  let resealed = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(crisisProfiles)
      .where(ne(crisisProfiles.keyId, keyring.currentId))
      .limit(BATCH);
    if (rows.length === 0) break;
    await db.transaction(async (tx) => {
      for (const row of rows) {
        const context = profileContext(row.userId);
        const sealed = keyring.seal(keyring.open(row.sealed, context), context);
        // Only if nobody saved the profile meanwhile; a newer save is sealed already.
        await tx
          .update(crisisProfiles)
          .set({ sealed, keyId: keyring.currentId })
          .where(and(eq(crisisProfiles.userId, row.userId), eq(crisisProfiles.sealed, row.sealed)));
      }
    });
    resealed += rows.length;
  }
  let keysRemoved = 0;
  if (source.kind === 'file' && options.prune) {
    const inUse = await db.selectDistinct({ keyId: crisisProfiles.keyId }).from(crisisProfiles);
    keysRemoved = keepKeysInFile(source.file, new Set(inUse.map((row) => row.keyId)));
  }
  return { currentKeyId: keyring.currentId, resealed, keysRemoved };
}
