import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AttachmentStorage, groupFolder } from './storage';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vaksam-storage-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const storage = new AttachmentStorage(dataDir);
const ORG = '01a20000-0000-7000-8000-000000000000';

describe('attachment storage', () => {
  it('keeps every file under the attachments directory and refuses keys that point elsewhere', () => {
    const key = storage.newKey(ORG, 'jpg');
    expect(storage.pathOf(key).startsWith(path.join(dataDir, 'attachments', ORG))).toBe(true);
    for (const bad of ['../etc/passwd', `${ORG}/../../x.jpg`, '/etc/passwd', `${ORG}/bild.jpg`, '']) {
      expect(() => storage.pathOf(bad), bad).toThrow();
    }
  });

  it('keeps a group’s files in a folder of their own under groups/', () => {
    const key = storage.newKey(groupFolder(ORG), 'webp', 'thumbnail');
    expect(storage.pathOf(key).startsWith(path.join(dataDir, 'attachments', 'groups', ORG))).toBe(true);
    for (const bad of [
      `groups/../${ORG}/x.jpg`,
      `groups/groups/${ORG}/${ORG}.jpg`,
      `other/${ORG}/${ORG}.jpg`,
    ]) {
      expect(() => storage.pathOf(bad), bad).toThrow();
    }
  });

  it('commits a temp file to its key and removes it again', async () => {
    const temp = await storage.tempPath();
    await writeFile(temp, 'x');
    const key = storage.newKey(ORG, 'pdf');
    await storage.commit(temp, key);
    expect(existsSync(temp)).toBe(false);
    expect(await storage.sizeOf(key)).toBe(1);
    await storage.removeKeys(key, null);
    expect(await storage.sizeOf(key)).toBeNull();
  });

  it('sweeps temp files left by a crash, but not those being written now', async () => {
    const old = await storage.tempPath();
    const fresh = await storage.tempPath();
    await writeFile(old, 'left behind');
    await writeFile(fresh, 'in progress');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    expect(await storage.sweepTemp()).toBe(1);
    expect([existsSync(old), existsSync(fresh)]).toEqual([false, true]);
  });
});
