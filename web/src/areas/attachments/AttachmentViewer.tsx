import { Anchor, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { errorMessage } from '../../ui/errorMessage';
import type { ShownFile } from './api';
import { formatSize } from './checks';

interface AttachmentViewerProps<Item extends ShownFile> {
  attachment: Item | null;
  /** Where the open file is fetched. */
  url: string;
  /** Who added it when, where that is known. */
  byline?: string | undefined;
  canDelete: boolean;
  /** What the confirmation says; by default that the file leaves the report. */
  deleteMessage?: string | undefined;
  onClose: () => void;
  /** Absent where files are never removed from the viewer (a reported invoice's). */
  onDelete?: (attachment: Item) => Promise<unknown>;
}

/** One photo at full size, over the page; full screen on a phone. */
export function AttachmentViewer<Item extends ShownFile>({
  attachment,
  url,
  byline,
  canDelete,
  deleteMessage,
  onClose,
  onDelete,
}: AttachmentViewerProps<Item>) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={attachment !== null}
      onClose={onClose}
      title={attachment?.displayName}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {attachment ? (
        <Stack gap="sm">
          <img
            src={url}
            alt={attachment.displayName}
            width={attachment.width ?? undefined}
            height={attachment.height ?? undefined}
            style={{ maxWidth: '100%', height: 'auto', display: 'block', margin: '0 auto' }}
          />
          <Text size="sm" c="dimmed">
            {byline ? `${byline} · ` : ''}
            {formatSize(attachment.size, i18n.language)}
          </Text>
          <Group gap="md">
            <Anchor href={url} target="_blank" rel="noopener">
              {t('attachments.openInNewTab')}
            </Anchor>
            <Anchor href={url} download={attachment.displayName}>
              {t('attachments.download')}
            </Anchor>
            {canDelete && onDelete ? (
              <ConfirmButton
                size="xs"
                title={t('attachments.deleteTitle')}
                message={deleteMessage ?? t('attachments.deleteText', { name: attachment.displayName })}
                confirmLabel={t('attachments.delete')}
                onConfirm={() => onDelete(attachment)}
                describeError={(error) => errorMessage(error, t)}
              >
                {t('attachments.delete')}
              </ConfirmButton>
            ) : null}
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
