import type { Language } from '@vaksam/domain/common';
import { parseKNumber } from '@vaksam/domain/identifiers/knummer';
import type { PoliceReport } from '@vaksam/domain/police/api';
import { blockingGaps, gapMessages, policeReportGaps } from '@vaksam/domain/police/gaps';
import { type PoliceReportPayload, policeReportPayloadSchema } from '@vaksam/domain/police/payload';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../db/client';
import { incidentEvents, policeReports } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound, unprocessable } from '../../platform/errors';
import { type Actor, enforce } from '../../platform/policy';
import { incidentPdfFileName, loadIncidentPdfContext, renderIncidentPdf } from '../incidents/pdf';
import { findIncidentUnsafe, type IncidentRow } from '../incidents/queries';
import { getIncident } from '../incidents/service';
import { configuredIntake } from './adapters';
import { SEND_POLICE_REPORT_JOB } from './jobs';
import { buildPolicePayload } from './payload';
import { policeReportFileBase, renderPoliceReportPdf } from './pdf';
import { policeReportPolicy } from './policy';
import { presentPoliceReport } from './presenters';
import {
  findActivePoliceReport,
  findLatestPoliceReport,
  loadPayloadSources,
  lockIncident,
  setIncidentKNumber,
} from './queries';

const NOT_FOUND = 'Rapporten hittades inte';

async function loadManaged(db: Queryable, actor: Actor, incidentId: string) {
  const row = await findIncidentUnsafe(db, incidentId);
  if (!row) throw notFound(NOT_FOUND);
  enforce(policeReportPolicy.manage(actor, row.incident), NOT_FOUND);
  return row;
}

/** What this actor would send now: the report as it stands, with them as the police's contact. */
async function draftPayload(db: Queryable, row: IncidentRow, actor: Actor) {
  return buildPolicePayload(row, await loadPayloadSources(db, row.incident, actor.userId));
}

/** Once sent, the report is what went out, not what the incident says today. */
async function shownPayload(
  db: Queryable,
  row: IncidentRow,
  latest: Awaited<ReturnType<typeof findLatestPoliceReport>>,
  actor: Actor,
): Promise<PoliceReportPayload> {
  if (latest && latest.report.state !== 'failed')
    return policeReportPayloadSchema.parse(latest.report.payload);
  return draftPayload(db, row, actor);
}

async function present(deps: ServiceDeps, db: Queryable, actor: Actor, row: IncidentRow) {
  const latest = await findLatestPoliceReport(db, { orgId: row.incident.orgId }, row.incident.id);
  return presentPoliceReport({
    incident: row.incident,
    latest,
    payload: await shownPayload(db, row, latest, actor),
    intake: configuredIntake(deps.config),
    canManage: true,
  });
}

/** POL-1/POL-3: the police report of an incident: a preview with its gaps, or what was sent and its state. */
export async function getPoliceReport(
  deps: ServiceDeps,
  actor: Actor,
  incidentId: string,
): Promise<PoliceReport> {
  const row = await loadManaged(deps.db, actor, incidentId);
  return present(deps, deps.db, actor, row);
}

export async function policeReportPdf(deps: ServiceDeps, actor: Actor, incidentId: string) {
  const row = await loadManaged(deps.db, actor, incidentId);
  const latest = await findLatestPoliceReport(deps.db, { orgId: row.incident.orgId }, incidentId);
  const payload = await shownPayload(deps.db, row, latest, actor);
  return { pdf: await renderPoliceReportPdf(payload), fileName: `${policeReportFileBase(payload)}.pdf` };
}

/**
 * POL-1: queues the police report for delivery. The row, its job and the audit entry commit together,
 * so a report is sent exactly when the request succeeded. Required gaps refuse it (422) field by field.
 */
