import type { LibraryKind, LibraryScope } from './queries';

/**
 * Where "new entry" leads from a list: nowhere when the reader may write nothing; with the kind the list shows;
 * and, for a list of one group whose admin the reader is (GRP-6), as that group's entry.
 */
export function newEntryLink({
  kind,
  groupId,
  writableScopes,
}: {
  kind: LibraryKind | null;
  groupId: string | null;
  writableScopes: LibraryScope[];
}): string | null {
  if (writableScopes.length === 0) return null;
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (groupId && writableScopes.includes('group')) params.set('groupId', groupId);
  const query = params.toString();
  return `/library/new${query ? `?${query}` : ''}`;
}
