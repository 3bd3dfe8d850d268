import { and, desc, eq, gte, ilike, inArray, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { incidentEvents, incidents, organisations, units, users } from '../../db/schema';

const incidentColumns = {
  incident: incidents,
  orgName: organisations.name,
  unitName: units.name,
  reporterName: users.name,
};

function selectIncidents(db: Queryable) {
  return db
    .select(incidentColumns)
    .from(incidents)
    .innerJoin(organisations, eq(organisations.id, incidents.orgId))
    .leftJoin(units, eq(units.id, incidents.unitId))
    .leftJoin(users, eq(users.id, incidents.reporterId));
}

export type IncidentRow = Awaited<ReturnType<typeof findIncidentUnsafe>> & {};

/** By id alone: the caller must run the result through incidentPolicy before showing anything. */
export async function findIncidentUnsafe(db: Queryable, id: string) {
  const [row] = await selectIncidents(db).where(and(eq(incidents.id, id), isNull(incidents.deletedAt)));
  return row ?? null;
}

export type IncidentFilters = {
  orgId?: string | undefined;
  unitId?: string | undefined;
  type?: string | undefined;
  status?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
};

/**
 * The reports an actor may list: all of the organisations they manage, and their own anywhere.
 * Newest first; the cursor is the id of the last row seen (UUIDv7 ids sort by creation).
 */
export async function listVisibleIncidents(
  db: Queryable,
  scope: { userId: string; managedOrgIds: string[]; onlyOwn: boolean },
  filters: IncidentFilters,
  page: { limit: number; beforeId: string | null },
) {
  const visibility: SQL | undefined =
    scope.onlyOwn || scope.managedOrgIds.length === 0
      ? eq(incidents.reporterId, scope.userId)
      : or(inArray(incidents.orgId, scope.managedOrgIds), eq(incidents.reporterId, scope.userId));
  const escaped = filters.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return selectIncidents(db)
    .where(
      and(
        visibility,
        isNull(incidents.deletedAt),
        filters.orgId ? eq(incidents.orgId, filters.orgId) : undefined,
        filters.unitId ? eq(incidents.unitId, filters.unitId) : undefined,
        filters.type ? eq(incidents.type, filters.type) : undefined,
        filters.status ? eq(incidents.status, filters.status) : undefined,
        filters.from ? gte(incidents.occurredAt, new Date(filters.from)) : undefined,
        filters.to ? lte(incidents.occurredAt, new Date(filters.to)) : undefined,
        escaped ? ilike(incidents.description, `%${escaped}%`) : undefined,
        page.beforeId ? lt(incidents.id, page.beforeId) : undefined,
      ),
    )
    .orderBy(desc(incidents.id))
    .limit(page.limit + 1);
}

export async function listIncidentEvents(db: Queryable, scope: { orgId: string }, incidentId: string) {
  return db
    .select({ event: incidentEvents, actorName: users.name })
    .from(incidentEvents)
    .leftJoin(users, eq(users.id, incidentEvents.actorId))
    .where(and(eq(incidentEvents.orgId, scope.orgId), eq(incidentEvents.incidentId, incidentId)))
    .orderBy(incidentEvents.id);
}

export async function findUnitInOrg(db: Queryable, scope: { orgId: string }, unitId: string) {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.orgId, scope.orgId), eq(units.id, unitId)));
  return row ?? null;
}
