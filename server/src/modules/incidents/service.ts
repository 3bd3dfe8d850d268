import { parseKNumber } from '@vaksam/domain/identifiers/knummer';
import type {
  createIncidentRequestSchema,
  IncidentList,
  updateIncidentRequestSchema,
} from '@vaksam/domain/incidents/api';
import { defaultReportForm, validateAnswers } from '@vaksam/domain/incidents/form';
import {
  defaultSeverity,
  type IncidentStatus,
  type IncidentType,
  incidentStatuses,
  labelOf,
  statusTransitions,
} from '@vaksam/domain/incidents/taxonomy';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { Queryable } from '../../db/client';
import { incidentEvents, incidents } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { conflict, invalid, notFound } from '../../platform/errors';
import { runIdempotent } from '../../platform/idempotency';
import { readPage, toPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { enqueueStatusNotice, newReportNotice } from '../notifications/jobs';
import {
  AUTHORITY_REMINDER_JOB,
  FOOTAGE_REMINDER_LEAD_DAYS,
  reminderTimeFor,
  SECURE_FOOTAGE_JOB,
} from './jobs';
import { incidentPolicy } from './policy';
import { presentIncident, presentIncidentSummary } from './presenters';
import {
  findCameraInOrg,
  findIncidentUnsafe,
  findUnitInOrg,
  type IncidentFilters,
  insertIncidentWithEvent,
  listIncidentEvents,
  listVisibleSummaries,
} from './queries';

type CreateInput = z.infer<typeof createIncidentRequestSchema>;
type UpdateInput = z.infer<typeof updateIncidentRequestSchema>;

const NOT_FOUND = 'Rapporten hittades inte';
/** A phone clock a few minutes fast must not make "now" look like the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

async function checkPlace(
  tx: Queryable,
  orgId: string,
  place: {
    unitId?: string | null | undefined;
    latitude?: number | null | undefined;
    longitude?: number | null | undefined;
  },
) {
  const fields: Record<string, string> = {};
  const hasLat = place.latitude !== null && place.latitude !== undefined;
  const hasLng = place.longitude !== null && place.longitude !== undefined;
  if (hasLat !== hasLng) fields[hasLat ? 'longitude' : 'latitude'] = 'Ange både latitud och longitud';
  if (!place.unitId && !hasLat && !hasLng) fields.unitId = 'Välj en enhet eller markera platsen på kartan';
  const unit = place.unitId ? await findUnitInOrg(tx, { orgId }, place.unitId) : null;
  if (place.unitId && !unit) fields.unitId = 'Enheten finns inte i organisationen';
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return unit;
}

function checkTime(occurredAt: string) {
  if (new Date(occurredAt).getTime() > Date.now() + CLOCK_SKEW_MS)
    throw invalid({ occurredAt: 'Tidpunkten ligger i framtiden' });
}

function checkAnswers(type: IncidentType, answers: Record<string, unknown>) {
  const result = validateAnswers(defaultReportForm, { type }, answers);
  if (!result.ok) throw invalid(result.fields);
  return result.value;
}

async function recordEvent(
  tx: Queryable,
  incident: { id: string; orgId: string },
  actorId: string,
  kind: 'created' | 'updated' | 'status_changed' | 'note_added' | 'deleted',
  changes: Record<string, unknown> = {},
  note: string | null = null,
) {
  await tx
    .insert(incidentEvents)
    .values({ orgId: incident.orgId, incidentId: incident.id, actorId, kind, changes, note });
}

/** INC-1/INC-7: a retried submission with the same Idempotency-Key creates exactly one report. */
export async function reportIncident(
  deps: ServiceDeps,
  actor: Actor,
  input: CreateInput,
  idempotencyKey: string | null,
  /** Known from the session, so the insert needs no joins to present the report. */
  names: { orgName: string; reporterName: string },
) {
  enforce(incidentPolicy.create(actor, input.orgId), 'Organisationen hittades inte');
  const fileReport = async (db: Queryable) => {
    checkTime(input.occurredAt);
    const unit = await checkPlace(db, input.orgId, input);
    const answers = checkAnswers(input.type, input.answers ?? {});
    const camera = input.cameraId ? await requireCamera(db, input.orgId, input.cameraId) : null;
    const row = await insertIncidentWithEvent(
      db,
      {
        id: uuidv7(),
        orgId: input.orgId,
        unitId: input.unitId ?? null,
        reporterId: actor.userId,
        type: input.type,
        severity: input.severity ?? defaultSeverity(input.type),
        occurredAt: new Date(input.occurredAt),
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        description: input.description,
        answers,
        formVersion: defaultReportForm.version,
        kNumber: input.kNumber ? normalizeKNumber(input.kNumber) : null,
        cameraId: camera?.id ?? null,
      },
      uuidv7(),
      { orgName: names.orgName, reporterName: names.reporterName, unitName: unit?.name ?? null },
      newReportNotice,
    );
    const remindAt = reminderTimeFor(row.incident.type, row.incident.createdAt);
    if (remindAt)
      await deps.jobs.send(
        db,
        AUTHORITY_REMINDER_JOB,
        { incidentId: row.incident.id },
        { startAfter: remindAt },
      );
    if (camera) await scheduleFootageReminder(deps, db, row.incident, camera);
    return { statusCode: 201, body: presentIncident(actor, row) };
  };
  // The single statement is atomic by itself (report, event, outbox row); a key claim or a scheduled
  // reminder joins it in a transaction.
  const schedulesWork = reminderTimeFor(input.type, new Date()) !== null || Boolean(input.cameraId);
  const filed = !idempotencyKey
    ? await (schedulesWork ? deps.db.transaction(fileReport) : fileReport(deps.db))
    : await runIdempotent(deps.db, { userId: actor.userId, key: idempotencyKey, request: input }, fileReport);
  // The recipients hear at once rather than at the relay's next poll.
  deps.jobs.nudgeOutbox();
  return filed;
}

async function requireCamera(db: Queryable, orgId: string, cameraId: string) {
  const camera = await findCameraInOrg(db, { orgId }, cameraId);
  if (!camera) throw invalid({ cameraId: 'Kameran finns inte i organisationens register' });
  return camera;
}

/** CAM-2: remind the managers to secure the footage two days before the camera's retention deletes it. */
async function scheduleFootageReminder(
  deps: ServiceDeps,
  db: Queryable,
  incident: { id: string; occurredAt: Date },
  camera: { id: string; retentionDays: number },
) {
  const deletedAt = incident.occurredAt.getTime() + camera.retentionDays * 86_400_000;
  const startAfter = new Date(Math.max(Date.now(), deletedAt - FOOTAGE_REMINDER_LEAD_DAYS * 86_400_000));
  await deps.jobs.send(
    db,
    SECURE_FOOTAGE_JOB,
    { incidentId: incident.id, cameraId: camera.id },
    { startAfter },
  );
}

function normalizeKNumber(input: string): string {
  const parsed = parseKNumber(input);
  if (!parsed.ok) throw invalid({ kNumber: 'Ogiltigt K-nummer, skriv t.ex. K123456-24' });
  return parsed.value.normalized;
}

/** POL-2: the reporter or a manager records (or clears) the police's reference on a report. */
export async function recordPoliceReference(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  kNumber: string | null,
) {
  return deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    enforce(incidentPolicy.recordPoliceReference(actor, row.incident), NOT_FOUND);
    const normalized = kNumber ? normalizeKNumber(kNumber) : null;
    await tx
      .update(incidents)
      .set({ kNumber: normalized, updatedAt: new Date() })
      .where(and(eq(incidents.orgId, row.incident.orgId), eq(incidents.id, id)));
    await recordEvent(tx, row.incident, actor.userId, 'updated', {
      kNumber: { from: row.incident.kNumber, to: normalized },
    });
    const updated = await findIncidentUnsafe(tx, id);
    if (!updated) throw notFound(NOT_FOUND);
    return presentIncident(actor, updated);
  });
}

