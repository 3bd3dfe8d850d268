import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { createdAt, id, storedFileColumns, tstz, updatedAt } from './columns';
import { incidents } from './incidents';

/**
 * FRAUD-1: a sender of fraudulent invoices on Varningslistan. Public once published; removing an entry hides
 * it from everyone but keeps the row, so its reports and history stay. Nothing here names a reporter.
 */
export const fraudEntries = pgTable(
  'fraud_entries',
  {
    id: id(),
    companyName: text('company_name').notNull(),
    addresses: jsonb('addresses').$type<string[]>().notNull().default([]),
    description: text('description').notNull(),
    firstPublishedAt: tstz('first_published_at').notNull().defaultNow(),
    removedAt: tstz('removed_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('fraud_entries_name_idx').on(sql`lower(${t.companyName})`)],
);

/**
 * FRAUD-2: the words of each entry's name (see `nameWords`), for the search by name with typos. Names are
 * matched word by word: a typo is looked up among the distinct words (`fraud_name_vocabulary`), which stay few
 * however many senders share a word like "Branschkatalogen", and only then joined to the entries that use them.
 */
export const fraudNameWords = pgTable(
  'fraud_name_words',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => fraudEntries.id, { onDelete: 'cascade' }),
    word: text('word').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.word] }), index('fraud_name_words_word_idx').on(t.word)],
);

/** Every word any name has used; a word no entry uses any more joins to nothing. */
export const fraudNameVocabulary = pgTable(
  'fraud_name_vocabulary',
  { word: text('word').primaryKey() },
  // pg_trgm, on PostgreSQL and PGlite alike.
  (t) => [index('fraud_name_vocabulary_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)],
);

/** The numbers and addresses an entry is found by, in their normalised form (see `parseFraudIdentifier`). */
export const fraudEntryIdentifiers = pgTable(
  'fraud_entry_identifiers',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => fraudEntries.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['organisationsnummer', 'bankgiro', 'plusgiro', 'iban', 'website', 'email'],
    }).notNull(),
    value: text('value').notNull(),
    /** Keeps the analyst's order on the entry page. */
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entryId, t.kind, t.value] }),
    index('fraud_entry_identifiers_value_idx').on(t.value, t.kind),
  ],
);

/**
 * One report of an entry's invoices: the first comes with the entry, analysts add later ones. FRAUD-7's
 * monthly top list counts them by the month they came in.
 */
export const fraudEntryReports = pgTable(
  'fraud_entry_reports',
  {
    id: id(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => fraudEntries.id, { onDelete: 'cascade' }),
    receivedAt: tstz('received_at').notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('fraud_entry_reports_entry_idx').on(t.entryId),
    index('fraud_entry_reports_received_idx').on(t.receivedAt, t.entryId),
  ],
);

/** FRAUD-3: the people who want to hear of every new entry. */
export const fraudListFollowers = pgTable('fraud_list_followers', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

/**
 * FRAUD-4: a fraudulent invoice reported by a signed-in person, waiting for an analyst to publish it as an entry,
 * merge it into one, or reject it. Identifiers are kept normalised (as `parseFraudIdentifier` gives them) so
 * that publishing and merging compare them with the entries' as they are.
 */
export const fraudReports = pgTable(
  'fraud_reports',
  {
    id: id(),
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    companyName: text('company_name').notNull(),
    identifiers: jsonb('identifiers')
      .$type<{ kind: FraudIdentifierKindColumn; value: string }[]>()
      .notNull()
      .default([]),
    /** Öre, so that no amount is rounded on its way through a float. */
    amountOre: integer('amount_ore'),
    invoiceDate: date('invoice_date', { mode: 'string' }),
    description: text('description').notNull(),
    state: text('state', { enum: ['pending', 'published', 'merged', 'rejected'] })
      .notNull()
      .default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: tstz('decided_at'),
    entryId: uuid('entry_id').references(() => fraudEntries.id, { onDelete: 'set null' }),
    /** Shown to the reporter; never to the public. */
    rejectionReason: text('rejection_reason'),
    /** The incident filed with the report; the reporter's organisation may delete it. */
    incidentId: uuid('incident_id').references(() => incidents.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('fraud_reports_reporter_idx').on(t.reporterId, t.id),
    index('fraud_reports_state_idx').on(t.state, t.id),
    check('fraud_reports_decided', sql`(${t.state} = 'pending') = (${t.decidedAt} is null)`),
    check('fraud_reports_amount', sql`${t.amountOre} is null or ${t.amountOre} > 0`),
  ],
);

type FraudIdentifierKindColumn = (typeof fraudEntryIdentifiers.kind.enumValues)[number];

/** The invoice as photos or PDFs (decision 015), under `attachments/fraud-reports/<reportId>/`. */
export const fraudReportFiles = pgTable(
  'fraud_report_files',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => fraudReports.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    ...storedFileColumns(),
    createdAt: createdAt(),
  },
  (t) => [index('fraud_report_files_report_idx').on(t.reportId, t.id)],
);
