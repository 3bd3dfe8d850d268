import { and, count, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { incidentAttachments, incidentEvents, incidents, users } from '../../db/schema';

export type AttachmentRow = typeof incidentAttachments.$inferSelect;
export type NewAttachment = typeof incidentAttachments.$inferInsert & { id: string };

/** The report by id alone (deleted ones excluded): the caller must ask the policy before showing anything. */
export async function findIncidentUnsafe(db: Queryable, incidentId: string) {
  const [row] = await db
    .select()
    .from(incidents)
    .where(and(eq(incidents.id, incidentId), isNull(incidents.deletedAt)));
  return row ?? null;
}

/** One attachment with its report in one round trip, as every served file needs both. */
export async function findAttachmentWithIncidentUnsafe(
  db: Queryable,
  incidentId: string,
  attachmentId: string,
) {
  const [row] = await db
    .select({ attachment: incidentAttachments, incident: incidents })
    .from(incidentAttachments)
    .innerJoin(incidents, eq(incidents.id, incidentAttachments.incidentId))
    .where(
      and(
        eq(incidentAttachments.id, attachmentId),
        eq(incidentAttachments.incidentId, incidentId),
        isNull(incidents.deletedAt),
      ),
    );
  return row ?? null;
}

export async function listAttachments(db: Queryable, scope: { orgId: string }, incidentId: string) {
  return db
    .select({ attachment: incidentAttachments, uploaderName: users.name })
    .from(incidentAttachments)
    .leftJoin(users, eq(users.id, incidentAttachments.uploadedBy))
    .where(and(eq(incidentAttachments.orgId, scope.orgId), eq(incidentAttachments.incidentId, incidentId)))
    .orderBy(incidentAttachments.id);
}

export async function countAttachments(db: Queryable, scope: { orgId: string }, incidentId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(incidentAttachments)
    .where(and(eq(incidentAttachments.orgId, scope.orgId), eq(incidentAttachments.incidentId, incidentId)));
  return row?.n ?? 0;
}

export async function insertAttachment(db: Queryable, values: NewAttachment) {
  const [row] = await db.insert(incidentAttachments).values(values).returning();
  if (!row) throw new Error('attachment insert returned no row');
  return row;
}

export async function deleteAttachment(db: Queryable, scope: { orgId: string }, attachmentId: string) {
  await db
    .delete(incidentAttachments)
    .where(and(eq(incidentAttachments.orgId, scope.orgId), eq(incidentAttachments.id, attachmentId)));
}

/**
 * The report's history (INC-4) notes an added or removed file as a change to the report: by id and type,
 * not by the uploader's file name, as the history keeps no free text.
 */
export async function recordAttachmentEvent(
  db: Queryable,
  incident: { id: string; orgId: string },
  actorId: string,
  change: { added: string } | { removed: string },
  contentType: string,
) {
  await db.insert(incidentEvents).values({
    orgId: incident.orgId,
    incidentId: incident.id,
    actorId,
    kind: 'updated',
    changes: { attachment: { ...change, contentType } },
  });
}
