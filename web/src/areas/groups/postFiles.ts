import { api, unwrap } from '../../api/client';
import { type FileUrls, fileBody, sendUpload } from '../attachments/api';
import type { GroupPost } from './queries';

/** A post's photo or document, as the feed and the thread show it. */
export type PostFile = GroupPost['attachments'][number];

// Mirrors GROUP_POST_ATTACHMENTS_MAX in @vaksam/domain/groups (postFiles.test.ts holds them equal); importing
// it would pull zod and the kommun list into the app.
export const POST_FILES_MAX = 4;

/** Where the browser fetches a post's file and its thumbnail: the session cookie authorises it. */
export function postFileUrls(groupId: string, postId: string, fileId: string): FileUrls {
  const file = `/api/v1/groups/${encodeURIComponent(groupId)}/posts/${encodeURIComponent(postId)}/attachments/${encodeURIComponent(fileId)}`;
  return { file, thumbnail: `${file}/thumbnail` };
}

/** Sends one file to the author's post, with the file's own Idempotency-Key. */
export function uploadPostFile(groupId: string, postId: string, file: File, idempotencyKey: string) {
  return sendUpload(() =>
    api.POST('/groups/{groupId}/posts/{postId}/attachments', {
      params: { path: { groupId, postId }, header: { 'idempotency-key': idempotencyKey } },
      ...fileBody(file, file.name),
    }),
  );
}

export function deletePostFile(groupId: string, postId: string, attachmentId: string): Promise<unknown> {
  return unwrap(
    api.DELETE('/groups/{groupId}/posts/{postId}/attachments/{attachmentId}', {
      params: { path: { groupId, postId, attachmentId } },
    }),
  );
}
