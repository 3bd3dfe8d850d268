import { integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from 'uuidv7';

export const id = () =>
  uuid('id')
    .primaryKey()
    .$defaultFn(() => uuidv7());

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
export const tstz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A stored file (decision 015), the same for a report's photo, a post's file and a group's document: the
 * uploader's name made safe, what was stored, its SHA-256, an image's size, and the server-made keys of the
 * file and its thumbnail under the attachments directory.
 */
export const storedFileColumns = () => ({
  /** The uploader's file name made safe, shown in lists and offered when saving; never a path. */
  displayName: text('display_name').notNull(),
  /** Of the stored file, which for images is the re-encoded copy (HEIC is kept as JPEG). */
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  /** SHA-256 of the stored bytes, so a later copy can be shown to be unchanged. */
  sha256: text('sha256').notNull(),
  width: integer('width'),
  height: integer('height'),
  /** Relative to the attachments directory, e.g. `<orgId>/<uuid>.jpg` or `groups/<groupId>/<uuid>.pdf`. */
  storageKey: text('storage_key').notNull(),
  thumbnailKey: text('thumbnail_key'),
});
