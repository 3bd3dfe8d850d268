import { and, asc, eq, gt, isNull, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { cameraLogEntries, cameras, units } from '../../db/schema';

export type CameraRow = { camera: typeof cameras.$inferSelect; unitName: string };

function selectCameras(db: Queryable, where: SQL | undefined) {
  return db
    .select({ camera: cameras, unitName: units.name })
    .from(cameras)
    .innerJoin(units, eq(units.id, cameras.unitId))
    .where(where);
}

/** One camera of the organisation, also one taken out of the register (its log is still read). */
export async function findCamera(db: Queryable, scope: { orgId: string }, cameraId: string) {
  const [row] = await selectCameras(db, and(eq(cameras.orgId, scope.orgId), eq(cameras.id, cameraId)));
  return row ?? null;
}

/** The register of one unit: only cameras in use, since reports name a camera from it. */
export function listUnitCameras(
  db: Queryable,
  scope: { orgId: string },
  unitId: string,
  page: { limit: number; afterId: string | null },
) {
  return selectCameras(
    db,
    and(
      eq(cameras.orgId, scope.orgId),
      eq(cameras.unitId, unitId),
      isNull(cameras.removedAt),
      page.afterId ? gt(cameras.id, page.afterId) : undefined,
    ),
  )
    .orderBy(asc(cameras.id))
    .limit(page.limit + 1);
}

/** The whole register of the organisation, with the cameras taken out of it whose logs are kept. */
export function listOrgCameras(
  db: Queryable,
  scope: { orgId: string },
  page: { limit: number; afterId: string | null },
) {
  return selectCameras(
    db,
    and(eq(cameras.orgId, scope.orgId), page.afterId ? gt(cameras.id, page.afterId) : undefined),
  )
    .orderBy(asc(cameras.id))
    .limit(page.limit + 1);
}

export async function cameraHasLog(db: Queryable, scope: { orgId: string }, cameraId: string) {
  const [row] = await db
    .select({ id: cameraLogEntries.id })
    .from(cameraLogEntries)
    .where(and(eq(cameraLogEntries.orgId, scope.orgId), eq(cameraLogEntries.cameraId, cameraId)))
    .limit(1);
  return Boolean(row);
}
