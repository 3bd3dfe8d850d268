import type { incidentExportQuerySchema } from '@vaksam/domain/incidents/overview';
import { EXPORT_ROWS_MAX } from '@vaksam/domain/incidents/overview';
import { sharingLabel } from '@vaksam/domain/incidents/sharing';
import { incidentStatuses, incidentTypes, labelOf, severities } from '@vaksam/domain/incidents/taxonomy';
import type { z } from 'zod';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { type Actor, enforce, isOrgManager, isOrgMember } from '../../platform/policy';
import { CSV_BOM, csvLine, stockholmDateTime, stockholmDay, swedishDecimal } from './export-csv';
import { incidentPolicy } from './policy';
import { type IncidentRow, listVisibleIncidents } from './queries';

type ExportFilters = z.infer<typeof incidentExportQuerySchema>;

/** Rows are read in pages of this many, through the list's own index-backed statement. */
const EXPORT_PAGE = 500;

/**
 * INC-8: the export is the managers' tool (decision 011). Filtered to one organisation it needs its manager;
 * otherwise whoever manages at least one organisation exports what their list shows. Reporters see their own
 * reports in the app and get them with their own data (PRIV-5), so they are refused here.
 */
export const exportPolicy = (actor: Actor, orgId: string | undefined) =>
  orgId
    ? { canSee: isOrgMember(actor, orgId), allowed: isOrgManager(actor, orgId) }
    : { canSee: true, allowed: incidentPolicy.managedOrgIds(actor).length > 0 };

export const EXPORT_HEADER = [
  'Id',
  'Organisation',
  'Enhet',
  'Typ',
  'Allvarlighetsgrad',
  'Status',
  'Inträffade',
  'Rapporterad',
  'Latitud',
  'Longitud',
  'Beskrivning',
  'Rapportör',
  'K-nummer',
  'Delning',
] as const;

function exportCells(row: IncidentRow) {
  const { incident } = row;
  return [
    incident.id,
    row.orgName,
    row.unitName,
    labelOf(incidentTypes, incident.type),
    labelOf(severities, incident.severity),
    labelOf(incidentStatuses, incident.status),
    stockholmDateTime(incident.occurredAt),
    stockholmDateTime(incident.createdAt),
    swedishDecimal(incident.latitude),
    swedishDecimal(incident.longitude),
    incident.description,
    row.reporterName,
    incident.kNumber,
    sharingLabel(incident.sharing),
  ];
}

/** The export's file name, dated by the Swedish calendar day. */
export const exportFileName = (now = new Date()) => `vaksam-rapporter-${stockholmDay(now)}.csv`;

/**
 * Checks the actor, writes the audit entry, and returns the CSV as an async sequence of chunks: the byte-order
 * mark and header first, then one chunk per page of reports, newest first, at most `maxRows` of them.
 * Pages follow the id (keyset), so memory stays at one page whatever the size of the export.
 */
export async function exportIncidents(
  deps: ServiceDeps,
  actor: Actor,
  filters: ExportFilters,
  maxRows = EXPORT_ROWS_MAX,
) {
  enforce(exportPolicy(actor, filters.orgId), 'Organisationen hittades inte');
  // The search text may name a person, so the audit trail records only that one was used.
  await writeAudit(deps.db, {
    actorUserId: actor.userId,
    orgId: filters.orgId ?? null,
    action: 'incidents.exported',
    targetType: 'incidents',
    details: {
      format: 'csv',
      filters: {
        unitId: filters.unitId ?? null,
        type: filters.type ?? null,
        status: filters.status ?? null,
        from: filters.from ?? null,
        to: filters.to ?? null,
        text: Boolean(filters.q),
      },
    },
  });
  const scope = { userId: actor.userId, managedOrgIds: incidentPolicy.managedOrgIds(actor), onlyOwn: false };
  async function* chunks() {
    yield CSV_BOM + csvLine(EXPORT_HEADER);
    let beforeId: string | null = null;
    let written = 0;
    while (written < maxRows) {
      const limit = Math.min(EXPORT_PAGE, maxRows - written);
      const rows = await listVisibleIncidents(deps.db, scope, filters, { limit, beforeId });
      const page = rows.slice(0, limit);
      if (page.length > 0) yield page.map((row) => csvLine(exportCells(row))).join('');
      written += page.length;
      const last = page.at(-1);
      if (rows.length <= limit || !last) break;
      beforeId = last.incident.id;
    }
  }
  return chunks();
}
