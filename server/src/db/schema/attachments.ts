import { index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { createdAt, id, storedFileColumns } from './columns';
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
    ...storedFileColumns(),
    createdAt: createdAt(),
  },
  (t) => [index('incident_attachments_incident_idx').on(t.incidentId, t.id)],
);
