import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { createdAt, id } from './columns';
import { incidents } from './incidents';
import { organisations } from './orgs';

/**
 * INC-2: photos and documents of a report. The bytes live on disk under `DATA_DIR/attachments/`
 * (decision 015); a row names its files by server-made keys, never by the uploader's file name.
 */
export const incidentAttachments = pgTable(
  'incident_attachments',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    /** The uploader's file name made safe, shown in lists and offered when saving; never a path. */
    displayName: text('display_name').notNull(),
    /** Of the stored file, which for images is the re-encoded copy (HEIC is kept as JPEG). */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** SHA-256 of the stored bytes, so a later copy can be shown to be unchanged. */
    sha256: text('sha256').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** Relative to the attachments directory, e.g. `<orgId>/<uuid>.jpg`. */
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    createdAt: createdAt(),
  },
  (t) => [index('incident_attachments_incident_idx').on(t.incidentId, t.id)],
);
