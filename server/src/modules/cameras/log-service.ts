import type { CameraLogEntry, CameraLogEntryRequest } from '@vaksam/domain/camera-log';
import type { IncidentType } from '@vaksam/domain/incidents/taxonomy';
import type { PageQuery } from '@vaksam/domain/pagination';
import { cameraLogEntries } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { type CameraLogRow, findCameraLogEntry, findIncidentInOrg, listCameraLog } from './log-queries';
import { cameraPolicy } from './policy';
import { findCamera } from './queries';

const NOT_FOUND = 'Kameran hittades inte';
/** A phone clock a few minutes fast must not make "now" look like the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

function presentEntry(row: CameraLogRow): CameraLogEntry {
  const { entry } = row;
  return {
    id: entry.id,
    cameraId: entry.cameraId,
    kind: entry.kind,
    occurredAt: entry.occurredAt.toISOString(),
    person: entry.person,
    action: entry.action,
    reason: entry.reason,
    requester: entry.requester,
    reference: entry.reference,
    decision: entry.decision,
    decidedBy: entry.decidedBy,
    decidedAt: entry.decidedAt?.toISOString() ?? null,
    note: entry.note,
    incident: row.incident
      ? {
          id: row.incident.id,
          type: row.incident.type as IncidentType,
          occurredAt: row.incident.occurredAt.toISOString(),
        }
      : null,
    supersedes: entry.supersedes,
    supersededBy: row.supersededBy,
    recordedBy: entry.recordedBy ? { id: entry.recordedBy, name: row.recordedByName ?? '' } : null,
    createdAt: entry.createdAt.toISOString(),
  };
}

async function requireCamera(deps: ServiceDeps, actor: Actor, orgId: string, cameraId: string) {
  enforce(cameraPolicy.log(actor, orgId), NOT_FOUND);
  const camera = await findCamera(deps.db, { orgId }, cameraId);
  if (!camera) throw notFound(NOT_FOUND);
  return camera;
}

export async function listLog(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  cameraId: string,
  query: PageQuery,
) {
  await requireCamera(deps, actor, orgId, cameraId);
  return fetchPage(
    query,
    (page) => listCameraLog(deps.db, { orgId, cameraId }, page),
    (row) => row.entry.id,
    presentEntry,
  );
}

function checkTimes(input: CameraLogEntryRequest) {
  const fields: Record<string, string> = {};
  const latest = Date.now() + CLOCK_SKEW_MS;
  if (new Date(input.occurredAt).getTime() > latest) fields.occurredAt = 'Tidpunkten ligger i framtiden';
  if (input.decidedAt) {
    const decidedAt = new Date(input.decidedAt).getTime();
    if (decidedAt > latest) fields.decidedAt = 'Tidpunkten ligger i framtiden';
    else if (decidedAt < new Date(input.occurredAt).getTime())
      fields.decidedAt = 'Beslutet kan inte komma före begäran';
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
}

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { code?: string }).code === '23505' ||
    (error as { cause?: { code?: string } }).cause?.code === '23505');

/** CAM-3: entries are only ever added; a correction or a decision on a pending request supersedes one. */
export async function addLogEntry(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  cameraId: string,
  input: CameraLogEntryRequest,
) {
  await requireCamera(deps, actor, orgId, cameraId);
  checkTimes(input);
  const scope = { orgId, cameraId };
  if (input.incidentId && !(await findIncidentInOrg(deps.db, { orgId }, input.incidentId)))
    throw invalid({ incidentId: 'Rapporten finns inte i organisationen' });
  if (input.supersedes) {
    const earlier = await findCameraLogEntry(deps.db, scope, input.supersedes);
    if (!earlier) throw invalid({ supersedes: 'Posten finns inte i kamerans logg' });
    if (earlier.entry.kind !== input.kind)
      throw invalid({ supersedes: 'En post kan bara ersättas av en post av samma slag' });
    if (earlier.supersededBy) throw supersededAlready();
  }
  try {
    const id = await deps.db.transaction(async (tx) => {
      const [entry] = await tx
        .insert(cameraLogEntries)
        .values({
          orgId,
          cameraId,
          kind: input.kind,
          occurredAt: new Date(input.occurredAt),
          person: input.person || null,
          action: input.action ?? null,
          reason: input.reason || null,
          requester: input.requester || null,
          reference: input.reference || null,
          decision: input.decision ?? null,
          decidedBy: input.decidedBy || null,
          decidedAt: input.decidedAt ? new Date(input.decidedAt) : null,
          note: input.note || null,
          incidentId: input.incidentId ?? null,
          supersedes: input.supersedes ?? null,
          recordedBy: actor.userId,
        })
        .returning({ id: cameraLogEntries.id });
      if (!entry) throw new Error('insert returned no row');
      // Names and reasons stay in the log itself; the audit trail records only that an entry was written.
      await writeAudit(tx, {
        actorUserId: actor.userId,
        orgId,
        action: 'camera.log_entry_added',
        targetType: 'camera',
        targetId: cameraId,
        details: { entryId: entry.id, kind: input.kind, supersedes: input.supersedes ?? null },
      });
      return entry.id;
    });
    const row = await findCameraLogEntry(deps.db, scope, id);
    if (!row) throw notFound('Posten hittades inte');
    return presentEntry(row);
  } catch (error) {
    // Two people correcting the same entry at once: the unique index lets only the first through.
    if (isUniqueViolation(error)) throw supersededAlready();
    throw error;
  }
}

const supersededAlready = () =>
  conflict('Posten har redan ersatts av en senare post. Utgå från den senaste.', {
    supersedes: 'Redan ersatt',
  });
