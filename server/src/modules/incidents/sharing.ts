import {
  AVAILABLE_SHARING_LEVELS,
  DEFAULT_SHARING,
  type SharingLevel,
} from '@vaksam/domain/incidents/sharing';
import { and, eq } from 'drizzle-orm';
import { incidentEvents, incidents } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { type Actor, enforce, isOrgManager, isOrgMember } from '../../platform/policy';
import { removeSharesOfIncident } from '../groups/shared-incidents-queries';
import { incidentPolicy } from './policy';
import { presentIncident } from './presenters';
import { findIncidentUnsafe } from './queries';
import { findOrgSharingDefault, saveOrgSharingDefault } from './sharing-queries';

const NOT_FOUND = 'Rapporten hittades inte';

/** INC-10: members see where their reports go; managers decide it. Platform staff have no say (PRIV-4). */
export const sharingPolicy = {
  readDefault: (actor: Actor, orgId: string) => ({
    canSee: isOrgMember(actor, orgId),
    allowed: isOrgMember(actor, orgId),
  }),
  changeDefault: (actor: Actor, orgId: string) => ({
    canSee: isOrgMember(actor, orgId),
    allowed: isOrgManager(actor, orgId),
  }),
};

/** A manager changes how far one report may go; the change is kept in the report's history. */
export async function changeIncidentSharing(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  sharing: SharingLevel,
) {
  return deps.db.transaction(async (tx) => {
    const row = await findIncidentUnsafe(tx, id);
    if (!row) throw notFound(NOT_FOUND);
    enforce(incidentPolicy.handle(actor, row.incident), NOT_FOUND);
    if (row.incident.sharing === sharing) return presentIncident(actor, row);
    const updatedAt = new Date();
    await tx
      .update(incidents)
      .set({ sharing, updatedAt })
      .where(and(eq(incidents.orgId, row.incident.orgId), eq(incidents.id, id)));
    await tx.insert(incidentEvents).values({
      orgId: row.incident.orgId,
      incidentId: id,
      actorId: actor.userId,
      kind: 'updated',
      changes: { sharing: { from: row.incident.sharing, to: sharing } },
    });
    // GRP-5: below `groups` the report leaves every group it was shared into.
    if (sharing !== 'groups') await removeSharesOfIncident(tx, id);
    return presentIncident(actor, { ...row, incident: { ...row.incident, sharing, updatedAt } });
  });
}

function presentDefault(
  actor: Actor,
  orgId: string,
  saved: { defaultSharing: SharingLevel; updatedAt: Date } | null,
) {
  return {
    orgId,
    defaultSharing: saved?.defaultSharing ?? DEFAULT_SHARING,
    availableLevels: [...AVAILABLE_SHARING_LEVELS],
    canChange: sharingPolicy.changeDefault(actor, orgId).allowed,
    updatedAt: saved?.updatedAt.toISOString() ?? null,
  };
}

export async function getOrgSharingDefault(deps: ServiceDeps, actor: Actor, orgId: string) {
  enforce(sharingPolicy.readDefault(actor, orgId), 'Organisationen hittades inte');
  return presentDefault(actor, orgId, await findOrgSharingDefault(deps.db, { orgId }));
}

/** Applies to reports filed from now on; reports already filed keep their level. */
export async function setOrgSharingDefault(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  defaultSharing: SharingLevel,
) {
  enforce(sharingPolicy.changeDefault(actor, orgId), 'Organisationen hittades inte');
  return deps.db.transaction(async (tx) => {
    const before = await findOrgSharingDefault(tx, { orgId });
    const saved = await saveOrgSharingDefault(tx, { orgId }, defaultSharing, actor.userId);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'incidents.sharing_default_changed',
      targetType: 'organisation',
      targetId: orgId,
      details: { from: before?.defaultSharing ?? DEFAULT_SHARING, to: defaultSharing },
    });
    return presentDefault(actor, orgId, saved);
  });
}
