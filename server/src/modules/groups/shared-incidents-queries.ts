import { and, desc, eq, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { groupMembers, groupSharedIncidents, groups, incidents, units } from '../../db/schema';

/** A share counts while its report exists and its organisation still lets it reach groups. */
const stillShared = and(isNull(incidents.deletedAt), eq(incidents.sharing, 'groups'));

/** One page of a group's shared reports, newest share first, with only what a summary is made of. */
export function listGroupSharedIncidents(
  db: Queryable,
  groupId: string,
  page: { limit: number; afterId: string | null },
) {
  return db
    .select({
      share: groupSharedIncidents,
      incident: {
        orgId: incidents.orgId,
        type: incidents.type,
        severity: incidents.severity,
        occurredAt: incidents.occurredAt,
        latitude: incidents.latitude,
        longitude: incidents.longitude,
        description: incidents.description,
        answers: incidents.answers,
      },
      municipalityCode: units.municipalityCode,
    })
    .from(groupSharedIncidents)
    .innerJoin(incidents, eq(incidents.id, groupSharedIncidents.incidentId))
    .leftJoin(units, eq(units.id, incidents.unitId))
    .where(
      and(
        eq(groupSharedIncidents.groupId, groupId),
        stillShared,
        page.afterId ? lt(groupSharedIncidents.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(groupSharedIncidents.id))
    .limit(page.limit + 1);
}

export type SharedIncidentRow = Awaited<ReturnType<typeof listGroupSharedIncidents>>[number];

/** The groups a report is shared into, for its organisation's view. */
export function listSharesOfIncident(db: Queryable, incidentId: string) {
  return db
    .select({ share: groupSharedIncidents, groupName: groups.name })
    .from(groupSharedIncidents)
    .innerJoin(groups, eq(groups.id, groupSharedIncidents.groupId))
    .where(eq(groupSharedIncidents.incidentId, incidentId))
    .orderBy(groupSharedIncidents.id);
}

/**
 * The groups the user may share a report into: theirs, not banned, not archived, where members may share or
 * they are an admin, and where the report is not already.
 */
export function listShareableGroups(db: Queryable, userId: string, incidentId: string) {
  return db
    .select({ id: groups.id, name: groups.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(
      and(
        eq(groupMembers.userId, userId),
        isNull(groupMembers.bannedAt),
        isNull(groups.archivedAt),
        or(eq(groups.membersMayShareIncidents, true), eq(groupMembers.role, 'admin')),
        notExists(
          db
            .select({ one: sql`1` })
            .from(groupSharedIncidents)
            .where(
              and(
                eq(groupSharedIncidents.groupId, groups.id),
                eq(groupSharedIncidents.incidentId, incidentId),
              ),
            ),
        ),
      ),
    )
    .orderBy(groups.name);
}

export async function findShare(db: Queryable, groupId: string, shareId: string) {
  const [row] = await db
    .select({ share: groupSharedIncidents, reporterId: incidents.reporterId })
    .from(groupSharedIncidents)
    .innerJoin(incidents, eq(incidents.id, groupSharedIncidents.incidentId))
    .where(and(eq(groupSharedIncidents.groupId, groupId), eq(groupSharedIncidents.id, shareId), stillShared));
  return row ?? null;
}

/** When a report's level drops below groups, it leaves every group at once. */
export function removeSharesOfIncident(db: Queryable, incidentId: string) {
  return db.delete(groupSharedIncidents).where(eq(groupSharedIncidents.incidentId, incidentId));
}
