import type { FraudIdentifierKind } from '@vaksam/domain/fraud';
import { and, asc, desc, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { isoFromTimestampText, prepareRows } from '../../db/prepared';
import {
  fraudEntries,
  fraudEntryIdentifiers,
  fraudEntryReports,
  fraudNameVocabulary,
  fraudNameWords,
} from '../../db/schema';

const published = isNull(fraudEntries.removedAt);

/**
 * The columns of a summary: the entry, its organisationsnummer and its number of reports, in one row. The
 * subqueries name `fraud_entries.id` in full: drizzle leaves a column unqualified in a one-table select, where
 * it would bind to the subquery's own table.
 */
const summaryColumns = {
  id: fraudEntries.id,
  companyName: fraudEntries.companyName,
  description: fraudEntries.description,
  firstPublishedAt: fraudEntries.firstPublishedAt,
  orgNumber: sql<string | null>`(
    select i.value from ${fraudEntryIdentifiers} i
    where i.entry_id = fraud_entries.id and i.kind = 'organisationsnummer'
    order by i.position limit 1)`,
  reportCount: sql<number>`(
    select count(*)::int from ${fraudEntryReports} r where r.entry_id = fraud_entries.id)`,
};

export type SummaryRow = {
  id: string;
  companyName: string;
  description: string;
  firstPublishedAt: Date;
  orgNumber: string | null;
  reportCount: number;
};

/** FRAUD-1: the list, newest first (ids are UUIDv7, so by id is by publication). */
export function listPublished(db: Queryable, page: { limit: number; afterId: string | null }) {
  return db
    .select(summaryColumns)
    .from(fraudEntries)
    .where(and(published, page.afterId ? lt(fraudEntries.id, page.afterId) : undefined))
    .orderBy(desc(fraudEntries.id))
    .limit(page.limit + 1);
}

export async function findEntry(db: Queryable, id: string, options: { includeRemoved?: boolean } = {}) {
  const [row] = await db
    .select({ ...summaryColumns, addresses: fraudEntries.addresses, updatedAt: fraudEntries.updatedAt })
    .from(fraudEntries)
    .where(and(eq(fraudEntries.id, id), options.includeRemoved ? undefined : published));
  if (!row) return null;
  const identifiers = await db
    .select({ kind: fraudEntryIdentifiers.kind, value: fraudEntryIdentifiers.value })
    .from(fraudEntryIdentifiers)
    .where(eq(fraudEntryIdentifiers.entryId, id))
    .orderBy(asc(fraudEntryIdentifiers.position));
  return { ...row, identifiers };
}

export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

/** Published entries carrying any of these identifiers, with the identifier that matched. */
export async function findByIdentifiers(
  db: Queryable,
  identifiers: { kind: FraudIdentifierKind; value: string }[],
): Promise<(SummaryRow & { kind: FraudIdentifierKind; value: string })[]> {
  if (identifiers.length === 0) return [];
  const pairs = identifiers.map(
    (identifier) =>
      and(
        eq(fraudEntryIdentifiers.value, identifier.value),
        eq(fraudEntryIdentifiers.kind, identifier.kind),
      ) as SQL,
  );
  return db
    .select({ ...summaryColumns, kind: fraudEntryIdentifiers.kind, value: fraudEntryIdentifiers.value })
    .from(fraudEntryIdentifiers)
    .innerJoin(fraudEntries, eq(fraudEntries.id, fraudEntryIdentifiers.entryId))
    .where(and(published, or(...pairs)))
    .orderBy(desc(fraudEntries.id))
    .limit(50);
}

/** A word used by more entries than this is too common to pick candidates by (see `nameSearchStatement`). */
const RARE_WORD_ENTRIES = 50;
/** Candidates scored beyond the page, so that removed entries and weak matches still leave a full page. */
const NAME_CANDIDATES = 30;

export type NameMatchRow = SummaryRow & { similarity: number; exact: boolean };

/**
 * FRAUD-2: entries named exactly as the query, then entries whose names share words with it despite typos,
 * in one statement prepared once per connection. Each query word is looked up among the distinct words of all
 * names by trigram similarity (`%`, answered by the vocabulary's GIN index, at the threshold the connections
 * set: `NAME_WORD_SIMILARITY`). Candidates are the entries using a rare word found (at most
 * `RARE_WORD_ENTRIES` entries use it) — a distinctive word picks the few names worth scoring — or, when every
 * word found is common, all entries using them. Each candidate scores the sum over query words of its best
 * word's similarity; the best come back with how much of the query their whole name holds (pg_trgm's
 * `word_similarity`). Numbers are written into the text: the plan is generic (decision 016), and a limit the
 * planner cannot see makes it choose badly.
 */
function nameSearchStatement(db: Queryable) {
  const p = sql.placeholder;
  const rare = sql.raw(String(RARE_WORD_ENTRIES));
  const query = sql`
    with exact as (
      select id from fraud_entries where lower(company_name) = ${p('query')} and removed_at is null limit 5
    ),
    query_words as (select unnest(${p('words')}::text[]) as query_word),
    hits as materialized (
      select query_word, v.word, similarity(v.word, query_word) as score,
        (select count(*) from (
          select 1 from fraud_name_words c where c.word = v.word limit ${sql.raw(String(RARE_WORD_ENTRIES + 1))}
        ) capped) as entries
      from query_words join fraud_name_vocabulary v on v.word % query_word
    ),
    candidates as materialized (
      select distinct w.entry_id from hits h join fraud_name_words w on w.word = h.word
      where h.entries <= ${rare} or not exists (select 1 from hits where entries <= ${rare})
    ),
    scored as (
      select c.entry_id, s.score from candidates c cross join lateral (
        select sum(best) as score from (
          select max(h.score) as best from hits h
          where exists (select 1 from fraud_name_words w where w.entry_id = c.entry_id and w.word = h.word)
          group by h.query_word
        ) per_word
      ) s
      order by s.score desc, c.entry_id desc
      limit ${sql.raw(String(NAME_CANDIDATES))}
    ),
    found as (
      select id as entry_id, 1000::real as score, true as exact from exact
      union all
      select entry_id, score, false from scored where entry_id not in (select id from exact)
    )
    select fraud_entries.id, company_name, description, first_published_at,
      (select i.value from fraud_entry_identifiers i
       where i.entry_id = fraud_entries.id and i.kind = 'organisationsnummer' order by i.position limit 1),
      (select count(*)::int from fraud_entry_reports r where r.entry_id = fraud_entries.id),
      case when found.exact then 1 else word_similarity(${p('query')}, lower(company_name)) end,
      found.exact
    from found join fraud_entries on fraud_entries.id = found.entry_id
    where removed_at is null
    order by found.score desc, fraud_entries.id desc
    limit ${sql.raw(String(NAME_CANDIDATES))}`;
  return prepareRows<NameMatchRow>(db, 'fraud_name_search', query, (row) => ({
    id: row[0] as string,
    companyName: row[1] as string,
    description: row[2] as string,
    firstPublishedAt: new Date(isoFromTimestampText(String(row[3]))),
    orgNumber: row[4] as string | null,
    reportCount: Number(row[5]),
    similarity: Number(row[6]),
    exact: row[7] === true || row[7] === 't',
  }));
}

const nameSearches = new WeakMap<object, ReturnType<typeof nameSearchStatement>>();

export async function findNames(db: Queryable, query: string, words: string[], limit: number) {
  let statement = nameSearches.get(db);
  if (!statement) {
    statement = nameSearchStatement(db);
    nameSearches.set(db, statement);
  }
  const rows = await statement.execute({ query: query.toLocaleLowerCase('sv'), words: toTextArray(words) });
  return rows.slice(0, limit);
}

/** A text[] parameter that node-postgres and PGlite both send as an array literal. */
function toTextArray(values: string[]) {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Stores the words of an entry's name for the search, and adds new ones to the vocabulary. */
export async function replaceNameWords(db: Queryable, entryId: string, words: string[]) {
  await db.delete(fraudNameWords).where(eq(fraudNameWords.entryId, entryId));
  if (words.length === 0) return;
  await db
    .insert(fraudNameVocabulary)
    .values(words.map((word) => ({ word })))
    .onConflictDoNothing();
  await db.insert(fraudNameWords).values(words.map((word) => ({ entryId, word })));
}

/** FRAUD-7: the entries with most reports received in one month (Swedish time), most first. */
export function topOfMonth(db: Queryable, month: string, limit: number) {
  const start = sql`(${`${month}-01`}::timestamp at time zone 'Europe/Stockholm')`;
  const end = sql`((${`${month}-01`}::timestamp + interval '1 month') at time zone 'Europe/Stockholm')`;
  const reportsInMonth = sql<number>`count(${fraudEntryReports.id})::int`;
  return db
    .select({ ...summaryColumns, reportsInMonth })
    .from(fraudEntryReports)
    .innerJoin(fraudEntries, eq(fraudEntries.id, fraudEntryReports.entryId))
    .where(
      and(
        published,
        sql`${fraudEntryReports.receivedAt} >= ${start}`,
        sql`${fraudEntryReports.receivedAt} < ${end}`,
      ),
    )
    .groupBy(fraudEntries.id)
    .orderBy(desc(reportsInMonth), desc(fraudEntries.id))
    .limit(limit);
}

export async function replaceIdentifiers(
  db: Queryable,
  entryId: string,
  identifiers: { kind: FraudIdentifierKind; value: string }[],
) {
  await db.delete(fraudEntryIdentifiers).where(eq(fraudEntryIdentifiers.entryId, entryId));
  if (identifiers.length === 0) return;
  await db
    .insert(fraudEntryIdentifiers)
    .values(identifiers.map((identifier, position) => ({ entryId, ...identifier, position })));
}
