import { type Incident, type IncidentSummary, LIST_DESCRIPTION_MAX } from '@vaksam/domain/incidents/api';
import {
  authorityDeadline,
  type IncidentStatus,
  type IncidentType,
  type Severity,
} from '@vaksam/domain/incidents/taxonomy';
import type { Actor } from '../../platform/policy';
import { incidentAbilities } from './policy';
import type { IncidentRow } from './queries';

/** What a list row shows; the whole report adds the rest. */
export function presentIncidentSummary(row: IncidentRow): IncidentSummary {
  const { incident } = row;
  const description =
    incident.description.length > LIST_DESCRIPTION_MAX
      ? `${incident.description.slice(0, LIST_DESCRIPTION_MAX - 1)}…`
      : incident.description;
  return {
    id: incident.id,
    orgId: incident.orgId,
    orgName: row.orgName,
    unitId: incident.unitId,
    unitName: row.unitName,
    type: incident.type as IncidentType,
    severity: incident.severity as Severity,
    status: incident.status as IncidentStatus,
    occurredAt: incident.occurredAt.toISOString(),
    latitude: incident.latitude,
    longitude: incident.longitude,
    description,
    reporter: incident.reporterId ? { id: incident.reporterId, name: row.reporterName ?? '' } : null,
    kNumber: incident.kNumber,
    createdAt: incident.createdAt.toISOString(),
  };
}

export function presentIncident(actor: Actor, row: IncidentRow): Incident {
  const { incident } = row;
  return {
    ...presentIncidentSummary(row),
    description: incident.description,
    answers: incident.answers,
    formVersion: incident.formVersion,
    cameraId: incident.cameraId,
    sharing: incident.sharing,
    authorityDeadline: authorityDeadline(incident.type, incident.createdAt)?.toISOString() ?? null,
    updatedAt: incident.updatedAt.toISOString(),
    abilities: incidentAbilities(actor, incident),
  };
}
