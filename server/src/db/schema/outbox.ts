import { bigserial, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/**
 * NOTIF-2: work caused by a change, written by the same statement as the change and moved into the
 * job queue by the relay (platform/outbox.ts). Rows live here only for the moment until relayed.
 */
export const outbox = pgTable('outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  jobName: text('job_name').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
});