export async function sendPoliceReport(
  deps: ServiceDeps,
  actor: Actor,
  incidentId: string,
): Promise<PoliceReport> {
  return deps.db.transaction(async (tx) => {
    const row = await loadManaged(tx, actor, incidentId);
    await lockIncident(tx, incidentId);
    const active = await findActivePoliceReport(tx, { orgId: row.incident.orgId }, incidentId);
    if (active) {
      throw conflict(
        active.state === 'sending'
          ? 'Polisanmälan håller redan på att skickas'
          : 'Polisanmälan är redan skickad till polisen',
      );
    }
    const intake = configuredIntake(deps.config);
    if (!intake.recipient)
      throw conflict(
        'Ingen mottagning hos polisen är inställd. Be administratören ange POLICE_INTAKE_EMAIL.',
      );
    const payload = await draftPayload(tx, row, actor);
    const blocking = blockingGaps(policeReportGaps(payload));
    if (blocking.length > 0) {
      throw unprocessable(
        'Polisanmälan saknar uppgifter som polisen behöver',
        Object.fromEntries(blocking.map((gap) => [gap.field, gapMessages[gap.messageKey]])),
      );
    }
    const id = uuidv7();
    await tx.insert(policeReports).values({
      id,
      orgId: row.incident.orgId,
      incidentId,
      state: 'sending',
      format: payload.format,
      payload,
      adapter: intake.adapter,
      recipient: intake.recipient,
      requestedBy: actor.userId,
    });
    await deps.jobs.send(tx, SEND_POLICE_REPORT_JOB, { policeReportId: id });
    // The report's history shows that it went to the police, and to which intake.
    await tx.insert(incidentEvents).values({
      orgId: row.incident.orgId,
      incidentId,
      actorId: actor.userId,
      kind: 'updated',
      changes: { policeReport: { sentTo: intake.recipient } },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId: row.incident.orgId,
      action: 'police_report.send',
      targetType: 'incident',
      targetId: incidentId,
      details: { policeReportId: id, adapter: intake.adapter, format: payload.format },
    });
    return present(deps, tx, actor, row);
  });
}

/**
 * POL-2: the police answered with their K-nummer for a sent report. It is recorded on the incident (as
 * `PUT …/police-reference` would) and the police report becomes confirmed, in one transaction.
 */
export async function confirmPoliceReport(
  deps: ServiceDeps,
  actor: Actor,
  incidentId: string,
  kNumber: string,
): Promise<PoliceReport> {
  return deps.db.transaction(async (tx) => {
    const row = await loadManaged(tx, actor, incidentId);
    await lockIncident(tx, incidentId);
    const parsed = parseKNumber(kNumber);
    if (!parsed.ok) throw invalid({ kNumber: 'Ogiltigt K-nummer, skriv t.ex. K123456-24' });
    const active = await findActivePoliceReport(tx, { orgId: row.incident.orgId }, incidentId);
    if (!active || active.state === 'sending') {
      throw conflict(
        active
          ? 'Polisanmälan har inte kommit fram än. Vänta tills den är skickad, eller registrera K-numret på rapporten.'
          : 'Ingen polisanmälan är skickad. Registrera K-numret på rapporten i stället.',
        { kNumber: 'Polisanmälan är inte skickad' },
      );
    }
    const normalized = parsed.value.normalized;
    await setIncidentKNumber(tx, row.incident, normalized, actor.userId);
    const now = new Date();
    await tx
      .update(policeReports)
      .set({ state: 'confirmed', confirmedAt: active.confirmedAt ?? now, updatedAt: now })
      .where(and(eq(policeReports.orgId, row.incident.orgId), eq(policeReports.id, active.id)));
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId: row.incident.orgId,
      action: 'police_report.confirm',
      targetType: 'incident',
      targetId: incidentId,
      details: { policeReportId: active.id, kNumber: normalized },
    });
    const updated = await findIncidentUnsafe(tx, incidentId);
    if (!updated) throw notFound(NOT_FOUND);
    return present(deps, tx, actor, updated);
  });
}

/** The report's own PDF, for whoever may read the report. */
export async function incidentPdf(deps: ServiceDeps, actor: Actor, incidentId: string, lang: Language) {
  const report = await getIncident(deps, actor, incidentId);
  const pdf = await renderIncidentPdf(report, lang, await loadIncidentPdfContext(deps.db, report));
  return { pdf, fileName: incidentPdfFileName(report, lang) };
}
