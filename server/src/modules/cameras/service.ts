import type { PageQuery } from '@vaksam/domain/pagination';
import { and, asc, eq, gt } from 'drizzle-orm';
import { cameras } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { findUnit } from '../orgs/queries';
import { cameraPolicy } from './policy';

type CameraRow = typeof cameras.$inferSelect;
type CameraFields = Omit<typeof cameras.$inferInsert, 'id' | 'orgId' | 'unitId' | 'createdAt' | 'updatedAt'>;

const NOT_FOUND = 'Kameran hittades inte';

const present = (camera: CameraRow) => ({
  id: camera.id,
  orgId: camera.orgId,
  unitId: camera.unitId,
  name: camera.name,
  placement: camera.placement,
  purpose: camera.purpose,
  signage: camera.signage,
  retentionDays: camera.retentionDays,
  accessHolders: camera.accessHolders,
  createdAt: camera.createdAt.toISOString(),
  updatedAt: camera.updatedAt.toISOString(),
});

async function requireUnit(deps: ServiceDeps, orgId: string, unitId: string) {
  if (!(await findUnit(deps.db, { orgId }, unitId))) throw notFound('Enheten hittades inte');
}

export async function listCameras(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  unitId: string,
  query: PageQuery,
) {
  enforce(cameraPolicy.read(actor, orgId), 'Enheten hittades inte');
  await requireUnit(deps, orgId, unitId);
  return fetchPage(
    query,
    (page) =>
      deps.db
        .select()
        .from(cameras)
        .where(
          and(
            eq(cameras.orgId, orgId),
            eq(cameras.unitId, unitId),
            page.afterId ? gt(cameras.id, page.afterId) : undefined,
          ),
        )
        .orderBy(asc(cameras.id))
        .limit(page.limit + 1),
    (row) => row.id,
    present,
  );
}

export async function addCamera(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  unitId: string,
  fields: CameraFields,
) {
  enforce(cameraPolicy.manage(actor, orgId), 'Enheten hittades inte');
  await requireUnit(deps, orgId, unitId);
  return deps.db.transaction(async (tx) => {
    const [camera] = await tx
      .insert(cameras)
      .values({ ...fields, orgId, unitId })
      .returning();
    if (!camera) throw new Error('insert returned no row');
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'camera.added',
      targetType: 'camera',
      targetId: camera.id,
    });
    return present(camera);
  });
}

export async function updateCamera(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  cameraId: string,
  fields: Partial<CameraFields>,
) {
  enforce(cameraPolicy.manage(actor, orgId), NOT_FOUND);
  return deps.db.transaction(async (tx) => {
    const [camera] = await tx
      .update(cameras)
      .set({ ...fields, updatedAt: new Date() })
      .where(and(eq(cameras.orgId, orgId), eq(cameras.id, cameraId)))
      .returning();
    if (!camera) throw notFound(NOT_FOUND);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'camera.updated',
      targetType: 'camera',
      targetId: cameraId,
      details: { fields: Object.keys(fields) },
    });
    return present(camera);
  });
}

export async function removeCamera(deps: ServiceDeps, actor: Actor, orgId: string, cameraId: string) {
  enforce(cameraPolicy.manage(actor, orgId), NOT_FOUND);
  await deps.db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(cameras)
      .where(and(eq(cameras.orgId, orgId), eq(cameras.id, cameraId)))
      .returning({ id: cameras.id });
    if (!removed) throw notFound(NOT_FOUND);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'camera.removed',
      targetType: 'camera',
      targetId: cameraId,
    });
  });
}
