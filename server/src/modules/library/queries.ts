import type { Language } from '@vaksam/domain/common';
import type { LibraryKind, LibraryScope } from '@vaksam/domain/library';
import { and, asc, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { checklistRuns, groupMembers, groups, libraryEntries } from '../../db/schema';
import { type Actor, isPlatformStaff } from '../../platform/policy';
import type { GroupAccess } from '../groups/policy';

export type EntryRow = typeof libraryEntries.$inferSelect;

/**
 * The entries this reader may see, as one condition: the SQL form of `canReadEntry` in policy.ts. Group
 * entries are matched against the reader's unbanned seats in `group_members` inside the statement, however
 * many groups the reader is in.
 */
export function readableBy(actor: Actor): SQL {
  const membersToo = actor.federationMember || isPlatformStaff(actor);
  return sql`(${libraryEntries.scope} = 'everyone'${
    membersToo ? sql` or ${libraryEntries.scope} = 'members'` : sql``
  } or (${libraryEntries.scope} = 'personal' and ${libraryEntries.ownerId} = ${actor.userId}) or (${
    libraryEntries.scope
  } = 'group' and exists (select 1 from ${groupMembers} where ${groupMembers.groupId} = ${
    libraryEntries.groupId
  } and ${groupMembers.userId} = ${actor.userId} and ${groupMembers.bannedAt} is null)))`;
}

/** The reader's seat in the entry's group, joined beside the entry (no row for other scopes). */
const seatJoin = (userId: string) =>
  and(eq(groupMembers.groupId, libraryEntries.groupId), eq(groupMembers.userId, userId));

/**
 * The words of a search as a prefix query in both stemmers, so that "kass" finds "kassaskrin" and a Swedish
 * or an English word finds the text written in its language. Only letters and digits reach `to_tsquery`, so
 * its operators cannot be typed.
 */
export function searchQuery(text: string): SQL | null {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  if (words.length === 0) return null;
  const terms = words.map((word) => `${word}:*`).join(' & ');
  return sql`(to_tsquery('swedish'::regconfig, ${terms}) || to_tsquery('english'::regconfig, ${terms}))`;
}

export const EXCERPT_START = '⟦';
export const EXCERPT_END = '⟧';

const HEADLINE_OPTIONS = `StartSel=${EXCERPT_START}, StopSel=${EXCERPT_END}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

function excerptOf(query: SQL, language: Language): SQL<string> {
  const items = (column: SQL) =>
    sql`array_to_string(array(select jsonb_array_elements_text(${column})), ' · ')`;
  const text =
    language === 'en'
      ? sql`coalesce(${libraryEntries.bodyEn} || ' ' || ${items(sql`${libraryEntries.itemsEn}`)}, ${libraryEntries.bodySv} || ' ' || ${items(sql`${libraryEntries.itemsSv}`)})`
      : sql`${libraryEntries.bodySv} || ' ' || ${items(sql`${libraryEntries.itemsSv}`)}`;
  const config = language === 'en' ? sql`'english'::regconfig` : sql`'swedish'::regconfig`;
  return sql<string>`ts_headline(${config}, ${text}, ${query}, ${HEADLINE_OPTIONS})`;
}

const summaryColumns = {
  id: libraryEntries.id,
  kind: libraryEntries.kind,
  scope: libraryEntries.scope,
  tags: libraryEntries.tags,
  starterKey: libraryEntries.starterKey,
  titleSv: libraryEntries.titleSv,
  summarySv: libraryEntries.summarySv,
  titleEn: libraryEntries.titleEn,
  summaryEn: libraryEntries.summaryEn,
  itemCount: sql<number>`jsonb_array_length(${libraryEntries.itemsSv})`.mapWith(Number),
  updatedAt: libraryEntries.updatedAt,
  groupId: libraryEntries.groupId,
};

export type SummaryRow = {
  [K in keyof typeof summaryColumns]: K extends 'itemCount' ? number : EntryRow[K & keyof EntryRow];
} & {
  groupName: string | null;
  /** A group entry the reader may change: an admin of the group, which is not archived. */
  groupWritable: boolean;
  excerpt: string | null;
};

export type LibraryFilter = {
  search: SQL | null;
  kind?: LibraryKind;
  scope?: LibraryScope;
  groupId?: string;
  language: Language;
  offset: number;
  limit: number;
};

/**
 * One page of what the reader may see: with a search, best match first and an excerpt of where it matched;
 * without, by kind and title. The library is small enough per reader for offset paging.
 */
export function listEntries(db: Queryable, actor: Actor, filter: LibraryFilter): Promise<SummaryRow[]> {
  const where = and(
    readableBy(actor),
    filter.kind ? eq(libraryEntries.kind, filter.kind) : undefined,
    filter.scope ? eq(libraryEntries.scope, filter.scope) : undefined,
    filter.groupId ? eq(libraryEntries.groupId, filter.groupId) : undefined,
    filter.search ? sql`${libraryEntries.search} @@ ${filter.search}` : undefined,
  );
  const excerpt = filter.search ? excerptOf(filter.search, filter.language) : sql<null>`null`;
  const title =
    filter.language === 'en'
      ? sql`coalesce(${libraryEntries.titleEn}, ${libraryEntries.titleSv})`
      : sql`${libraryEntries.titleSv}`;
  const order = filter.search
    ? [desc(sql`ts_rank(${libraryEntries.search}, ${filter.search})`), asc(libraryEntries.id)]
    : [asc(libraryEntries.kind), asc(sql`lower(${title})`), asc(libraryEntries.id)];
  const groupWritable = sql<boolean>`coalesce(${groupMembers.role} = 'admin' and ${groupMembers.bannedAt} is null and ${groups.archivedAt} is null, false)`;
  return db
    .select({ ...summaryColumns, groupName: groups.name, groupWritable, excerpt })
    .from(libraryEntries)
    .leftJoin(groups, eq(groups.id, libraryEntries.groupId))
    .leftJoin(groupMembers, seatJoin(actor.userId))
    .where(where)
    .orderBy(...order)
    .offset(filter.offset)
    .limit(filter.limit + 1) as Promise<SummaryRow[]>;
}

/** An entry with, for a group entry, its group and the reader's seat in it. */
export type LoadedEntry = {
  row: EntryRow;
  group: { id: string; name: string; access: GroupAccess } | null;
};

/**
 * One entry and, for a group entry, the group with the reader's seat, in one query, so that the policy can
 * decide without a second round trip.
 */
export async function findEntry(db: Queryable, userId: string, entryId: string): Promise<LoadedEntry | null> {
  const [found] = await db
    .select({
      row: libraryEntries,
      group: groups,
      seatRole: groupMembers.role,
      seatCrisisAdmin: groupMembers.crisisAdmin,
      seatBannedAt: groupMembers.bannedAt,
    })
    .from(libraryEntries)
    .leftJoin(groups, eq(groups.id, libraryEntries.groupId))
    .leftJoin(groupMembers, seatJoin(userId))
    .where(eq(libraryEntries.id, entryId));
  if (!found) return null;
  const { row, group } = found;
  return {
    row,
    group: group && {
      id: group.id,
      name: group.name,
      access: {
        openForApplications: group.openForApplications,
        archivedAt: group.archivedAt,
        seat:
          found.seatRole === null
            ? null
            : {
                role: found.seatRole,
                crisisAdmin: found.seatCrisisAdmin ?? false,
                bannedAt: found.seatBannedAt,
              },
      },
    },
  };
}

/** The person's own runs of one checklist, newest first; a page continues after the oldest run seen. */
export function listRuns(
  db: Queryable,
  userId: string,
  entryId: string,
  page: { limit: number; afterId: string | null },
) {
  return db
    .select()
    .from(checklistRuns)
    .where(
      and(
        eq(checklistRuns.userId, userId),
        eq(checklistRuns.entryId, entryId),
        page.afterId ? lt(checklistRuns.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(checklistRuns.id))
    .limit(page.limit + 1);
}
