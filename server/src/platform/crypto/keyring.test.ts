import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addKeyToFile,
  currentKeysOf,
  DataKeyError,
  dataKeyId,
  keyFilePath,
  keyringOf,
  loadKeySource,
} from './keyring';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'vaksam-keys-'));

describe('sealing with the data keys', () => {
  it('opens what it sealed, and names the key', () => {
    const key = randomBytes(32);
    const keyring = keyringOf([key]);
    const sealed = keyring.seal('19121212-1212', 'crisis_profiles:a');
    expect(sealed).not.toContain('1212');
    expect(keyring.keyIdOf(sealed)).toBe(dataKeyId(key));
    expect(keyring.open(sealed, 'crisis_profiles:a')).toBe('19121212-1212');
    // A fresh IV every time: the same text never seals the same twice.
    expect(keyring.seal('19121212-1212', 'crisis_profiles:a')).not.toBe(sealed);
  });

  it('refuses a value moved to another row, changed, or sealed with a key it lacks', () => {
    const keyring = keyringOf([randomBytes(32)]);
    const sealed = keyring.seal('hemligt', 'crisis_profiles:a');
    expect(() => keyring.open(sealed, 'crisis_profiles:b')).toThrow();
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => keyring.open(parts.join('.'), 'crisis_profiles:a')).toThrow();
    expect(() => keyringOf([randomBytes(32)]).open(sealed, 'crisis_profiles:a')).toThrow(DataKeyError);
    expect(() => keyring.open('klartext', 'crisis_profiles:a')).toThrow(DataKeyError);
  });

  it('reads values of the keys it replaced and seals with the newest', () => {
    const old = randomBytes(32);
    const sealedOld = keyringOf([old]).seal('gammalt', 'x');
    const rotated = keyringOf([randomBytes(32), old]);
    expect(rotated.open(sealedOld, 'x')).toBe('gammalt');
    expect(rotated.keyIdOf(rotated.seal('nytt', 'x'))).toBe(rotated.currentId);
    expect(rotated.currentId).not.toBe(dataKeyId(old));
  });
});

describe('where the keys come from', () => {
  it('creates a key file on first start, private to the server, and reads the same key after', () => {
    const dir = tempDir();
    const first = loadKeySource({ dataDir: dir });
    expect(first.kind).toBe('file');
    expect(fs.statSync(keyFilePath(dir)).mode & 0o077).toBe(0);
    expect(dataKeyId(loadKeySource({ dataDir: dir }).keys[0] as Buffer)).toBe(
      dataKeyId(first.keys[0] as Buffer),
    );
  });

  it('takes VAKSAM_DATA_KEY and the previous keys from the environment, and refuses a short key', () => {
    const current = randomBytes(32);
    const previous = randomBytes(32);
    const source = loadKeySource({
      dataKey: current.toString('base64'),
      previousKeys: ` ${previous.toString('base64')} ,`,
      dataDir: tempDir(),
    });
    expect(source.keys.map(dataKeyId)).toEqual([dataKeyId(current), dataKeyId(previous)]);
    expect(() => loadKeySource({ dataKey: randomBytes(16).toString('base64'), dataDir: tempDir() })).toThrow(
      /VAKSAM_DATA_KEY must be 32 random bytes/,
    );
  });

  it('a running server meets a key another process added and seals with it from then on', () => {
    const source = loadKeySource({ dataDir: tempDir() });
    if (source.kind !== 'file') throw new Error('expected the key file');
    const running = keyringOf(source.keys, currentKeysOf(source));
    const before = running.currentId;
    const keys = addKeyToFile(source);
    const sealedByRotation = keyringOf(keys).seal('nytt', 'x');
    expect(running.open(sealedByRotation, 'x')).toBe('nytt');
    expect(running.currentId).not.toBe(before);
    expect(running.currentId).toBe(dataKeyId(keys[0] as Buffer));
  });
});
