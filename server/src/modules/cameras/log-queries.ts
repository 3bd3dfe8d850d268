import { and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { cameraLogEntries, incidents, users } from '../../db/schema';

type Scope = { orgId: string; cameraId: string };

function selectEntries(db: Queryable, where: SQL | undefined) {
  return db
    .select({
      entry: cameraLogEntries,
      recordedByName: users.name,
      incident: { id: incidents.id, type: incidents.type, occurredAt: incidents.occurredAt },
      supersededBy: sql<
        string | null
      >`(select later.id from camera_log_entries later where later.supersedes = ${cameraLogEntries.id} limit 1)`,
    })
    .from(cameraLogEntries)
    .leftJoin(users, eq(users.id, cameraLogEntries.recordedBy))
    .leftJoin(
      incidents,
      and(
        eq(incidents.id, cameraLogEntries.incidentId),
        eq(incidents.orgId, cameraLogEntries.orgId),
        isNull(incidents.deletedAt),
      ),
    )
    .where(where);
}

export type CameraLogRow = Awaited<ReturnType<typeof listCameraLog>>[number];

const inCamera = (scope: Scope) =>
  and(eq(cameraLogEntries.orgId, scope.orgId), eq(cameraLogEntries.cameraId, scope.cameraId));

/** Newest first: the latest access or decision is what a manager looks for. */
export function listCameraLog(db: Queryable, scope: Scope, page: { limit: number; afterId: string | null }) {
  return selectEntries(
    db,
    and(inCamera(scope), page.afterId ? lt(cameraLogEntries.id, page.afterId) : undefined),
  )
    .orderBy(desc(cameraLogEntries.id))
    .limit(page.limit + 1);
}

export async function findCameraLogEntry(db: Queryable, scope: Scope, entryId: string) {
  const [row] = await selectEntries(db, and(inCamera(scope), eq(cameraLogEntries.id, entryId)));
  return row ?? null;
}

export async function findIncidentInOrg(db: Queryable, scope: { orgId: string }, incidentId: string) {
  const [row] = await db
    .select({ id: incidents.id })
    .from(incidents)
    .where(and(eq(incidents.orgId, scope.orgId), eq(incidents.id, incidentId), isNull(incidents.deletedAt)));
  return row ?? null;
}
