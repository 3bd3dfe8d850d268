import { Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { AttachmentTile } from '../attachments/AttachmentTile';
import { AttachmentViewer } from '../attachments/AttachmentViewer';
import { deletePostFile, type PostFile, postFileUrls } from './postFiles';
import { type GroupPost, groupKeys } from './queries';

/**
 * GRP-4: a post's photos as thumbnails that open the picture, and its documents as download links. The author
 * and the group's admins may remove them (`canRemove`).
 */
export function PostAttachments({ post, canRemove }: { post: GroupPost; canRemove: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<PostFile | null>(null);
  if (post.attachments.length === 0) return null;

  const urls = (file: PostFile) => postFileUrls(post.groupId, post.id, file.id);
  const deleteMessage = (file: PostFile) => t('groups.files.deleteText', { name: file.displayName });
  const remove = async (file: PostFile) => {
    await deletePostFile(post.groupId, post.id, file.id);
    setOpen(null);
    notify.success(t('attachments.deleted'));
    await queryClient.invalidateQueries({ queryKey: groupKeys.posts(post.groupId) });
  };

  return (
    <>
      <Group
        component="ul"
        gap="sm"
        align="flex-start"
        className="plain-list"
        m={0}
        p={0}
        aria-label={t('groups.files.listLabel', { count: post.attachments.length })}
      >
        {post.attachments.map((file) => (
          <AttachmentTile
            key={file.id}
            attachment={file}
            urls={urls(file)}
            onOpen={() => setOpen(file)}
            onDelete={canRemove ? () => remove(file) : undefined}
            deleteMessage={deleteMessage(file)}
          />
        ))}
      </Group>
      <AttachmentViewer
        attachment={open}
        url={open ? urls(open).file : ''}
        canDelete={canRemove}
        deleteMessage={open ? deleteMessage(open) : undefined}
        onClose={() => setOpen(null)}
        onDelete={remove}
      />
    </>
  );
}
