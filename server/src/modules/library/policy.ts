import type { LibraryScope } from '@vaksam/domain/library';
import { type Actor, isPlatformStaff } from '../../platform/policy';

type EntryAccess = { scope: LibraryScope; ownerId: string | null };

/** Whether the reader sees an entry of this scope at all; what they do not see does not exist for them. */
export function canReadEntry(actor: Actor, entry: EntryAccess): boolean {
  switch (entry.scope) {
    case 'everyone':
      return true;
    case 'members':
      return actor.federationMember || isPlatformStaff(actor);
    case 'personal':
      return entry.ownerId === actor.userId;
  }
}

/** CHK-4: analysts write what everyone or the members read; each person writes their own entries. */
export function writableScopes(actor: Actor): LibraryScope[] {
  return isPlatformStaff(actor) ? ['everyone', 'members', 'personal'] : ['personal'];
}

export const libraryPolicy = {
  read: (actor: Actor, entry: EntryAccess) => {
    const canSee = canReadEntry(actor, entry);
    return { canSee, allowed: canSee };
  },
  /** Changing an entry needs the right to write both its present scope and the one it is moved to. */
  write: (actor: Actor, entry: EntryAccess, target: LibraryScope = entry.scope) => {
    const writable = writableScopes(actor);
    return {
      canSee: canReadEntry(actor, entry),
      allowed: writable.includes(entry.scope) && writable.includes(target),
    };
  },
  /** A checklist is run by anyone who reads it; the run is theirs alone. */
  run: (actor: Actor, entry: EntryAccess) => {
    const canSee = canReadEntry(actor, entry);
    return { canSee, allowed: canSee };
  },
};
