import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq } from 'drizzle-orm';
import { units } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { orgPolicy } from './policy';
import { presentUnit } from './presenters';
import { findUnit, listUnits as queryUnits } from './queries';

const UNIT_NOT_FOUND = 'Enheten hittades inte';
const ORG_NOT_FOUND = 'Organisationen hittades inte';

export type UnitFields = {
  name?: string | undefined;
  street?: string | null | undefined;
  postalCode?: string | null | undefined;
  city?: string | null | undefined;
  municipalityCode?: string | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

const normalizePostalCode = (code: string | null | undefined) =>
  code ? `${code.replace(/\s/g, '').slice(0, 3)} ${code.replace(/\s/g, '').slice(3)}` : code;

function columnsOf(fields: UnitFields) {
  const values: Partial<typeof units.$inferInsert> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (values as Record<string, unknown>)[key] = value;
  }
  if (fields.postalCode !== undefined) values.postalCode = normalizePostalCode(fields.postalCode) ?? null;
  return values;
}

export async function listUnits(deps: ServiceDeps, actor: Actor, orgId: string, query: PageQuery) {
  enforce(orgPolicy.readUnits(actor, orgId), ORG_NOT_FOUND);
  return fetchPage(
    query,
    (page) => queryUnits(deps.db, { orgId }, page),
    (row) => row.id,
    presentUnit,
  );
}

export async function getUnit(deps: ServiceDeps, actor: Actor, orgId: string, unitId: string) {
  enforce(orgPolicy.readUnits(actor, orgId), UNIT_NOT_FOUND);
  const unit = await findUnit(deps.db, { orgId }, unitId);
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  return presentUnit(unit);
}

export async function createUnit(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  fields: UnitFields & { name: string; municipalityCode: string },
) {
  enforce(orgPolicy.manageUnits(actor, orgId), ORG_NOT_FOUND);
  return deps.db.transaction(async (tx) => {
    const [unit] = await tx
      .insert(units)
      .values({ ...columnsOf(fields), orgId, name: fields.name, municipalityCode: fields.municipalityCode })
      .returning();
    if (!unit) throw new Error('insert returned no row');
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'unit.created',
      targetType: 'unit',
      targetId: unit.id,
    });
    return presentUnit(unit);
  });
}

export async function updateUnit(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  unitId: string,
  fields: UnitFields,
) {
  enforce(orgPolicy.manageUnits(actor, orgId), UNIT_NOT_FOUND);
  return deps.db.transaction(async (tx) => {
    const [unit] = await tx
      .update(units)
      .set({ ...columnsOf(fields), updatedAt: new Date() })
      .where(and(eq(units.orgId, orgId), eq(units.id, unitId)))
      .returning();
    if (!unit) throw notFound(UNIT_NOT_FOUND);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'unit.updated',
      targetType: 'unit',
      targetId: unitId,
      details: { fields: Object.keys(fields) },
    });
    return presentUnit(unit);
  });
}

export async function deleteUnit(deps: ServiceDeps, actor: Actor, orgId: string, unitId: string) {
  enforce(orgPolicy.manageUnits(actor, orgId), UNIT_NOT_FOUND);
  await deps.db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(units)
      .where(and(eq(units.orgId, orgId), eq(units.id, unitId)))
      .returning({ id: units.id });
    if (!deleted) throw notFound(UNIT_NOT_FOUND);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'unit.deleted',
      targetType: 'unit',
      targetId: unitId,
    });
  });
}
