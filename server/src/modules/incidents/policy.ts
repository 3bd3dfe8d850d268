import { type Actor, isOrgManager, isOrgMember } from '../../platform/policy';

type IncidentRef = { orgId: string; reporterId: string | null };

const isReporter = (actor: Actor, incident: IncidentRef) => incident.reporterId === actor.userId;

/**
 * Reporters see and change their own reports; managers and security contacts see and handle every report
 * of their organisations. Nobody else learns a report exists — platform staff included (PRIV-4).
 */
export const incidentPolicy = {
  create: (actor: Actor, orgId: string) => ({
    canSee: isOrgMember(actor, orgId),
    allowed: isOrgMember(actor, orgId),
  }),
  read: (actor: Actor, incident: IncidentRef) => {
    const visible = isOrgManager(actor, incident.orgId) || isReporter(actor, incident);
    return { canSee: visible, allowed: visible };
  },
  edit: (actor: Actor, incident: IncidentRef) => ({
    canSee: incidentPolicy.read(actor, incident).canSee,
    allowed: isReporter(actor, incident) && isOrgMember(actor, incident.orgId),
  }),
  delete: (actor: Actor, incident: IncidentRef) => incidentPolicy.edit(actor, incident),
  handle: (actor: Actor, incident: IncidentRef) => ({
    canSee: incidentPolicy.read(actor, incident).canSee,
    allowed: isOrgManager(actor, incident.orgId),
  }),
  recordPoliceReference: (actor: Actor, incident: IncidentRef) => ({
    canSee: incidentPolicy.read(actor, incident).canSee,
    allowed: incidentPolicy.edit(actor, incident).allowed || isOrgManager(actor, incident.orgId),
  }),
  /** Which organisations' reports the actor may list in full; elsewhere only their own. */
  managedOrgIds: (actor: Actor) =>
    actor.memberships.filter((m) => isOrgManager(actor, m.orgId)).map((m) => m.orgId),
};

export function incidentAbilities(actor: Actor, incident: IncidentRef) {
  return {
    edit: incidentPolicy.edit(actor, incident).allowed,
    delete: incidentPolicy.delete(actor, incident).allowed,
    handle: incidentPolicy.handle(actor, incident).allowed,
  };
}
