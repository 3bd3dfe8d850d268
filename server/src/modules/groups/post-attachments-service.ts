import { GROUP_POST_ATTACHMENTS_MAX, type GroupPostAttachment } from '@vaksam/domain/groups';
import { writeAudit } from '../../platform/audit';
import { conflict, forbidden, notFound } from '../../platform/errors';
import type { Actor } from '../../platform/policy';
import type { FileDeps } from '../attachments/serve';
import { groupFolder } from '../attachments/storage';
import { openStoredFile, storeUpload } from '../attachments/store';
import type { ReceivedUpload } from '../attachments/upload';
import {
  countPostAttachments,
  deletePostAttachments,
  findVisiblePostAttachment,
  insertPostAttachment,
  lockPostForFiles,
  presentPostAttachmentRow,
} from './post-attachments-queries';
import { findPost } from './post-queries';
import { readerIn } from './posts-service';
import { requireActive } from './service';

type PostIds = { groupId: string; postId: string };
type AttachmentIds = PostIds & { attachmentId: string };

const POST_NOT_FOUND = 'Inlägget hittades inte';
const NOT_FOUND = 'Filen hittades inte';

/**
 * GRP-4: the author adds a photo or document to their post, under the rules of a report's files (decision 015).
 * The group and the post are checked before a byte is read; the count is checked again with the post locked,
 * so parallel uploads cannot pass the limit and a post removed meanwhile takes no file.
 */
export async function addPostAttachment(
  deps: FileDeps,
  actor: Actor,
  ids: PostIds,
  receive: () => Promise<ReceivedUpload>,
  idempotencyKey: string | null,
) {
  const { view, reader } = await readerIn(deps, actor, ids.groupId);
  const row = await findPost(deps.db, ids.groupId, ids.postId, reader);
  if (!row) throw notFound(POST_NOT_FOUND);
  if (row.post.authorId !== actor.userId) throw forbidden('Du kan bara lägga till filer i dina egna inlägg');
  requireActive(view);

  const upload = await receive();
  return storeUpload<GroupPostAttachment>(
    deps,
    {
      folder: groupFolder(ids.groupId),
      userId: actor.userId,
      idempotencyKey,
      request: { groupId: ids.groupId, postId: ids.postId },
    },
    upload,
    async (tx, stored) => {
      if (!(await lockPostForFiles(tx, ids.postId))) throw notFound(POST_NOT_FOUND);
      const existing = await countPostAttachments(tx, ids.postId);
      if (existing >= GROUP_POST_ATTACHMENTS_MAX) {
        throw conflict(`Ett inlägg kan ha högst ${GROUP_POST_ATTACHMENTS_MAX} bilder eller dokument.`, {
          file: `Inlägget har redan ${GROUP_POST_ATTACHMENTS_MAX} filer`,
        });
      }
      const attachment = await insertPostAttachment(tx, {
        id: stored.id,
        groupId: ids.groupId,
        postId: ids.postId,
        uploadedBy: actor.userId,
        ...stored.columns(existing),
      });
      return { statusCode: 201, body: presentPostAttachmentRow(attachment) };
    },
  );
}

/** A file is found only through a post the reader may read; to everyone else it does not exist. */
async function loadVisibleAttachment(deps: FileDeps, actor: Actor, ids: AttachmentIds) {
  const { view, reader } = await readerIn(deps, actor, ids.groupId);
  const row = await findVisiblePostAttachment(deps.db, ids, reader);
  if (!row) throw notFound(NOT_FOUND);
  return { ...row, view, reader };
}

/** The stored file or its thumbnail, for streaming. */
export async function openPostAttachment(
  deps: FileDeps,
  actor: Actor,
  ids: AttachmentIds,
  variant: 'file' | 'thumbnail',
) {
  const { attachment } = await loadVisibleAttachment(deps, actor, ids);
  return { attachment, ...(await openStoredFile(deps.storage, attachment, variant)) };
}

/**
 * The post's author or one of the group's admins removes a file; an archived group keeps its files. The row
 * goes first and the files after the commit.
 */
export async function removePostAttachment(deps: FileDeps, actor: Actor, ids: AttachmentIds) {
  const { attachment, authorId, view, reader } = await loadVisibleAttachment(deps, actor, ids);
  const own = authorId === actor.userId;
  if (!own && !reader.admin) throw forbidden('Du kan bara ta bort filer i dina egna inlägg');
  requireActive(view);
  const removed = await deps.db.transaction(async (tx) => {
    const rows = await deletePostAttachments(tx, { postId: ids.postId, attachmentId: attachment.id });
    // As with posts: by id and type, never the file's name.
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: own ? 'group.post_attachment_deleted' : 'group.post_attachment_removed',
      targetType: 'group',
      targetId: ids.groupId,
      details: {
        postId: ids.postId,
        attachmentId: attachment.id,
        contentType: attachment.contentType,
        authorId,
      },
    });
    return rows;
  });
  await deps.storage.removeKeys(...removed.flatMap((file) => [file.storageKey, file.thumbnailKey]));
  return { ok: true as const };
}
