import type { FraudIdentifierKind } from '@vaksam/domain/fraud';
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../../db/client';
import { fraudEntries, fraudEntryIdentifiers } from '../../../db/schema';
import { findByIdentifiers, findEntry } from '../queries';

type Identifier = { kind: FraudIdentifierKind; value: string };

const keyOf = (identifier: Identifier) => `${identifier.kind}:${identifier.value}`;

/**
 * The listed entry a report is merged into, locked as an analyst's edit locks it, so that an edit replacing
 * its identifiers and a merge adding to them come one after the other.
 */
export async function lockListedEntry(db: Queryable, entryId: string) {
  const [locked] = await db
    .select({ id: fraudEntries.id })
    .from(fraudEntries)
    .where(and(eq(fraudEntries.id, entryId), isNull(fraudEntries.removedAt)))
    .for('update');
  return locked ? findEntry(db, entryId) : null;
}

/**
 * Adds the report's identifiers that the entry lacks, after its own, and leaves out those another entry has:
 * one sender, one entry (decision 022). Answers how many were added.
 */
export async function addMissingIdentifiers(
  db: Queryable,
  entry: { id: string; identifiers: Identifier[] },
  reported: Identifier[],
  actorId: string,
): Promise<number> {
  const present = new Set(entry.identifiers.map(keyOf));
  const missing = reported.filter((identifier) => !present.has(keyOf(identifier)));
  if (missing.length === 0) return 0;
  const taken = new Set((await findByIdentifiers(db, missing)).map(keyOf));
  const adding = missing.filter((identifier) => !taken.has(keyOf(identifier)));
  if (adding.length === 0) return 0;
  await db.insert(fraudEntryIdentifiers).values(
    adding.map((identifier, index) => ({
      entryId: entry.id,
      ...identifier,
      position: entry.identifiers.length + index,
    })),
  );
  // An analyst's edit started before this one must not silently drop the new identifiers (its 409).
  await db
    .update(fraudEntries)
    .set({ updatedAt: new Date(), updatedBy: actorId })
    .where(eq(fraudEntries.id, entry.id));
  return adding.length;
}
