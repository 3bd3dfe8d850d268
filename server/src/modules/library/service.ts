import type { Language } from '@vaksam/domain/common';
import type {
  ChecklistRun,
  checklistRunRequestSchema,
  LibraryEntry,
  LibraryQuery,
  LibraryScope,
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
import { type GroupAccess, groupPolicy } from '../groups/policy';
import { accessOf } from '../groups/presenters';
import { findGroupSeat } from '../groups/queries';
import { groupFor, requireActive } from '../groups/service';
import { type EntryAccess, type EntryTarget, libraryPolicy, mayWrite, writableScopes } from './policy';
import {
  type EntryRow,
  findEntry,
  type LoadedEntry,
  listEntries,
  listRuns,
  type SummaryRow,
  searchQuery,
} from './queries';

type EntryInput = z.output<typeof libraryEntryRequestSchema>;
type RunInput = z.output<typeof checklistRunRequestSchema>;

const NOT_FOUND = 'Posten finns inte i biblioteket';
const ARCHIVED = 'Gruppen är arkiverad och dess innehåll kan inte ändras';
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
    group: row.groupId && row.groupName !== null ? { id: row.groupId, name: row.groupName } : null,
    tags: row.tags,
    starter: row.starterKey !== null,
    sv: { title: row.titleSv, summary: row.summarySv },
    en: row.titleEn === null ? null : { title: row.titleEn, summary: row.summaryEn ?? '' },
    itemCount: row.itemCount,
    updatedAt: row.updatedAt.toISOString(),
    canEdit: row.scope === 'group' ? row.groupWritable : writableScopes(actor).includes(row.scope),
    excerpt: row.excerpt === null ? null : plainExcerpt(row.excerpt),
  };
}

const accessTo = ({ row, group }: LoadedEntry): EntryAccess => ({
  scope: row.scope,
  ownerId: row.ownerId,
  group: group?.access ?? null,
});

/** Whether the reader may change entries in this group now: its admin, and the group not archived. */
const groupWritable = (group: GroupAccess | null) =>
  group !== null && group.archivedAt === null && groupPolicy.administer(group).allowed;

