import type { Queryable } from '../../../db/client';
import { libraryEntries, libraryStarterRemovals } from '../../../db/schema';
import { starterLibrary } from './index';

/**
 * Adds the starter entries an installation does not have yet. Entries already there keep their edits, and
 * entries an editor deleted stay deleted.
 */
export async function installStarterLibrary(db: Queryable): Promise<void> {
  const removed = new Set(
    (await db.select({ key: libraryStarterRemovals.starterKey }).from(libraryStarterRemovals)).map(
      (r) => r.key,
    ),
  );
  const missing = starterLibrary.filter((entry) => !removed.has(entry.key));
  if (missing.length === 0) return;
  await db
    .insert(libraryEntries)
    .values(
      missing.map((entry) => ({
        kind: entry.kind,
        scope: entry.scope,
        starterKey: entry.key,
        tags: entry.tags,
        titleSv: entry.sv.title,
        summarySv: entry.sv.summary,
        bodySv: entry.sv.body,
        itemsSv: entry.sv.items ?? [],
        titleEn: entry.en.title,
        summaryEn: entry.en.summary,
        bodyEn: entry.en.body,
        itemsEn: entry.en.items ?? [],
      })),
    )
    .onConflictDoNothing({ target: libraryEntries.starterKey });
}