async function loadVisible(db: Queryable, actor: Actor, id: string) {
  const row = await findIncidentUnsafe(db, id);
  if (!row) throw notFound(NOT_FOUND);
  enforce({ canSee: incidentPolicy.read(actor, row.incident).canSee, allowed: true }, NOT_FOUND);
  return row;
}

export async function getIncident(deps: ServiceDeps, actor: Actor, id: string) {
  return presentIncident(actor, await loadVisible(deps.db, actor, id));
}

/**
 * The managers' and reporters' list, as the response's JSON text. The presenter's type is the response's, and
 * the list's tests check the text against the schema, so it is not validated a second time per request.
 */
export async function listIncidents(
  deps: ServiceDeps,
  actor: Actor,
  query: IncidentFilters & {
    mine?: 'true' | 'false' | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  },
): Promise<string> {
  const page = readPage(query);
  const rows = await listVisibleSummaries(
    deps.db,
    {
      userId: actor.userId,
      managedOrgIds: incidentPolicy.managedOrgIds(actor),
      onlyOwn: query.mine === 'true',
    },
    query,
    { limit: page.limit, beforeId: page.afterId },
  );
  const { items, nextCursor } = toPage(rows, page.limit, (row) => row.incident.id);
  const body: IncidentList = { items: items.map(presentIncidentSummary), nextCursor };
  return JSON.stringify(body);
}