function presentEntry(loaded: LoadedEntry, actor: Actor): LibraryEntry {
  const { row, group } = loaded;
  const inGroup = row.scope === 'group' && groupWritable(group?.access ?? null);
  const writable: LibraryScope[] = inGroup ? [...writableScopes(actor), 'group'] : writableScopes(actor);
  return {
    id: row.id,
    kind: row.kind,
    scope: row.scope,
    group: group ? { id: group.id, name: group.name } : null,
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
    canEdit: row.scope === 'group' ? inGroup : writable.includes(row.scope),
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
  const writable = await listWritableScopes(deps, actor, query.groupId);
  if (query.q && !search) {
    return { items: [], nextCursor: null, writableScopes: writable };
  }
  const rows = await listEntries(deps.db, actor, {
    search,
    kind: query.kind,
    scope: query.scope,
    groupId: query.groupId,
    language: query.lang ?? readerLanguage,
    offset,
    limit,
  });
  return {
    items: rows.slice(0, limit).map((row) => presentSummary(row, actor)),
    nextCursor: rows.length > limit ? offsetCursor(offset + limit) : null,
    writableScopes: writable,
  };
}

/**
 * The scopes a new entry may take; a list of one group adds `group` for its admins while the group is active.
 * The answer is the same for a group that does not exist and one the reader is not in.
 */
async function listWritableScopes(deps: ServiceDeps, actor: Actor, groupId: string | undefined) {
  const scopes = writableScopes(actor);
  if (!groupId) return scopes;
  const view = await findGroupSeat(deps.db, actor.userId, groupId);
  return view && groupWritable(accessOf(view)) ? [...scopes, 'group' as const] : scopes;
}

async function readableEntry(deps: ServiceDeps, actor: Actor, entryId: string) {
  const loaded = await findEntry(deps.db, actor.userId, entryId);
  if (!loaded) throw notFound(NOT_FOUND);
  enforce(libraryPolicy.read(actor, accessTo(loaded)), NOT_FOUND);
  return loaded;
}

export async function getEntry(deps: ServiceDeps, actor: Actor, entryId: string) {
  return presentEntry(await readableEntry(deps, actor, entryId), actor);
}

function columnsOf(actor: Actor, input: EntryInput) {
  return {
    kind: input.kind,
    scope: input.scope,
    ownerId: input.scope === 'personal' ? actor.userId : null,
    groupId: input.scope === 'group' ? input.groupId : null,
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
const audited = (row: Pick<EntryRow, 'id' | 'scope' | 'kind' | 'groupId'>) => ({
  targetType: 'library_entry',
  targetId: row.id,
  details: row.groupId
    ? { scope: row.scope, kind: row.kind, groupId: row.groupId }
    : { scope: row.scope, kind: row.kind },
});

/**
 * Where an entry is to be written. For a group entry the group is loaded with the writer's seat: a group the
 * writer is not a member of does not exist (404), a member who is not its admin is refused (403), and an
 * archived group is read-only (409).
 */
async function targetOf(deps: ServiceDeps, actor: Actor, input: EntryInput) {
  if (input.scope !== 'group' || !input.groupId) return { scope: input.scope, group: null, name: null };
  const view = await groupFor(deps, actor, input.groupId, 'administer');
  requireActive(view);
  return { scope: input.scope, group: accessOf(view), name: view.group.name };
}

const loadedOf = (row: EntryRow, target: EntryTarget & { name: string | null }): LoadedEntry => ({
  row,
  group:
    row.groupId && target.group && target.name !== null
      ? { id: row.groupId, name: target.name, access: target.group }
      : null,
});

export async function createEntry(deps: ServiceDeps, actor: Actor, input: EntryInput) {
  const target = await targetOf(deps, actor, input);
  enforce({ canSee: true, allowed: mayWrite(actor, target.scope, target.group) });
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(libraryEntries)
      .values({ ...columnsOf(actor, input), createdBy: actor.userId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, { actorUserId: actor.userId, action: 'library.entry_created', ...audited(row) });
    return presentEntry(loadedOf(row, target), actor);
  });
}

/** A group entry of an archived group is kept to be read. */
function requireChangeable(existing: LoadedEntry) {
  if (existing.row.scope === 'group' && existing.group?.access.archivedAt) throw conflict(ARCHIVED);
}

export async function updateEntry(deps: ServiceDeps, actor: Actor, entryId: string, input: EntryInput) {
  const existing = await readableEntry(deps, actor, entryId);
  enforce(libraryPolicy.write(actor, accessTo(existing)), NOT_FOUND);
  requireChangeable(existing);
  const target = await targetOf(deps, actor, input);
  enforce(libraryPolicy.write(actor, accessTo(existing), target), NOT_FOUND);
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
    return presentEntry(loadedOf(row, target), actor);
  });
}

export async function deleteEntry(deps: ServiceDeps, actor: Actor, entryId: string) {
  const existing = await readableEntry(deps, actor, entryId);
  enforce(libraryPolicy.write(actor, accessTo(existing)), NOT_FOUND);
  requireChangeable(existing);
  const { row } = existing;
  await deps.db.transaction(async (tx) => {
    await tx.delete(libraryEntries).where(eq(libraryEntries.id, entryId));
    if (row.starterKey) {
      await tx.insert(libraryStarterRemovals).values({ starterKey: row.starterKey }).onConflictDoNothing();
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'library.entry_deleted',
      ...audited(row),
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

/**
 * A checklist the reader may run. A run is the reader's own record, so a group's checklist is run in an
 * archived group too.
 */
async function runnableChecklist(deps: ServiceDeps, actor: Actor, entryId: string) {
  const loaded = await readableEntry(deps, actor, entryId);
  enforce(libraryPolicy.run(actor, accessTo(loaded)), NOT_FOUND);
  if (loaded.row.kind !== 'checklist') throw notFound('Posten är ingen checklista');
  return loaded.row;
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
