import type { Actor } from '../../platform/policy';
import { incidentPolicy } from '../incidents/policy';

type IncidentRef = { orgId: string; reporterId: string | null };

/**
 * Sending a report to the police is handling the case, so it is for the managers and security contacts
 * of the organisation. The reporter sees the outcome as the K-nummer on the report; anyone else gets 404.
 */
export const policeReportPolicy = {
  manage: (actor: Actor, incident: IncidentRef) => incidentPolicy.handle(actor, incident),
};
