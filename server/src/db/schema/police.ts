import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { createdAt, id, tstz, updatedAt } from './columns';
import { incidents } from './incidents';
import { organisations } from './orgs';

/**
 * POL-1: a police report sent from an incident. A draft is not stored (it is built from the report on
 * demand); a row is made when someone sends it, holding the payload exactly as sent. A failed row stays
 * as history when the report is sent again, so only one row per incident is active.
 */
export const policeReports = pgTable(
  'police_reports',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    state: text('state', { enum: ['sending', 'sent', 'confirmed', 'failed'] }).notNull(),
    /** The payload's `format`, e.g. `vaksam.police-report.v1`, so old rows stay readable. */
    format: text('format').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    adapter: text('adapter', { enum: ['email', 'http'] }).notNull(),
    /** The intake's address or URL at the time of sending. */
    recipient: text('recipient').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: createdAt(),
    sentAt: tstz('sent_at'),
    confirmedAt: tstz('confirmed_at'),
    externalReference: text('external_reference'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('police_reports_incident_idx').on(t.incidentId, t.id),
    uniqueIndex('police_reports_one_active_key').on(t.incidentId).where(sql`state <> 'failed'`),
  ],
);
