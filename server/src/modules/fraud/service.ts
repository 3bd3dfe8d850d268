import {
  FRAUD_LIMITS,
  type FraudEntry,
  type FraudEntryInput,
  type FraudEntryUpdate,
  type FraudMatch,
  type FraudSearchResult,
  type FraudTopList,
  identifierReadingsOf,
  nameWords,
  type ParsedFraudIdentifier,
} from '@vaksam/domain/fraud';
import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../db/client';
import { fraudEntries, fraudEntryReports } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { FRAUD_ENTRY_PUBLISHED_JOB } from './followers';
import { parseIdentifiers } from './identifiers';
import { fraudPolicy } from './policy';
import { presentEntry, presentSummary } from './presenters';
import {
  findByIdentifiers,
  findEntry,
  findNames,
  listPublished,
  replaceIdentifiers,
  replaceNameWords,
  topOfMonth,
} from './queries';

const NOT_FOUND = 'Posten finns inte på Varningslistan';
const SIMILAR_NAMES_MAX = 10;
/** How much of the query a name must contain (pg_trgm's word similarity) to be shown as similar. */
const NAME_SIMILARITY_MIN = 0.4;

export function listEntries(deps: ServiceDeps, query: PageQuery) {
  return fetchPage(
    query,
    (page) => listPublished(deps.db, page),
    (row) => row.id,
    presentSummary,
  );
}

export async function getEntry(deps: ServiceDeps, id: string): Promise<FraudEntry> {
  const row = await findEntry(deps.db, id);
  if (!row) throw notFound(NOT_FOUND);
  return presentEntry(row);
}

/**
 * FRAUD-2: the query is tried as every identifier it is valid as, and as a name. An identifier or the exact
 * name on the list answers `listed`; names that only resemble it, `similar`.
 */
