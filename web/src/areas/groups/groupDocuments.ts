import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { type FileUrls, fileBody, sendUpload } from '../attachments/api';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** GRP-6: a document of the group (a PDF or a picture), as its members see it. */
export type GroupDocument = Json<
  paths['/groups/{groupId}/documents']['get']['responses'][200]
>['items'][number];

// Mirrors GROUP_DOCUMENT_TITLE_MAX in @vaksam/domain/groups (groupDocuments.test.ts holds them equal);
// importing it would pull zod and the kommun list into the app.
export const DOCUMENT_TITLE_MAX = 200;

// Under the group's own key, so that invalidating the group refreshes its documents too.
export const documentKeys = {
  ofGroup: (groupId: string) => ['groups', groupId, 'documents'] as const,
};

export function useGroupDocuments(groupId: string) {
  return usePagedList<GroupDocument>(documentKeys.ofGroup(groupId), (cursor) =>
    unwrap(api.GET('/groups/{groupId}/documents', { params: { path: { groupId }, query: { cursor } } })),
  );
}

/** Where the browser fetches a document and its thumbnail: the session cookie authorises it. */
export function documentUrls(groupId: string, documentId: string): FileUrls {
  const file = `/api/v1/groups/${encodeURIComponent(groupId)}/documents/${encodeURIComponent(documentId)}`;
  return { file, thumbnail: `${file}/thumbnail` };
}

/** Sends one document with its title (first in the form, so the server checks it before the file). */
export function uploadGroupDocument(groupId: string, title: string, file: File, idempotencyKey: string) {
  return sendUpload(() =>
    api.POST('/groups/{groupId}/documents', {
      params: { path: { groupId }, header: { 'idempotency-key': idempotencyKey } },
      ...fileBody(file, file.name, { title }),
    }),
  );
}

export const removeGroupDocument = (groupId: string, documentId: string) =>
  unwrap(
    api.DELETE('/groups/{groupId}/documents/{documentId}', { params: { path: { groupId, documentId } } }),
  );
