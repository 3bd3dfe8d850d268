import { Anchor, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { errorMessage } from '../../ui/errorMessage';
import type { FileUrls, ShownFile } from './api';
import { formatSize } from './checks';
import { FileBadge, kindLabel, TILE_SIZE } from './FileTile';

const thumbnailStyle = {
  objectFit: 'cover',
  borderRadius: 'var(--mantine-radius-sm)',
  display: 'block',
  background: 'var(--mantine-color-gray-1)',
} as const;

/** A stored file in the gallery: a photo opens in the viewer, a document downloads. */
interface AttachmentTileProps {
  attachment: ShownFile;
  /** Where the file and its thumbnail are fetched (a report's or a group post's). */
  urls: FileUrls;
  onOpen: () => void;
  /** Absent when the user may not remove this file. */
  onDelete?: (() => Promise<unknown>) | undefined;
  /** What the confirmation says; by default that the file leaves the report. */
  deleteMessage?: string;
}

export function AttachmentTile({ attachment, urls, onOpen, onDelete, deleteMessage }: AttachmentTileProps) {
  const { t, i18n } = useTranslation();
  const label = t('attachments.open', { name: attachment.displayName });
  return (
    <Stack gap={4} w={TILE_SIZE} component="li">
      {attachment.hasThumbnail ? (
        <UnstyledButton onClick={onOpen} aria-label={label} title={attachment.displayName}>
          <img
            src={urls.thumbnail}
            alt=""
            width={TILE_SIZE}
            height={TILE_SIZE}
            loading="lazy"
            style={thumbnailStyle}
          />
        </UnstyledButton>
      ) : (
        <Anchor
          href={urls.file}
          download={attachment.displayName}
          aria-label={t('attachments.downloadNamed', { name: attachment.displayName })}
          title={attachment.displayName}
        >
          <FileBadge label={kindLabel(attachment.displayName)} />
        </Anchor>
      )}
      <Text size="xs" truncate="end" title={attachment.displayName}>
        {attachment.displayName}
      </Text>
      <Text size="xs" c="dimmed">
        {formatSize(attachment.size, i18n.language)}
      </Text>
      {onDelete ? (
        <ConfirmButton
          size="compact-xs"
          variant="subtle"
          aria-label={t('attachments.deleteNamed', { name: attachment.displayName })}
          title={t('attachments.deleteTitle')}
          message={deleteMessage ?? t('attachments.deleteText', { name: attachment.displayName })}
          confirmLabel={t('attachments.delete')}
          onConfirm={onDelete}
          describeError={(error) => errorMessage(error, t)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('attachments.delete')}
        </ConfirmButton>
      ) : null}
    </Stack>
  );
}
