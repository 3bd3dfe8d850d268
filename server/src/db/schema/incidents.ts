import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { cameras } from './cameras';
import { createdAt, id, tstz, updatedAt } from './columns';
import { organisations, units } from './orgs';

/** Kept in step with `sharingLevelSchema` in domain/src/incidents/sharing.ts. */
export const incidentSharingLevels = ['organisation', 'statistics', 'groups'] as const;

export const incidents = pgTable(
  'incidents',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    severity: text('severity').notNull().default('disturbance'),
    status: text('status').notNull().default('new'),
    occurredAt: tstz('occurred_at').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    description: text('description').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    formVersion: integer('form_version').notNull(),
    /** POL-2: the police's reference, normalized (`K123456-24`). */
    kNumber: text('k_number'),
    /** CAM-2: the camera whose footage shows the event. */
    cameraId: uuid('camera_id').references(() => cameras.id, { onDelete: 'set null' }),
    /** INC-10: how far beyond the organisation the report may go (decision 011). */
    sharing: text('sharing', { enum: incidentSharingLevels }).notNull().default('organisation'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Deleted by the reporter: hidden everywhere, kept for the history and for statistics. */
    deletedAt: tstz('deleted_at'),
  },
  (t) => [
    index('incidents_org_idx').on(t.orgId, t.id),
    index('incidents_org_status_idx').on(t.orgId, t.status, t.id),
    // The managers' usual view (status and type): the newest rows are all 'new', so a primary-key scan
    // filtering for another status walks through every new report first.
    index('incidents_org_status_type_idx').on(t.orgId, t.status, t.type, t.id),
    index('incidents_org_occurred_idx').on(t.orgId, t.occurredAt),
    index('incidents_reporter_idx').on(t.reporterId, t.id),
  ],
);

/** Per-organisation settings of incident reporting: the sharing level a new report gets (INC-10). */
export const orgIncidentSettings = pgTable('org_incident_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  defaultSharing: text('default_sharing', { enum: incidentSharingLevels }).notNull().default('organisation'),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/** INC-4: every change to a report, and the managers' handling notes. */
export const incidentEvents = pgTable(
  'incident_events',
  {
    id: id(),
    orgId: uuid('org_id').notNull(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['created', 'updated', 'status_changed', 'note_added', 'deleted'] }).notNull(),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull().default({}),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('incident_events_incident_idx').on(t.incidentId, t.id)],
);

/** A retried write with the same key returns the first answer instead of doing the work again. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
