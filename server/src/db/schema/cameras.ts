import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';
import { organisations, units } from './orgs';

/** CAM-1: the camera register of a unit. */
export const cameras = pgTable(
  'cameras',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    placement: text('placement').notNull(),
    purpose: text('purpose').notNull(),
    signage: boolean('signage').notNull(),
    retentionDays: integer('retention_days').notNull(),
    accessHolders: jsonb('access_holders').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Taken out of the register while its footage log must be kept (CAM-3): hidden from pickers and lists. */
    removedAt: tstz('removed_at'),
  },
  (t) => [index('cameras_org_unit_idx').on(t.orgId, t.unitId)],
);

/**
 * CAM-3: who viewed or exported a camera's footage and why, and the requests to disclose it.
 * Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE): a correction or a later decision is a new entry
 * that names the one it supersedes. No foreign keys: the log is evidence and outlives its camera, unit and
 * report; the service checks the ids when an entry is written.
 */
export const cameraLogEntries = pgTable(
  'camera_log_entries',
  {
    id: id(),
    orgId: uuid('org_id').notNull(),
    cameraId: uuid('camera_id').notNull(),
    kind: text('kind', { enum: ['access', 'disclosure'] }).notNull(),
    /** Access: when the footage was viewed or exported. Disclosure: when the request came in. */
    occurredAt: tstz('occurred_at').notNull(),
    /** Access: who viewed or exported the footage. */
    person: text('person'),
    action: text('action', { enum: ['viewed', 'exported'] }),
    /** Access: why the footage was viewed or exported. */
    reason: text('reason'),
    /** Disclosure: who asked (e.g. Polisen), their reference, and what was decided by whom. */
    requester: text('requester'),
    reference: text('reference'),
    decision: text('decision', { enum: ['pending', 'granted', 'refused'] }),
    decidedBy: text('decided_by'),
    decidedAt: tstz('decided_at'),
    note: text('note'),
    incidentId: uuid('incident_id'),
    supersedes: uuid('supersedes'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('camera_log_entries_camera_idx').on(t.orgId, t.cameraId, t.id),
    // An entry is superseded at most once, so the log reads as one chain per matter.
    uniqueIndex('camera_log_entries_supersedes_key').on(t.supersedes),
  ],
);
