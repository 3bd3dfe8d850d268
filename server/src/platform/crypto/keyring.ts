import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The keys that seal personal data at rest (ACC-5's crisis profiles) with AES-256-GCM. Every sealed value
 * names the key it was sealed with, so a new key can take over while values sealed with the old one are
 * still read, until the rotation command has sealed them all again (decision 025).
 */
export interface DataKeyring {
  /** Id of the key new values are sealed with. */
  readonly currentId: string;
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
  /** The id a sealed value names, without opening it. */
  keyIdOf(sealed: string): string;
}

export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const FORMAT = 'v1';

/** A key's id is derived from it: the same key has the same id in the environment and in the key file. */
export const dataKeyId = (key: Buffer) =>
  createHash('sha256').update('vaksam-data-key:').update(key).digest('hex').slice(0, 16);

export function parseDataKey(encoded: string, name: string): Buffer {
  const key = Buffer.from(encoded.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new DataKeyError(`${name} must be ${KEY_BYTES} random bytes in base64 (openssl rand -base64 32)`);
  }
  return key;
}

/**
 * A keyring of these keys; the first is the current one. `reload` fetches the keys again when a value names
 * one this keyring lacks — a rotation that another process ran has added it — and the newest list then
 * also decides which key seals.
 */
export function keyringOf(initial: Buffer[], reload?: () => Buffer[]): DataKeyring {
  let current: Buffer;
  let currentId: string;
  let byId: Map<string, Buffer>;
  const use = (keys: Buffer[]) => {
    const [first] = keys;
    if (!first) throw new DataKeyError('a keyring needs at least one key');
    current = first;
    currentId = dataKeyId(first);
    byId = new Map(keys.map((key) => [dataKeyId(key), key]));
  };
  use(initial);
  const keyFor = (keyId: string) => {
    if (!byId.has(keyId) && reload) use(reload());
    const key = byId.get(keyId);
    if (!key)
      throw new DataKeyError(`the value is sealed with key ${keyId}, which this server does not have`);
    return key;
  };
  return {
    get currentId() {
      return currentId;
    },
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      // The context (table, row, field) is authenticated: a value copied onto another row does not open.
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        FORMAT,
        currentId,
        iv.toString('base64url'),
        body.toString('base64url'),
        tag.toString('base64url'),
      ].join('.');
    },
    open(sealed, context) {
      const [format, keyId, iv, body, tag] = sealed.split('.');
      if (format !== FORMAT || !keyId || iv === undefined || body === undefined || tag === undefined) {
        throw new DataKeyError('not a sealed value');
      }
      const decipher = createDecipheriv('aes-256-gcm', keyFor(keyId), Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    keyIdOf(sealed) {
      return sealed.split('.')[1] ?? '';
    },
  };
}

type KeyFile = { keys: string[] };

export const keyFilePath = (dataDir: string) => path.join(dataDir, 'keys', 'data-keys.json');

function readKeyFile(file: string): Buffer[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as KeyFile;
  if (!Array.isArray(parsed.keys) || parsed.keys.length === 0)
    throw new DataKeyError(`${file} holds no keys`);
  return parsed.keys.map((key, index) => parseDataKey(key, `${file} key ${index + 1}`));
}

function writeKeyFile(file: string, keys: Buffer[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(
    temporary,
    `${JSON.stringify({ keys: keys.map((key) => key.toString('base64')) }, null, 2)}\n`,
    {
      mode: 0o600,
    },
  );
  fs.renameSync(temporary, file);
}

export type KeySource =
  | { kind: 'environment'; keys: Buffer[] }
  | { kind: 'file'; file: string; keys: Buffer[] };

/**
 * `VAKSAM_DATA_KEY` (and, while rotating, the keys it replaced in `VAKSAM_DATA_KEYS_PREVIOUS`) when set;
 * otherwise the key file under the data folder, created with one random key on first start — the embedded
 * default, where the key lives beside the database it protects.
 */
export function loadKeySource(options: {
  dataKey?: string;
  previousKeys?: string;
  dataDir: string;
}): KeySource {
  if (options.dataKey) {
    const previous = (options.previousKeys ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean)
      .map((key, index) => parseDataKey(key, `VAKSAM_DATA_KEYS_PREVIOUS key ${index + 1}`));
    return { kind: 'environment', keys: [parseDataKey(options.dataKey, 'VAKSAM_DATA_KEY'), ...previous] };
  }
  const file = keyFilePath(options.dataDir);
  if (!fs.existsSync(file)) writeKeyFile(file, [randomBytes(KEY_BYTES)]);
  return { kind: 'file', file, keys: readKeyFile(file) };
}

/** The key file with a new key in front; the old ones stay until nothing is sealed with them. */
export function addKeyToFile(source: Extract<KeySource, { kind: 'file' }>): Buffer[] {
  const keys = [randomBytes(KEY_BYTES), ...source.keys];
  writeKeyFile(source.file, keys);
  return keys;
}

/** Drops from the key file every key but the current one and those still in use. */
export function keepKeysInFile(file: string, inUse: Set<string>): number {
  const keys = readKeyFile(file);
  const kept = keys.filter((key, index) => index === 0 || inUse.has(dataKeyId(key)));
  writeKeyFile(file, kept);
  return keys.length - kept.length;
}

/** The keys of a source as they are now: the file is read again, the environment is what it was. */
export const currentKeysOf = (source: KeySource): (() => Buffer[]) | undefined =>
  source.kind === 'file' ? () => readKeyFile(source.file) : undefined;
