import type { Language } from '@vaksam/domain/common';
import type {
  ChecklistRun,
  checklistRunRequestSchema,
  LibraryEntry,
  LibraryQuery,
  LibrarySummary,
  libraryEntryRequestSchema,
} from '@vaksam/domain/library';
import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { checklistRuns, libraryEntries, libraryStarterRemovals } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { libraryPolicy, writableScopes } from './policy';
import { type EntryRow, findEntry, listEntries, listRuns, type SummaryRow, searchQuery } from './queries';

type EntryInput = z.output<typeof libraryEntryRequestSchema>;
type RunInput = z.output<typeof checklistRunRequestSchema>;

const NOT_FOUND = 'Posten finns inte i biblioteket';
const LIBRARY_PAGE = 30;

/** Search excerpts are plain text: Markdown's marks would show as stray characters in a result list. */
const plainExcerpt = (text: string) =>
  text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#|]+/g, '')
    .replace(/(^|\s)(?:[-+]|\d+\.)(?=\s)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

function presentSummary(row: SummaryRow, actor: Actor): LibrarySummary {
  return {
    id: row.id,
    kind: row.kind,
    scope: row.scope,
    tags: row.tags,
    starter: row.starterKey !== null,
    sv: { title: row.titleSv, summary: row.summarySv },
    en: row.titleEn === null ? null : { title: row.titleEn, summary: row.summaryEn ?? '' },
    itemCount: row.itemCount,
    updatedAt: row.updatedAt.toISOString(),
    canEdit: writableScopes(actor).includes(row.scope),
    excerpt: row.excerpt === null ? null : plainExcerpt(row.excerpt),
  };
}

function presentEntry(row: EntryRow, actor: Actor): LibraryEntry {
  const writable = writableScopes(actor);
  return {
    id: row.id,
    kind: row.kind,
    scope: row.scope,
    tags: row.tags,
    starter: row.starterKey !== null,
    sv: { title: row.titleSv, summary: row.summarySv, body: row.bodySv, items: row.itemsSv },
    en:
      row.titleEn === null
        ? null
        : {
            title: row.titleEn,
            summary: row.summaryEn ?? '',
            body: row.bodyEn ?? '',
            items: row.itemsEn ?? [],
          },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canEdit: writable.includes(row.scope),
    writableScopes: writable,
  };
}

const offsetCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function readOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw invalid({ cursor: 'Ogiltig sidmarkör' });
  return Number(match[1]);
}

export async function listLibrary(
  deps: ServiceDeps,
  actor: Actor,
  query: LibraryQuery,
  readerLanguage: Language = 'sv',
) {
  const limit = query.limit ?? LIBRARY_PAGE;
  const offset = readOffset(query.cursor);
  const search = query.q ? searchQuery(query.q) : null;
  if (query.q && !search) {
    return { items: [], nextCursor: null, writableScopes: writableScopes(actor) };
  }
  const rows = await listEntries(deps.db, actor, {
    search,
    kind: query.kind,
    scope: query.scope,
    language: query.lang ?? readerLanguage,
    offset,
    limit,
  });
  return {
    items: rows.slice(0, limit).map((row) => presentSummary(row, actor)),
    nextCursor: rows.length > limit ? offsetCursor(offset + limit) : null,
    writableScopes: writableScopes(actor),
  };
}

async function readableEntry(deps: ServiceDeps, actor: Actor, entryId: string) {
  const row = await findEntry(deps.db, entryId);
  if (!row) throw notFound(NOT_FOUND);
  enforce(libraryPolicy.read(actor, row), NOT_FOUND);
  return row;
}

export async function getEntry(deps: ServiceDeps, actor: Actor, entryId: string) {
  return presentEntry(await readableEntry(deps, actor, entryId), actor);
}

function columnsOf(actor: Actor, input: EntryInput) {
  return {
    kind: input.kind,
    scope: input.scope,
    ownerId: input.scope === 'personal' ? actor.userId : null,
    tags: [...new Set(input.tags)],
    titleSv: input.sv.title,
    summarySv: input.sv.summary,
    bodySv: input.sv.body,
    itemsSv: input.sv.items,
    titleEn: input.en?.title ?? null,
    summaryEn: input.en?.summary ?? null,
    bodyEn: input.en?.body ?? null,
    itemsEn: input.en ? input.en.items : null,
    updatedBy: actor.userId,
  };
}

/** Identifiers, scope and kind only: an entry's text never enters the audit log. */
const audited = (row: Pick<EntryRow, 'id' | 'scope' | 'kind'>) => ({
  targetType: 'library_entry',
  targetId: row.id,
  details: { scope: row.scope, kind: row.kind },
});

