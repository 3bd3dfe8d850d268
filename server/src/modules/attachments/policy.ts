import { type Actor, isOrgMember } from '../../platform/policy';
import { incidentPolicy } from '../incidents/policy';

type IncidentRef = Parameters<typeof incidentPolicy.read>[1];

/**
 * Files follow their report: whoever may see the report sees its files, and nobody else learns they exist.
 * Those who may change or handle the report add files; a file is removed by its uploader or by a handler.
 */
export const attachmentPolicy = {
  read: (actor: Actor, incident: IncidentRef) => incidentPolicy.read(actor, incident),
  upload: (actor: Actor, incident: IncidentRef) => ({
    canSee: incidentPolicy.read(actor, incident).canSee,
    allowed: incidentPolicy.edit(actor, incident).allowed || incidentPolicy.handle(actor, incident).allowed,
  }),
  remove: (actor: Actor, incident: IncidentRef, attachment: { uploadedBy: string | null }) => ({
    canSee: incidentPolicy.read(actor, incident).canSee,
    allowed:
      incidentPolicy.handle(actor, incident).allowed ||
      (attachment.uploadedBy === actor.userId && isOrgMember(actor, incident.orgId)),
  }),
};
