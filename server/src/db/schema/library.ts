import { sql } from 'drizzle-orm';
import { check, customType, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { createdAt, id, updatedAt } from './columns';
import { groups } from './groups';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * CHK-1 … CHK-4: checklists, FAQ and advice. Swedish text is required and English optional; the search
 * vector weighs titles over summaries and tags over bodies and points, each language with its own stemmer
 * (the same `swedish` and `english` configurations exist in PGlite).
 */
export const libraryEntries = pgTable(
  'library_entries',
  {
    id: id(),
    kind: text('kind', { enum: ['checklist', 'faq', 'advice', 'routine', 'contacts'] }).notNull(),
    scope: text('scope', { enum: ['everyone', 'members', 'group', 'personal'] }).notNull(),
    /** The author of a personal entry, the only one who reads it. */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    /** GRP-6: the group whose members alone read a group entry, and whose admins write it. */
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    /** Set on entries shipped with the product, so that a new release adds only the ones missing. */
    starterKey: text('starter_key').unique(),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    titleSv: text('title_sv').notNull(),
    summarySv: text('summary_sv').notNull().default(''),
    bodySv: text('body_sv').notNull().default(''),
    itemsSv: jsonb('items_sv').$type<string[]>().notNull().default([]),
    titleEn: text('title_en'),
    summaryEn: text('summary_en'),
    bodyEn: text('body_en'),
    itemsEn: jsonb('items_en').$type<string[]>(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('swedish'::regconfig, title_sv), 'A') || setweight(to_tsvector('swedish'::regconfig, summary_sv || ' ' || tags::text), 'B') || setweight(to_tsvector('swedish'::regconfig, body_sv || ' ' || items_sv::text), 'C') || setweight(to_tsvector('english'::regconfig, coalesce(title_en, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary_en, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(body_en, '') || ' ' || coalesce(items_en::text, '')), 'C')`,
      ),
  },
  (t) => [
    index('library_entries_search_idx').using('gin', t.search),
    index('library_entries_owner_idx').on(t.ownerId),
    index('library_entries_group_idx').on(t.groupId),
    check('library_entries_owner_check', sql`(${t.scope} = 'personal') = (${t.ownerId} is not null)`),
    check('library_entries_group_check', sql`(${t.scope} = 'group') = (${t.groupId} is not null)`),
  ],
);

export type ChecklistRunItem = { text: string; done: boolean; note: string };

/**
 * CHK-2: a saved run of a checklist, private to the person who ran it. The points are copied, so the history
 * reads the same after the checklist is edited or deleted.
 */
export const checklistRuns = pgTable(
  'checklist_runs',
  {
    id: id(),
    entryId: uuid('entry_id').references(() => libraryEntries.id, { onDelete: 'set null' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    language: text('language', { enum: ['sv', 'en'] }).notNull(),
    title: text('title').notNull(),
    items: jsonb('items').$type<ChecklistRunItem[]>().notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('checklist_runs_user_entry_idx').on(t.userId, t.entryId, t.id)],
);

/** Starter entries an editor deleted, so that starting the server again does not bring them back. */
export const libraryStarterRemovals = pgTable('library_starter_removals', {
  starterKey: text('starter_key').primaryKey(),
  removedAt: createdAt(),
});
