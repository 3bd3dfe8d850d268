import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type LibraryList = Json<paths['/library']['get']['responses'][200]>;
export type LibrarySummary = LibraryList['items'][number];
export type LibraryEntry = Json<paths['/library/{id}']['get']['responses'][200]>;
export type LibraryEntryInput = NonNullable<
  paths['/library']['post']['requestBody']
>['content']['application/json'];
export type ChecklistRun = Json<paths['/library/{id}/runs']['get']['responses'][200]>['items'][number];
export type ChecklistRunInput = NonNullable<
  paths['/library/{id}/runs']['post']['requestBody']
>['content']['application/json'];
export type LibraryKind = LibrarySummary['kind'];
export type LibraryScope = LibrarySummary['scope'];
/** The group a group entry belongs to (GRP-6). */
export type LibraryGroup = NonNullable<LibrarySummary['group']>;
export type ContentLanguage = 'sv' | 'en';

export const LIBRARY_KINDS: LibraryKind[] = ['checklist', 'faq', 'advice', 'routine', 'contacts'];
export const LIBRARY_SCOPES: LibraryScope[] = ['everyone', 'members', 'group', 'personal'];

export const isLibraryKind = (value: unknown): value is LibraryKind =>
  LIBRARY_KINDS.includes(value as LibraryKind);
export const isLibraryScope = (value: unknown): value is LibraryScope =>
  LIBRARY_SCOPES.includes(value as LibraryScope);

export interface LibraryFilter {
  q: string;
  kind: LibraryKind | null;
  scope: LibraryScope | null;
  /** One group's entries; a group the reader is not in lists nothing. */
  groupId: string | null;
  lang: ContentLanguage;
}

export const libraryKeys = {
  all: ['library'] as const,
  lists: ['library', 'list'] as const,
  list: (filter: LibraryFilter) => ['library', 'list', filter] as const,
  entry: (id: string) => ['library', 'entry', id] as const,
  runs: (id: string) => ['library', 'entry', id, 'runs'] as const,
  writable: (groupId: string | null) => ['library', 'writable', groupId] as const,
};

/** A cursor-paged search of the library, with the scopes the reader may write to. */
export function useLibraryList(filter: LibraryFilter) {
  const query = useInfiniteQuery({
    queryKey: libraryKeys.list(filter),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/library', {
          params: {
            query: {
              ...(filter.q ? { q: filter.q } : {}),
              ...(filter.kind ? { kind: filter.kind } : {}),
              ...(filter.scope ? { scope: filter.scope } : {}),
              ...(filter.groupId ? { groupId: filter.groupId } : {}),
              lang: filter.lang,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a new search runs, the last results stay (dimmed) instead of a blank page.
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const writableScopes = query.data?.pages[0]?.writableScopes ?? [];
  return { ...query, items, writableScopes };
}

export function useLibraryEntry(id: string) {
  return useQuery({
    queryKey: libraryKeys.entry(id),
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/library/{id}', { params: { path: { id } } })),
  });
}

export function useChecklistRuns(id: string) {
  return usePagedList<ChecklistRun>(libraryKeys.runs(id), (cursor) =>
    unwrap(api.GET('/library/{id}/runs', { params: { path: { id }, query: { cursor } } })),
  );
}

/**
 * The scopes the reader may write to, for a new entry (the list answers them with its first page); with a
 * group, `group` is among them when the reader is that group's admin and the group is not archived.
 */
export function useWritableScopes(groupId: string | null = null) {
  return useQuery({
    queryKey: libraryKeys.writable(groupId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/library', { params: { query: { limit: 1, ...(groupId ? { groupId } : {}) } } }),
        )
      ).writableScopes,
  });
}
