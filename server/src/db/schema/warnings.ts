import type { WarningTargeting } from '@vaksam/domain/warnings';
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { createdAt, id, tstz, updatedAt } from './columns';
import { groups } from './groups';

/**
 * WARN-1, WARN-5: a warning of the platform's analysts (no group) or of a group's admins (to its members).
 * Published warnings are delivered to the people the targeting matches; withdrawn and expired ones leave the
 * feeds. The targeting is kept as written, and the people it matched in `warning_recipients`.
 */
export const warnings = pgTable(
  'warnings',
  {
    id: id(),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    state: text('state', { enum: ['draft', 'published', 'withdrawn'] })
      .notNull()
      .default('draft'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    actions: text('actions').notNull().default(''),
    severity: text('severity', { enum: ['info', 'warning', 'critical'] }).notNull(),
    source: text('source').notNull().default(''),
    validFrom: tstz('valid_from').notNull().defaultNow(),
    validUntil: tstz('valid_until'),
    targeting: jsonb('targeting').$type<WarningTargeting>().notNull(),
    publishedAt: tstz('published_at'),
    withdrawnAt: tstz('withdrawn_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('warnings_group_idx').on(t.groupId, t.id)],
);

/** WARN-3: who a published warning reached, and what each of them did with it: the feed and the figures. */
export const warningRecipients = pgTable(
  'warning_recipients',
  {
    warningId: uuid('warning_id')
      .notNull()
      .references(() => warnings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    matchedAt: createdAt(),
    openedAt: tstz('opened_at'),
    feedback: text('feedback', { enum: ['useful', 'not_useful'] }),
    feedbackAt: tstz('feedback_at'),
  },
  (t) => [
    primaryKey({ columns: [t.warningId, t.userId] }),
    index('warning_recipients_user_idx').on(t.userId, t.warningId),
    index('warning_recipients_unread_idx').on(t.userId).where(sql`opened_at is null`),
  ],
);