export async function updateIncident(deps: ServiceDeps, actor: Actor, id: string, changes: UpdateInput) {
  return deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    enforce(incidentPolicy.edit(actor, row.incident), NOT_FOUND);
    if (row.incident.status === 'closed') throw conflict('Rapporten är avslutad och kan inte ändras');
    const merged = {
      type: (changes.type ?? row.incident.type) as IncidentType,
      unitId: changes.unitId !== undefined ? changes.unitId : row.incident.unitId,
      latitude: changes.latitude !== undefined ? changes.latitude : row.incident.latitude,
      longitude: changes.longitude !== undefined ? changes.longitude : row.incident.longitude,
    };
    if (changes.occurredAt) checkTime(changes.occurredAt);
    await checkPlace(tx, row.incident.orgId, merged);
    // A changed type can hide questions answered before, so the answers are always checked again.
    const answers = checkAnswers(merged.type, changes.answers ?? row.incident.answers);
    const camera = changes.cameraId ? await requireCamera(tx, row.incident.orgId, changes.cameraId) : null;
    await tx
      .update(incidents)
      .set({
        ...merged,
        severity: changes.severity ?? row.incident.severity,
        occurredAt: changes.occurredAt ? new Date(changes.occurredAt) : row.incident.occurredAt,
        description: changes.description ?? row.incident.description,
        answers,
        ...(changes.cameraId !== undefined ? { cameraId: camera?.id ?? null } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(incidents.orgId, row.incident.orgId), eq(incidents.id, id)));
    if (camera && camera.id !== row.incident.cameraId) {
      const occurredAt = changes.occurredAt ? new Date(changes.occurredAt) : row.incident.occurredAt;
      await scheduleFootageReminder(deps, tx, { id, occurredAt }, camera);
    }
    await recordEvent(tx, row.incident, actor.userId, 'updated', { fields: Object.keys(changes) });
    const updated = await findIncidentUnsafe(tx, id);
    if (!updated) throw notFound(NOT_FOUND);
    return presentIncident(actor, updated);
  });
}

export async function deleteIncident(deps: ServiceDeps, actor: Actor, id: string) {
  await deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    enforce(incidentPolicy.delete(actor, row.incident), NOT_FOUND);
    await tx
      .update(incidents)
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(incidents.orgId, row.incident.orgId), eq(incidents.id, id)));
    await recordEvent(tx, row.incident, actor.userId, 'deleted');
  });
}

export async function changeStatus(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  input: { status: IncidentStatus; note?: string | undefined },
) {
  return deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    enforce(incidentPolicy.handle(actor, row.incident), NOT_FOUND);
    const from = row.incident.status as IncidentStatus;
    if (!statusTransitions[from].includes(input.status)) {
      throw conflict(
        `Status kan inte ändras från ”${labelOf(incidentStatuses, from)}” till ”${labelOf(incidentStatuses, input.status)}”`,
        {
          status: 'Otillåten statusändring',
        },
      );
    }
    await tx
      .update(incidents)
      .set({ status: input.status, updatedAt: new Date() })
      .where(and(eq(incidents.orgId, row.incident.orgId), eq(incidents.id, id)));
    await recordEvent(
      tx,
      row.incident,
      actor.userId,
      'status_changed',
      { from, to: input.status },
      input.note || null,
    );
    await enqueueStatusNotice(deps.jobs, tx, {
      incidentId: id,
      reporterId: row.incident.reporterId,
      actorId: actor.userId,
      from,
      to: input.status,
    });
    const updated = await findIncidentUnsafe(tx, id);
    if (!updated) throw notFound(NOT_FOUND);
    return presentIncident(actor, updated);
  });
}

export async function addHandlingNote(deps: ServiceDeps, actor: Actor, id: string, text: string) {
  await deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    enforce(incidentPolicy.handle(actor, row.incident), NOT_FOUND);
    await recordEvent(tx, row.incident, actor.userId, 'note_added', {}, text);
  });
  return incidentHistory(deps, actor, id);
}

export async function incidentHistory(deps: ServiceDeps, actor: Actor, id: string) {
  const row = await loadVisible(deps.db, actor, id);
  const events = await listIncidentEvents(deps.db, { orgId: row.incident.orgId }, id);
  return {
    items: events.map(({ event, actorName }) => ({
      id: event.id,
      kind: event.kind,
      actor: event.actorId ? { id: event.actorId, name: actorName ?? '' } : null,
      changes: event.changes,
      note: event.note,
      at: event.createdAt.toISOString(),
    })),
  };
}
