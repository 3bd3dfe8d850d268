import { Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { type Incident, incidentKeys } from '../incidents/queries';
import { AddAttachments } from './AddAttachments';
import { AttachmentTile } from './AttachmentTile';
import { AttachmentViewer } from './AttachmentViewer';
import { type Attachment, deleteAttachment, incidentFileUrls } from './api';
import { attachmentKeys, useAttachments } from './queries';

type IncidentRef = Pick<Incident, 'id' | 'status' | 'abilities'>;

/** Whether files may be added now: by those who may change or handle the report, until it is closed. */
export const canAddAttachments = (incident: IncidentRef) =>
  incident.status !== 'closed' && (incident.abilities.edit || incident.abilities.handle);

/** The report's photos and documents: thumbnails, the viewer, removal and adding more. */
export function AttachmentGallery({ incident }: { incident: IncidentRef }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const attachments = useAttachments(incident.id);
  const [open, setOpen] = useState<Attachment | null>(null);
  const editable = canAddAttachments(incident);
  // A closed report keeps its files as they were; the server refuses removal too.
  const deletable = (attachment: Attachment) => attachment.canDelete && incident.status !== 'closed';

  const remove = async (attachment: Attachment) => {
    await deleteAttachment(incident.id, attachment.id);
    setOpen(null);
    void queryClient.invalidateQueries({ queryKey: attachmentKeys.of(incident.id) });
    void queryClient.invalidateQueries({ queryKey: incidentKeys.history(incident.id) });
    notify.success(t('attachments.deleted'));
  };

  const items = attachments.data ?? [];
  return (
    <Section title={t('attachments.title')}>
      {attachments.isPending ? <PageLoader /> : null}
      {attachments.isError ? (
        <LoadError error={attachments.error} onRetry={() => void attachments.refetch()} />
      ) : null}
      {attachments.isSuccess && items.length === 0 ? <Text c="dimmed">{t('attachments.empty')}</Text> : null}
      {items.length > 0 ? (
        <Group component="ul" gap="sm" align="flex-start" className="plain-list">
          {items.map((attachment) => (
            <AttachmentTile
              key={attachment.id}
              attachment={attachment}
              urls={incidentFileUrls(attachment)}
              onOpen={() => setOpen(attachment)}
              onDelete={deletable(attachment) ? () => remove(attachment) : undefined}
            />
          ))}
        </Group>
      ) : null}
      {incident.status === 'closed' && items.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachments.closed')}
        </Text>
      ) : null}
      {editable ? <AddAttachments incidentId={incident.id} /> : null}
      <AttachmentViewer
        attachment={open}
        url={open ? incidentFileUrls(open).file : ''}
        byline={
          open
            ? t('attachments.addedBy', {
                name: open.uploadedBy?.name ?? t('incidents.someone'),
                date: formatDateTime(open.createdAt),
              })
            : undefined
        }
        canDelete={open !== null && deletable(open)}
        onClose={() => setOpen(null)}
        onDelete={remove}
      />
    </Section>
  );
}
