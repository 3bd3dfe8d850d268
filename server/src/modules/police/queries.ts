import { and, count, desc, eq, ne } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import {
  cameras,
  incidentAttachments,
  incidentEvents,
  incidents,
  organisations,
  policeReports,
  units,
  users,
} from '../../db/schema';

export type PoliceReportRow = typeof policeReports.$inferSelect;

/** Everything a police report is built from besides the incident itself. */
export async function loadPayloadSources(
  db: Queryable,
  incident: { id: string; orgId: string; unitId: string | null; cameraId: string | null },
  contactUserId: string,
) {
  const [org] = await db
    .select({ name: organisations.name, orgNumber: organisations.orgNumber })
    .from(organisations)
    .where(eq(organisations.id, incident.orgId));
  const [contact] = await db
    .select({ name: users.name, email: users.email, phone: users.phone })
    .from(users)
    .where(eq(users.id, contactUserId));
  const [unit] = incident.unitId
    ? await db
        .select({
          name: units.name,
          street: units.street,
          postalCode: units.postalCode,
          city: units.city,
          municipalityCode: units.municipalityCode,
          latitude: units.latitude,
          longitude: units.longitude,
        })
        .from(units)
        .where(and(eq(units.orgId, incident.orgId), eq(units.id, incident.unitId)))
    : [];
  const [camera] = incident.cameraId
    ? await db
        .select({ name: cameras.name, placement: cameras.placement, retentionDays: cameras.retentionDays })
        .from(cameras)
        .where(and(eq(cameras.orgId, incident.orgId), eq(cameras.id, incident.cameraId)))
    : [];
  const [attachments] = await db
    .select({ n: count() })
    .from(incidentAttachments)
    .where(
      and(eq(incidentAttachments.orgId, incident.orgId), eq(incidentAttachments.incidentId, incident.id)),
    );
  if (!org || !contact) throw new Error('organisation or contact of a police report is missing');
  return {
    org,
    contact,
    unit: unit ?? null,
    camera: camera ?? null,
    attachmentCount: Number(attachments?.n ?? 0),
  };
}
export type PayloadSources = Awaited<ReturnType<typeof loadPayloadSources>>;

/** The newest police report of an incident (an active one, or the last that failed), with its sender's name. */
export async function findLatestPoliceReport(db: Queryable, scope: { orgId: string }, incidentId: string) {
  const [row] = await db
    .select({ report: policeReports, requestedByName: users.name })
    .from(policeReports)
    .leftJoin(users, eq(users.id, policeReports.requestedBy))
    .where(and(eq(policeReports.orgId, scope.orgId), eq(policeReports.incidentId, incidentId)))
    .orderBy(desc(policeReports.id))
    .limit(1);
  return row ?? null;
}

/** Serialises sending and confirming per incident: two clicks cannot both create a police report. */
export async function lockIncident(tx: Queryable, id: string) {
  await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, id)).for('update');
}

export async function findActivePoliceReport(tx: Queryable, scope: { orgId: string }, incidentId: string) {
  const [row] = await tx
    .select()
    .from(policeReports)
    .where(
      and(
        eq(policeReports.orgId, scope.orgId),
        eq(policeReports.incidentId, incidentId),
        ne(policeReports.state, 'failed'),
      ),
    );
  return row ?? null;
}

/** Records the police's K-nummer on the incident, with the history event every change gets. */
export async function setIncidentKNumber(
  tx: Queryable,
  incident: { id: string; orgId: string; kNumber: string | null },
  kNumber: string,
  actorId: string | null,
) {
  await tx
    .update(incidents)
    .set({ kNumber, updatedAt: new Date() })
    .where(and(eq(incidents.orgId, incident.orgId), eq(incidents.id, incident.id)));
  if (incident.kNumber === kNumber) return;
  await tx.insert(incidentEvents).values({
    orgId: incident.orgId,
    incidentId: incident.id,
    actorId,
    kind: 'updated',
    changes: { kNumber: { from: incident.kNumber, to: kNumber } },
  });
}
