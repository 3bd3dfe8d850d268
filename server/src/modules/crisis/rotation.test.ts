import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { crisisProfiles } from '../../db/schema';
import {
  currentKeysOf,
  dataKeyId,
  keyFilePath,
  keyringOf,
  loadKeySource,
} from '../../platform/crypto/keyring';
import { keySourceOf } from './keys';
import { loadProfile } from './profiles';
import { rotateDataKeys } from './rotation';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ useSmtp: false });
});
afterAll(() => t.close());

async function profileOf(name: string) {
  const user = await t.factories.user({ name });
  const client = await t.factories.signedIn(user, t.url);
  const saved = await client.put('/api/v1/profile/crisis', {
    personnummer: '19121212-1212',
    nextOfKin: [{ name: `Anhörig till ${name}`, relation: 'Syster', phone: '070-111 22 33' }],
  });
  expect(saved.status).toBe(200);
  return user.id;
}

const keyIdsInUse = async () =>
  new Set(
    (await t.deps.db.select({ keyId: crisisProfiles.keyId }).from(crisisProfiles)).map((row) => row.keyId),
  );

describe('rotating the data key (npm run rotate-data-key)', () => {
  it('seals every profile with a new key, keeps the old one until pruned, and loses nothing', async () => {
    const ids = [await profileOf('Alfa'), await profileOf('Beta'), await profileOf('Gamma')];
    const source = keySourceOf(t.deps.config);
    if (source.kind !== 'file') throw new Error('the test server uses the key file');
    const oldId = t.deps.keyring.currentId;
    expect(await keyIdsInUse()).toEqual(new Set([oldId]));

    const rotated = await rotateDataKeys(t.deps.db, source, { newKey: true, prune: false });
    expect(rotated.currentKeyId).not.toBe(oldId);
    expect(rotated.resealed).toBeGreaterThanOrEqual(3);
    expect(await keyIdsInUse()).toEqual(new Set([rotated.currentKeyId]));
    const file = JSON.parse(fs.readFileSync(keyFilePath(t.deps.config.dataDir), 'utf8')).keys as string[];
    expect(file).toHaveLength(2);

    // The running server meets the new key in the file and reads every profile.
    for (const id of ids) {
      expect((await loadProfile(t.deps.db, t.deps.keyring, id)).nextOfKin[0]?.relation).toBe('Syster');
    }
    expect(t.deps.keyring.currentId).toBe(rotated.currentKeyId);

    const pruned = await rotateDataKeys(t.deps.db, keySourceOf(t.deps.config), {
      newKey: false,
      prune: true,
    });
    expect(pruned).toMatchObject({ resealed: 0, keysRemoved: 1, currentKeyId: rotated.currentKeyId });
    const after = loadKeySource({ dataDir: t.deps.config.dataDir });
    expect(after.keys.map(dataKeyId)).toEqual([rotated.currentKeyId]);
    const fresh = keyringOf(after.keys, currentKeysOf(after));
    for (const id of ids)
      expect((await loadProfile(t.deps.db, fresh, id)).personnummer).toBe('19121212-1212');
  });

  it('with VAKSAM_DATA_KEY, seals the profiles of the previous keys with the new one', async () => {
    const id = await profileOf('Delta');
    const fileKeys = loadKeySource({ dataDir: t.deps.config.dataDir }).keys;
    const newKey = Buffer.alloc(32, 7);
    const source = loadKeySource({
      dataKey: newKey.toString('base64'),
      previousKeys: fileKeys.map((key) => key.toString('base64')).join(','),
      dataDir: t.deps.config.dataDir,
    });
    const result = await rotateDataKeys(t.deps.db, source, { newKey: false, prune: false });
    expect(result.currentKeyId).toBe(dataKeyId(newKey));
    const [row] = await t.deps.db.select().from(crisisProfiles).where(eq(crisisProfiles.userId, id));
    expect(row?.keyId).toBe(dataKeyId(newKey));
    expect((await loadProfile(t.deps.db, keyringOf([newKey]), id)).nextOfKin[0]?.name).toBe(
      'Anhörig till Delta',
    );
  });
});
