import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

const KEY_SHAPE = /^(groups\/)?[0-9a-f-]{36}\/[0-9a-f-]{36}(-thumb)?\.(jpg|png|webp|pdf)$/;

/** The folder of a group's files (GRP-4 posts' files, GRP-6 documents), beside the organisations' folders: `groups/<groupId>`. */
export const groupFolder = (groupId: string) => `groups/${groupId}`;

/**
 * Attachment files under `DATA_DIR/attachments/<orgId>/<uuid>.<ext>` (decision 015), and a group's posts' files
 * under `DATA_DIR/attachments/groups/<groupId>/<uuid>.<ext>`.
 * Every file is first written under `.tmp/` on the same file system and then renamed into place,
 * so a reader never sees half a file and a crash leaves only temp files behind.
 */
export class AttachmentStorage {
  readonly root: string;
  private readonly tmpDir: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'attachments');
    this.tmpDir = path.join(this.root, '.tmp');
  }

  /** A fresh path for work in progress; the caller removes it or commits it. */
  async tempPath(): Promise<string> {
    await fs.mkdir(this.tmpDir, { recursive: true });
    return path.join(this.tmpDir, randomUUID());
  }

  /**
   * Removes temp files a crashed or killed process left behind. Only old ones: another process sharing the
   * directory (scale-out) may be writing its own right now.
   */
  async sweepTemp(olderThanMs = 60 * 60_000): Promise<number> {
    let names: string[];
    try {
      names = await fs.readdir(this.tmpDir);
    } catch {
      return 0;
    }
    const cutoff = Date.now() - olderThanMs;
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.tmpDir, name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat && stat.mtimeMs < cutoff) {
        await fs.rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }

  /**
   * A server-made key for a new file of an owner: an organisation's id, or `groupFolder(groupId)`.
   * The uploader's name plays no part.
   */
  newKey(folder: string, extension: string, kind: 'file' | 'thumbnail' = 'file'): string {
    return `${folder}/${randomUUID()}${kind === 'thumbnail' ? '-thumb' : ''}.${extension}`;
  }

  /** Moves a finished temp file to its key (atomic: same file system). */
  async commit(tempPath: string, key: string): Promise<void> {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(tempPath, target);
  }

  open(key: string) {
    return createReadStream(this.pathOf(key));
  }

  /** Bytes of a stored file, or null when it is not there (removed by hand, a lost disk). */
  async sizeOf(key: string): Promise<number | null> {
    try {
      const stat = await fs.stat(this.pathOf(key));
      return stat.isFile() ? stat.size : null;
    } catch {
      return null;
    }
  }

  /** Removes files that may or may not exist (a failed upload's leftovers, a deleted attachment). */
  async remove(...paths: (string | null | undefined)[]): Promise<void> {
    await Promise.all(paths.filter((p): p is string => Boolean(p)).map((p) => fs.rm(p, { force: true })));
  }

  async removeKeys(...keys: (string | null)[]): Promise<void> {
    await this.remove(...keys.filter((key): key is string => key !== null).map((key) => this.pathOf(key)));
  }

  /** Keys come from our own rows, but are checked anyway so that no value can point outside the root. */
  pathOf(key: string): string {
    if (!KEY_SHAPE.test(key)) throw new Error(`not an attachment key: ${key}`);
    return path.join(this.root, key);
  }
}
