import type { LibraryScope } from '@vaksam/domain/library';
import { type Actor, isPlatformStaff } from '../../platform/policy';
import { type GroupAccess, groupPolicy } from '../groups/policy';

/**
 * What the policy needs of an entry: its scope, its author, and for a group entry the group with the reader's
 * seat in it (loaded with the entry in one query).
 */
export type EntryAccess = { scope: LibraryScope; ownerId: string | null; group: GroupAccess | null };

/**
 * Whether the reader sees an entry of this scope at all; what they do not see does not exist for them. A group
 * entry is its members' alone: platform staff outside the group do not see it either.
 */
export function canReadEntry(actor: Actor, entry: EntryAccess): boolean {
  switch (entry.scope) {
    case 'everyone':
      return true;
    case 'members':
      return actor.federationMember || isPlatformStaff(actor);
    case 'group':
      return entry.group !== null && groupPolicy.readContent(entry.group).canSee;
    case 'personal':
      return entry.ownerId === actor.userId;
  }
}

/**
 * CHK-4: analysts write what everyone or the members read; each person writes their own entries. Group
 * entries are written by that group's admins (`mayWrite`), so `group` is not among these.
 */
export function writableScopes(actor: Actor): LibraryScope[] {
  return isPlatformStaff(actor) ? ['everyone', 'members', 'personal'] : ['personal'];
}

/**
 * Whether the reader may write entries of a scope, for a group entry in that group. An archived group is
 * read-only; the service answers that with 409, so it is not part of this answer.
 */
export function mayWrite(actor: Actor, scope: LibraryScope, group: GroupAccess | null): boolean {
  if (scope === 'group') return group !== null && groupPolicy.administer(group).allowed;
  return writableScopes(actor).includes(scope);
}

/** The place an entry is written to: its scope and, for a group entry, the group with the writer's seat. */
export type EntryTarget = { scope: LibraryScope; group: GroupAccess | null };

export const libraryPolicy = {
  read: (actor: Actor, entry: EntryAccess) => {
    const canSee = canReadEntry(actor, entry);
    return { canSee, allowed: canSee };
  },
  /**
   * Changing an entry needs the right to write both its present scope and the one it is moved to. A member of
   * a group sees its entries and is refused the change (403), as in the rest of the group.
   */
  write: (actor: Actor, entry: EntryAccess, target: EntryTarget = entry) => ({
    canSee: canReadEntry(actor, entry),
    allowed: mayWrite(actor, entry.scope, entry.group) && mayWrite(actor, target.scope, target.group),
  }),
  /** A checklist is run by anyone who reads it; the run is theirs alone. */
  run: (actor: Actor, entry: EntryAccess) => {
    const canSee = canReadEntry(actor, entry);
    return { canSee, allowed: canSee };
  },
};
