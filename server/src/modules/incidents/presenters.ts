import { type Incident, type IncidentSummary, LIST_DESCRIPTION_MAX } from '@vaksam/domain/incidents/api';
import {
  authorityDeadline,
  type IncidentStatus,
  type IncidentType,
  type Severity,
} from '@vaksam/domain/incidents/taxonomy';
import type { Actor } from '../../platform/policy';
import { incidentAbilities } from './policy';
import type { IncidentRow, SummaryRow } from './queries';

/** What a list row shows; the whole report adds the rest. */
/** The summary's view of a whole report: its instants as ISO text, as the list's rows carry them. */
export function summaryRowOf(row: IncidentRow): SummaryRow {
  const { incident } = row;
  return {
    ...row,
    incident: {
      ...incident,
      occurredAt: incident.occurredAt.toISOString(),
      createdAt: incident.createdAt.toISOString(),
    },
  };
}

export function presentIncidentSummary(row: SummaryRow): IncidentSummary {
  const { incident } = row;
  // Counted in characters (code points), as PostgreSQL's left() cuts the list's column, so an emoji is never cut
  // in half. A text no longer than the limit in UTF-16 units is no longer in characters either.
  const characters =
    incident.description.length > LIST_DESCRIPTION_MAX ? Array.from(incident.description) : [];
  const description =
    characters.length > LIST_DESCRIPTION_MAX
      ? `${characters.slice(0, LIST_DESCRIPTION_MAX - 1).join('')}…`
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
    occurredAt: incident.occurredAt,
    latitude: incident.latitude,
    longitude: incident.longitude,
    description,
    reporter: incident.reporterId ? { id: incident.reporterId, name: row.reporterName ?? '' } : null,
    kNumber: incident.kNumber,
    createdAt: incident.createdAt,
  };
}

export function presentIncident(actor: Actor, row: IncidentRow): Incident {
  const { incident } = row;
  return {
    ...presentIncidentSummary(summaryRowOf(row)),
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
