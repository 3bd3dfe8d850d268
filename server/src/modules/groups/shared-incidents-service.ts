import {
  type GroupShareRequest,
  type IncidentGroupShare,
  roundToApproximate,
  type SharedIncidentSummary,
  valueBandOf,
} from '@vaksam/domain/shared-incidents';
import { findMunicipality } from '@vaksam/domain/taxonomy/geo';
import { eq } from 'drizzle-orm';
import { groupSharedIncidents, incidentEvents } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce, isOrgManager } from '../../platform/policy';
import { incidentPolicy } from '../incidents/policy';
import { findIncidentUnsafe } from '../incidents/queries';
import { groupSeatIsAdmin } from './policy';
import { accessOf } from './presenters';
import { findGroupSeat } from './queries';
import { groupFor, requireActive } from './service';
import {
  findShare,
  listGroupSharedIncidents,
  listShareableGroups,
  listSharesOfIncident,
  type SharedIncidentRow,
} from './shared-incidents-queries';

const REPORT_NOT_FOUND = 'Rapporten hittades inte';
const SHARE_NOT_FOUND = 'Den delade händelsen hittades inte';
const NOT_GROUPS_LEVEL =
  'Rapportens delningsnivå håller den inom organisationen. En chef kan ändra nivån till "Delas med grupper".';

async function visibleIncident(deps: ServiceDeps, actor: Actor, incidentId: string) {
  const row = await findIncidentUnsafe(deps.db, incidentId);
  if (!row) throw notFound(REPORT_NOT_FOUND);
  enforce(incidentPolicy.read(actor, row.incident), REPORT_NOT_FOUND);
  return row.incident;
}

/** The sharer, a manager of the reporting organisation, or an admin of the group may take a report back out. */
function mayRemove(
  actor: Actor,
  share: { sharedBy: string | null; orgId: string },
  groupAdmin: boolean,
): boolean {
  return share.sharedBy === actor.userId || isOrgManager(actor, share.orgId) || groupAdmin;
}

/** INC-9, GRP-5: which groups a report reached, and where the asking user may still share it. */
export async function listIncidentShares(deps: ServiceDeps, actor: Actor, incidentId: string) {
  const incident = await visibleIncident(deps, actor, incidentId);
  const sharingAllowsGroups = incident.sharing === 'groups';
  const [shares, shareable] = await Promise.all([
    listSharesOfIncident(deps.db, incidentId),
    sharingAllowsGroups ? listShareableGroups(deps.db, actor.userId, incidentId) : Promise.resolve([]),
  ]);
  const items: IncidentGroupShare[] = shares.map(({ share, groupName }) => ({
    id: share.id,
    group: { id: share.groupId, name: groupName },
    includeDescription: share.includeDescription,
    sharedAt: share.createdAt.toISOString(),
    canRemove: mayRemove(actor, share, false),
  }));
  return {
    items,
    sharingAllowsGroups,
    canIncludeDescription: isOrgManager(actor, incident.orgId),
    shareableGroups: shareable,
  };
}

/**
 * GRP-5: whoever sees a report shares it into a group they may share in, once its organisation has set the
 * report's level to groups. Only the organisation's managers may send the report's own text along.
 */