export async function createEntry(deps: ServiceDeps, actor: Actor, input: EntryInput) {
  enforce({ canSee: true, allowed: writableScopes(actor).includes(input.scope) });
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(libraryEntries)
      .values({ ...columnsOf(actor, input), createdBy: actor.userId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, { actorUserId: actor.userId, action: 'library.entry_created', ...audited(row) });
    return presentEntry(row, actor);
  });
}

export async function updateEntry(deps: ServiceDeps, actor: Actor, entryId: string, input: EntryInput) {
  const existing = await readableEntry(deps, actor, entryId);
  enforce(libraryPolicy.write(actor, existing, input.scope), NOT_FOUND);
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(libraryEntries)
      .set({ ...columnsOf(actor, input), updatedAt: new Date() })
      .where(
        and(
          eq(libraryEntries.id, entryId),
          // Presented times have milliseconds; PostgreSQL keeps microseconds.
          input.baseUpdatedAt
            ? sql`date_trunc('milliseconds', ${libraryEntries.updatedAt}) = ${parseInstant(input.baseUpdatedAt).toISOString()}::timestamptz`
            : undefined,
        ),
      )
      .returning();
    if (!row) {
      throw conflict('Någon annan har ändrat posten medan du skrev. Ladda om den och gör din ändring igen.', {
        baseUpdatedAt: 'Posten har ändrats sedan du öppnade den',
      });
    }
    await writeAudit(tx, { actorUserId: actor.userId, action: 'library.entry_updated', ...audited(row) });
    return presentEntry(row, actor);
  });
}

export async function deleteEntry(deps: ServiceDeps, actor: Actor, entryId: string) {
  const existing = await readableEntry(deps, actor, entryId);
  enforce(libraryPolicy.write(actor, existing), NOT_FOUND);
  await deps.db.transaction(async (tx) => {
    await tx.delete(libraryEntries).where(eq(libraryEntries.id, entryId));
    if (existing.starterKey) {
      await tx
        .insert(libraryStarterRemovals)
        .values({ starterKey: existing.starterKey })
        .onConflictDoNothing();
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'library.entry_deleted',
      ...audited(existing),
    });
  });
  return { ok: true as const };
}

function parseInstant(text: string): Date {
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) throw invalid({ baseUpdatedAt: 'Ogiltig tidpunkt' });
  return instant;
}

const presentRun = (row: typeof checklistRuns.$inferSelect): ChecklistRun => ({
  id: row.id,
  entryId: row.entryId,
  title: row.title,
  language: row.language,
  items: row.items,
  note: row.note,
  doneCount: row.items.filter((item) => item.done).length,
  createdAt: row.createdAt.toISOString(),
});

async function runnableChecklist(deps: ServiceDeps, actor: Actor, entryId: string) {
  const entry = await readableEntry(deps, actor, entryId);
  enforce(libraryPolicy.run(actor, entry), NOT_FOUND);
  if (entry.kind !== 'checklist') throw notFound('Posten är ingen checklista');
  return entry;
}

/** CHK-2: saves a run with the points as they read when it was ticked. */
export async function saveRun(deps: ServiceDeps, actor: Actor, entryId: string, input: RunInput) {
  const entry = await runnableChecklist(deps, actor, entryId);
  if (parseInstant(input.entryUpdatedAt).getTime() !== entry.updatedAt.getTime()) {
    throw conflict('Checklistan har ändrats sedan du öppnade den. Ladda om den och bocka av igen.', {
      entryUpdatedAt: 'Checklistan har ändrats',
    });
  }
  const english = input.language === 'en' && entry.titleEn !== null;
  const texts = english ? (entry.itemsEn ?? entry.itemsSv) : entry.itemsSv;
  if (input.items.length !== texts.length) {
    throw invalid({ items: `Checklistan har ${texts.length} punkter` });
  }
  const [row] = await deps.db
    .insert(checklistRuns)
    .values({
      entryId,
      userId: actor.userId,
      language: english ? 'en' : 'sv',
      title: english ? (entry.titleEn ?? entry.titleSv) : entry.titleSv,
      items: texts.map((text, index) => ({
        text,
        done: input.items[index]?.done ?? false,
        note: input.items[index]?.note ?? '',
      })),
      note: input.note,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return presentRun(row);
}

export async function listRunsOfChecklist(
  deps: ServiceDeps,
  actor: Actor,
  entryId: string,
  query: PageQuery,
) {
  await runnableChecklist(deps, actor, entryId);
  return fetchPage(
    query,
    (page) => listRuns(deps.db, actor.userId, entryId, page),
    (row) => row.id,
    presentRun,
  );
}
