import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { fileBody } from '../attachments/api';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type JsonBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : never;

export type FraudEntrySummary = Json<paths['/fraud-list']['get']['responses'][200]>['items'][number];
export type FraudEntry = Json<paths['/fraud-list/{id}']['get']['responses'][200]>;
export type FraudIdentifier = FraudEntry['identifiers'][number];
export type FraudIdentifierKind = FraudIdentifier['kind'];
export type FraudSearchResult = Json<paths['/fraud-list/search']['get']['responses'][200]>;
export type FraudMatch = FraudSearchResult['matches'][number];
export type FraudTopList = Json<paths['/fraud-list/top']['get']['responses'][200]>;
export type InvoiceCheckResult = Json<paths['/fraud-list/check-invoice']['post']['responses'][200]>;
export type FraudEntryInput = JsonBody<paths['/admin/fraud-entries']['post']>;

export const fraudKeys = {
  all: ['fraud-list'] as const,
  list: ['fraud-list', 'list'] as const,
  entry: (id: string) => ['fraud-list', 'entry', id] as const,
  search: (q: string) => ['fraud-list', 'search', q] as const,
  top: (month: string | null) => ['fraud-list', 'top', month] as const,
};

export function useFraudList() {
  return usePagedList<FraudEntrySummary>(fraudKeys.list, (cursor) =>
    unwrap(api.GET('/fraud-list', { params: { query: { cursor } } })),
  );
}

export const fetchFraudEntry = (id: string) =>
  unwrap(api.GET('/fraud-list/{id}', { params: { path: { id } } }));

export function useFraudEntry(id: string) {
  return useQuery({
    queryKey: fraudKeys.entry(id),
    enabled: Boolean(id),
    queryFn: () => fetchFraudEntry(id),
  });
}

/** Runs only for a submitted query: every keystroke would be a lookup in a public, rate-limited route. */
export function useFraudSearch(q: string) {
  return useQuery({
    queryKey: fraudKeys.search(q),
    enabled: q.length > 0,
    queryFn: () => unwrap(api.GET('/fraud-list/search', { params: { query: { q } } })),
  });
}

/** `month` null asks for the current month, as the server counts it in Swedish time. */
export function useFraudTopList(month: string | null) {
  return useQuery({
    queryKey: fraudKeys.top(month),
    queryFn: () => unwrap(api.GET('/fraud-list/top', { params: { query: month ? { month } : {} } })),
  });
}

export function checkInvoice(file: File): Promise<InvoiceCheckResult> {
  return unwrap(api.POST('/fraud-list/check-invoice', fileBody(file, file.name || 'faktura.pdf')));
}

const followingKey = ['fraud-list', 'following'] as const;

/** FRAUD-3: whether I follow the list; asked only when signed in. */
export function useFraudFollowing(signedIn: boolean) {
  return useQuery({
    queryKey: followingKey,
    enabled: signedIn,
    queryFn: () => unwrap(api.GET('/fraud-list/following')),
  });
}

export function useSetFraudFollowing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (following: boolean) => unwrap(api.PUT('/fraud-list/following', { body: { following } })),
    onSuccess: (answer) => client.setQueryData(followingKey, answer),
  });
}