export async function shareIncident(
  deps: ServiceDeps,
  actor: Actor,
  incidentId: string,
  input: GroupShareRequest,
): Promise<IncidentGroupShare> {
  const incident = await visibleIncident(deps, actor, incidentId);
  if (incident.sharing !== 'groups') throw conflict(NOT_GROUPS_LEVEL, { groupId: NOT_GROUPS_LEVEL });
  const includeDescription = input.includeDescription ?? false;
  if (includeDescription && !isOrgManager(actor, incident.orgId)) {
    throw forbidden('Bara organisationens chefer kan dela rapportens egen text');
  }
  const view = await findGroupSeat(deps.db, actor.userId, input.groupId);
  const seat = view ? accessOf(view).seat : null;
  if (!view || !seat || seat.bannedAt !== null) {
    throw unprocessable('Du är inte medlem i gruppen', { groupId: 'Välj en grupp du är medlem i' });
  }
  requireActive(view);
  if (!view.group.membersMayShareIncidents && !groupSeatIsAdmin(seat)) {
    throw forbidden('I den här gruppen delar bara administratörerna händelser');
  }
  return deps.db.transaction(async (tx) => {
    const [share] = await tx
      .insert(groupSharedIncidents)
      .values({
        groupId: view.group.id,
        incidentId: incident.id,
        orgId: incident.orgId,
        includeDescription,
        sharedBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!share) {
      const message = 'Rapporten är redan delad i gruppen';
      throw conflict(message, { groupId: message });
    }
    await tx.insert(incidentEvents).values({
      orgId: incident.orgId,
      incidentId: incident.id,
      actorId: actor.userId,
      kind: 'updated',
      changes: { sharedToGroup: { from: null, to: view.group.name } },
    });
    return {
      id: share.id,
      group: { id: view.group.id, name: view.group.name },
      includeDescription,
      sharedAt: share.createdAt.toISOString(),
      canRemove: true,
    };
  });
}

/** Un-sharing removes the summary from the group at once; the report's history keeps that it happened. */
export async function unshareIncident(deps: ServiceDeps, actor: Actor, groupId: string, shareId: string) {
  const view = await findGroupSeat(deps.db, actor.userId, groupId);
  const row = view ? await findShare(deps.db, groupId, shareId) : null;
  if (!view || !row) throw notFound(SHARE_NOT_FOUND);
  const seat = accessOf(view).seat;
  const member = seat !== null && seat.bannedAt === null;
  const seesReport = incidentPolicy.read(actor, {
    orgId: row.share.orgId,
    reporterId: row.reporterId,
  }).canSee;
  enforce(
    { canSee: member || seesReport, allowed: mayRemove(actor, row.share, groupSeatIsAdmin(seat)) },
    SHARE_NOT_FOUND,
  );
  await deps.db.transaction(async (tx) => {
    await tx.delete(groupSharedIncidents).where(eq(groupSharedIncidents.id, row.share.id));
    await tx.insert(incidentEvents).values({
      orgId: row.share.orgId,
      incidentId: row.share.incidentId,
      actorId: actor.userId,
      kind: 'updated',
      changes: { sharedToGroup: { from: view.group.name, to: null } },
    });
  });
}

function presentSummary(actor: Actor, row: SharedIncidentRow, groupAdmin: boolean): SharedIncidentSummary {
  const { share, incident } = row;
  const kommun = row.municipalityCode ? findMunicipality(row.municipalityCode) : undefined;
  const hasPosition = incident.latitude !== null && incident.longitude !== null;
  const modus = incident.answers.modusOperandi;
  return {
    id: share.id,
    type: incident.type,
    severity: incident.severity,
    occurredAt: incident.occurredAt.toISOString(),
    place:
      kommun || hasPosition
        ? {
            kommun: kommun ? { code: kommun.code, name: kommun.name } : null,
            latitude: incident.latitude === null ? null : roundToApproximate(incident.latitude),
            longitude: incident.longitude === null ? null : roundToApproximate(incident.longitude),
          }
        : null,
    valueBand: valueBandOf(incident.answers.valueSek),
    modus: Array.isArray(modus) ? modus.filter((code): code is string => typeof code === 'string') : [],
    description: share.includeDescription ? incident.description : null,
    sharedAt: share.createdAt.toISOString(),
    canRemove: mayRemove(actor, share, groupAdmin),
  };
}

/** GRP-5: the group's shared reports, members only. */
export async function listGroupIncidents(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  query: { cursor?: string | undefined; limit?: number | undefined },
) {
  const view = await groupFor(deps, actor, groupId, 'readContent');
  const groupAdmin = groupSeatIsAdmin(accessOf(view).seat);
  return fetchPage(
    query,
    (page) => listGroupSharedIncidents(deps.db, groupId, page),
    (row) => row.share.id,
    (row) => presentSummary(actor, row, groupAdmin),
  );
}
