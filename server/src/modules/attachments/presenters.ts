import type { Attachment, StoredContentType } from '@vaksam/domain/attachments';
import type { Actor } from '../../platform/policy';
import type { incidentPolicy } from '../incidents/policy';
import { attachmentPolicy } from './policy';
import type { AttachmentRow } from './queries';

type IncidentRef = Parameters<typeof incidentPolicy.read>[1];

export function presentAttachment(
  actor: Actor,
  incident: IncidentRef,
  attachment: AttachmentRow,
  uploaderName: string | null,
): Attachment {
  return {
    id: attachment.id,
    incidentId: attachment.incidentId,
    displayName: attachment.displayName,
    contentType: attachment.contentType as StoredContentType,
    size: attachment.size,
    width: attachment.width,
    height: attachment.height,
    hasThumbnail: attachment.thumbnailKey !== null,
    uploadedBy: attachment.uploadedBy ? { id: attachment.uploadedBy, name: uploaderName ?? '' } : null,
    createdAt: attachment.createdAt.toISOString(),
    canDelete: attachmentPolicy.remove(actor, incident, attachment).allowed,
  };
}