export async function searchList(deps: ServiceDeps, query: string): Promise<FraudSearchResult> {
  const q = query.trim().replace(/\s+/g, ' ');
  const readings = identifierReadingsOf(q);
  const byIdentifier = await findByIdentifiers(deps.db, readings);
  const matches: FraudMatch[] = byIdentifier.map((row) => ({
    entry: presentSummary(row),
    matchedOn: row.kind,
    similarity: 1,
  }));
  const words = nameWords(q);
  const searchesName = words.some((word) => /\p{L}/u.test(word));
  let exactName = false;
  if (searchesName) {
    const seen = new Set(matches.map((match) => match.entry.id));
    for (const row of await findNames(deps.db, q, words, SIMILAR_NAMES_MAX)) {
      if (seen.has(row.id) || row.similarity < NAME_SIMILARITY_MIN) continue;
      seen.add(row.id);
      exactName ||= row.exact;
      matches.push({ entry: presentSummary(row), matchedOn: 'name', similarity: round(row.similarity) });
    }
  }
  const verdict =
    byIdentifier.length > 0 || exactName ? 'listed' : matches.length > 0 ? 'similar' : 'not_listed';
  return {
    verdict,
    readAs: [
      ...readings.map((reading) => ({ kind: reading.kind, value: reading.formatted })),
      ...(searchesName ? [{ kind: 'name' as const, value: q }] : []),
    ],
    matches,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The month now in Swedish time, as YYYY-MM. */
export function currentMonth(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 7);
}

export async function topList(deps: ServiceDeps, month: string | undefined): Promise<FraudTopList> {
  const chosen = month ?? currentMonth();
  const rows = await topOfMonth(deps.db, chosen, FRAUD_LIMITS.topList);
  return {
    month: chosen,
    items: rows.map((row) => ({ entry: presentSummary(row), reportsInMonth: row.reportsInMonth })),
  };
}

/** One sender, one entry: an identifier already on another entry is a report to merge there, not a new entry. */
async function refuseTaken(db: Queryable, identifiers: ParsedFraudIdentifier[], ownId: string | null) {
  const taken = (await findByIdentifiers(db, identifiers)).filter((row) => row.id !== ownId);
  if (taken.length === 0) return;
  const fields: Record<string, string> = {};
  for (const row of taken) {
    const index = identifiers.findIndex(
      (identifier) => identifier.kind === row.kind && identifier.value === row.value,
    );
    fields[`identifiers.${index}.value`] = `Finns redan på posten ”${row.companyName}”`;
  }
  throw conflict(
    'Uppgiften finns redan på Varningslistan; registrera en ny rapport på den posten i stället',
    fields,
  );
}

export async function createEntry(
  deps: ServiceDeps,
  actor: Actor,
  input: FraudEntryInput,
): Promise<FraudEntry> {
  enforce(fraudPolicy.manage(actor));
  const identifiers = parseIdentifiers(input.identifiers);
  const id = uuidv7();
  await deps.db.transaction(async (tx) => {
    await refuseTaken(tx, identifiers, null);
    await tx.insert(fraudEntries).values({
      id,
      companyName: input.companyName,
      addresses: input.addresses,
      description: input.description,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    await replaceIdentifiers(tx, id, identifiers);
    await replaceNameWords(tx, id, nameWords(input.companyName));
    await tx.insert(fraudEntryReports).values({ entryId: id, recordedBy: actor.userId });
    await deps.jobs.send(tx, FRAUD_ENTRY_PUBLISHED_JOB, { entryId: id });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'fraud_entry.published',
      targetType: 'fraud_entry',
      targetId: id,
      details: { companyName: input.companyName },
    });
  });
  return getEntry(deps, id);
}

export async function updateEntry(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  input: FraudEntryUpdate,
): Promise<FraudEntry> {
  enforce(fraudPolicy.manage(actor), NOT_FOUND);
  const identifiers = parseIdentifiers(input.identifiers);
  await deps.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ updatedAt: fraudEntries.updatedAt })
      .from(fraudEntries)
      .where(and(eq(fraudEntries.id, id), isNull(fraudEntries.removedAt)))
      .for('update');
    if (!current) throw notFound(NOT_FOUND);
    if (current.updatedAt.getTime() !== new Date(input.updatedAt).getTime()) {
      throw conflict('Posten har ändrats sedan du öppnade den; ladda om och gör ändringen igen', {
        updatedAt: 'Posten har ändrats av någon annan',
      });
    }
    await refuseTaken(tx, identifiers, id);
    await tx
      .update(fraudEntries)
      .set({
        companyName: input.companyName,
        addresses: input.addresses,
        description: input.description,
        updatedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(eq(fraudEntries.id, id));
    await replaceIdentifiers(tx, id, identifiers);
    await replaceNameWords(tx, id, nameWords(input.companyName));
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'fraud_entry.updated',
      targetType: 'fraud_entry',
      targetId: id,
      details: { companyName: input.companyName },
    });
  });
  return getEntry(deps, id);
}

/** Takes an entry off the list (listed by mistake, say); the row stays for the audit trail. */
export async function removeEntry(deps: ServiceDeps, actor: Actor, id: string) {
  enforce(fraudPolicy.manage(actor), NOT_FOUND);
  await deps.db.transaction(async (tx) => {
    const removed = await tx
      .update(fraudEntries)
      .set({ removedAt: new Date(), updatedBy: actor.userId, updatedAt: new Date() })
      .where(and(eq(fraudEntries.id, id), isNull(fraudEntries.removedAt)))
      .returning({ id: fraudEntries.id });
    if (removed.length === 0) throw notFound(NOT_FOUND);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'fraud_entry.removed',
      targetType: 'fraud_entry',
      targetId: id,
      details: {},
    });
  });
  return { ok: true as const };
}

/** One more report of the entry's invoices, counted in the month it came in. */
export async function recordReport(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  input: { receivedAt?: string | undefined },
): Promise<FraudEntry> {
  enforce(fraudPolicy.manage(actor), NOT_FOUND);
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : new Date();
  if (receivedAt.getTime() > Date.now() + 5 * 60_000)
    throw invalid({ receivedAt: 'Tidpunkten ligger i framtiden' });
  const entry = await findEntry(deps.db, id);
  if (!entry) throw notFound(NOT_FOUND);
  await deps.db.insert(fraudEntryReports).values({ entryId: id, receivedAt, recordedBy: actor.userId });
  return getEntry(deps, id);
}
