import type { SharingLevel } from '@vaksam/domain/incidents/sharing';
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { orgIncidentSettings } from '../../db/schema';

export async function findOrgSharingDefault(db: Queryable, scope: { orgId: string }) {
  const [row] = await db
    .select({ defaultSharing: orgIncidentSettings.defaultSharing, updatedAt: orgIncidentSettings.updatedAt })
    .from(orgIncidentSettings)
    .where(eq(orgIncidentSettings.orgId, scope.orgId));
  return row ?? null;
}

export async function saveOrgSharingDefault(
  db: Queryable,
  scope: { orgId: string },
  defaultSharing: SharingLevel,
  updatedBy: string,
) {
  const [row] = await db
    .insert(orgIncidentSettings)
    .values({ orgId: scope.orgId, defaultSharing, updatedBy })
    .onConflictDoUpdate({
      target: orgIncidentSettings.orgId,
      set: { defaultSharing, updatedBy, updatedAt: sql`now()` },
    })
    .returning({
      defaultSharing: orgIncidentSettings.defaultSharing,
      updatedAt: orgIncidentSettings.updatedAt,
    });
  if (!row) throw new Error('upsert returned no row');
  return row;
}
