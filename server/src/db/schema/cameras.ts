import { boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
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
  },
  (t) => [index('cameras_org_unit_idx').on(t.orgId, t.unitId)],
);
