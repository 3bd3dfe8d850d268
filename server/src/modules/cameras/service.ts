import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq, isNull } from 'drizzle-orm';
import { cameras } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { findUnit } from '../orgs/queries';
import { cameraPolicy } from './policy';
import { type CameraRow, cameraHasLog, findCamera, listOrgCameras, listUnitCameras } from './queries';

type CameraFields = Omit<
  typeof cameras.$inferInsert,
  'id' | 'orgId' | 'unitId' | 'createdAt' | 'updatedAt' | 'removedAt'
>;

const NOT_FOUND = 'Kameran hittades inte';

const present = ({ camera, unitName }: CameraRow) => ({
  id: camera.id,
  orgId: camera.orgId,
  unitId: camera.unitId,
  unitName,
  name: camera.name,
  placement: camera.placement,
  purpose: camera.purpose,
  signage: camera.signage,
  retentionDays: camera.retentionDays,
  accessHolders: camera.accessHolders,
  createdAt: camera.createdAt.toISOString(),
  updatedAt: camera.updatedAt.toISOString(),
  removedAt: camera.removedAt?.toISOString() ?? null,
});

async function requireUnit(deps: ServiceDeps, orgId: string, unitId: string) {
  const unit = await findUnit(deps.db, { orgId }, unitId);
  if (!unit) throw notFound('Enheten hittades inte');
  return unit;
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
    (page) => listUnitCameras(deps.db, { orgId }, unitId, page),
    (row) => row.camera.id,
    present,
  );
}

export async function listCamerasOfOrg(deps: ServiceDeps, actor: Actor, orgId: string, query: PageQuery) {
  enforce(cameraPolicy.read(actor, orgId), 'Organisationen hittades inte');
  return fetchPage(
    query,
    (page) => listOrgCameras(deps.db, { orgId }, page),
    (row) => row.camera.id,
    present,
  );
}

export async function getCamera(deps: ServiceDeps, actor: Actor, orgId: string, cameraId: string) {
  enforce(cameraPolicy.read(actor, orgId), NOT_FOUND);
  const row = await findCamera(deps.db, { orgId }, cameraId);
  if (!row) throw notFound(NOT_FOUND);
  return present(row);
}

export async function addCamera(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  unitId: string,
  fields: CameraFields,
) {
  enforce(cameraPolicy.manage(actor, orgId), 'Enheten hittades inte');
  const unit = await requireUnit(deps, orgId, unitId);
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
    return present({ camera, unitName: unit.name });
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
      .where(and(eq(cameras.orgId, orgId), eq(cameras.id, cameraId), isNull(cameras.removedAt)))
      .returning({ id: cameras.id });
    if (!camera) throw notFound(NOT_FOUND);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'camera.updated',
      targetType: 'camera',
      targetId: cameraId,
      details: { fields: Object.keys(fields) },
    });
    const row = await findCamera(tx, { orgId }, cameraId);
    if (!row) throw notFound(NOT_FOUND);
    return present(row);
  });
}

/**
 * A camera without a footage log leaves the register for good. One with a log is only marked as removed:
 * the log is evidence of who saw the footage and what was handed out, and must stay readable (CAM-3).
 */
export async function removeCamera(deps: ServiceDeps, actor: Actor, orgId: string, cameraId: string) {
  enforce(cameraPolicy.manage(actor, orgId), NOT_FOUND);
  await deps.db.transaction(async (tx) => {
    const scope = and(eq(cameras.orgId, orgId), eq(cameras.id, cameraId), isNull(cameras.removedAt));
    const keepsLog = await cameraHasLog(tx, { orgId }, cameraId);
    const [removed] = keepsLog
      ? await tx.update(cameras).set({ removedAt: new Date() }).where(scope).returning({ id: cameras.id })
      : await tx.delete(cameras).where(scope).returning({ id: cameras.id });
    if (!removed) throw notFound(NOT_FOUND);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'camera.removed',
      targetType: 'camera',
      targetId: cameraId,
      details: { logKept: keepsLog },
    });
  });
}
