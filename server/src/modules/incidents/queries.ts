import { createHash } from 'node:crypto';
import { DEFAULT_SHARING, type SharingLevel } from '@vaksam/domain/incidents/sharing';
import { and, desc, eq, gte, ilike, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { cameras, incidentEvents, incidents, organisations, units, users } from '../../db/schema';
import { outboxInsert } from '../../platform/outbox';

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

type Visibility = 'own' | 'whole-org' | 'managed-or-own';
const FILTER_KEYS = ['orgId', 'unitId', 'type', 'status', 'from', 'to', 'q'] as const;
type ListScope = { userId: string; managedOrgIds: string[]; onlyOwn: boolean };

/**
 * The list's WHERE clause with placeholders (filled by `listParameters`): which reports the actor may see,
 * and the filters that are set. The map (map-queries.ts) shares it, so both always show the same reports.
 */
export function listConditions(visibility: Visibility, present: Set<string>): (SQL | undefined)[] {
  const p = sql.placeholder;
  const own = eq(incidents.reporterId, p('userId'));
  // Kept to one indexable condition where possible: an OR across org and reporter defeats the (org, status, id) index.
  const visible =
    visibility === 'own'
      ? own
      : visibility === 'whole-org'
        ? undefined
        : or(sql`${incidents.orgId} = any(${p('managed')}::uuid[])`, own);
  return [
    visible,
    isNull(incidents.deletedAt),
    present.has('orgId') ? eq(incidents.orgId, p('orgId')) : undefined,
    present.has('unitId') ? eq(incidents.unitId, p('unitId')) : undefined,
    present.has('type') ? eq(incidents.type, p('type')) : undefined,
    present.has('status') ? eq(incidents.status, p('status')) : undefined,
    present.has('from') ? gte(incidents.occurredAt, p('from')) : undefined,
    present.has('to') ? lte(incidents.occurredAt, p('to')) : undefined,
    present.has('q') ? ilike(incidents.description, p('q')) : undefined,
  ];
}

function buildListQuery(db: Queryable, visibility: Visibility, present: Set<string>, after: boolean) {
  const p = sql.placeholder;
  return selectIncidents(db)
    .where(and(...listConditions(visibility, present), after ? lt(incidents.id, p('beforeId')) : undefined))
    .orderBy(desc(incidents.id))
    .limit(p('limit'));
}

/** Which visibility and filters a request uses: each combination is its own prepared statement. */
export function listVariant(scope: ListScope, filters: IncidentFilters) {
  const filteredOrgIsManaged = filters.orgId !== undefined && scope.managedOrgIds.includes(filters.orgId);
  const visibility: Visibility = scope.onlyOwn
    ? 'own'
    : filteredOrgIsManaged
      ? 'whole-org'
      : filters.orgId !== undefined || scope.managedOrgIds.length === 0
        ? 'own'
        : 'managed-or-own';
  const present = new Set<string>(
    FILTER_KEYS.filter((key) => filters[key] !== undefined && filters[key] !== ''),
  );
  return { visibility, present, key: `${visibility}:${[...present].join(',')}` };
}

/** The values of the placeholders in `listConditions`. */
export function listParameters(scope: ListScope, filters: IncidentFilters) {
  const escaped = filters.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return {
    userId: scope.userId,
    managed: scope.managedOrgIds,
    orgId: filters.orgId,
    unitId: filters.unitId,
    type: filters.type,
    status: filters.status,
    from: filters.from ? new Date(filters.from) : undefined,
    to: filters.to ? new Date(filters.to) : undefined,
    q: escaped ? `%${escaped}%` : undefined,
  };
}

type ListStatement = ReturnType<ReturnType<typeof buildListQuery>['prepare']>;
const listStatements = new WeakMap<object, Map<string, ListStatement>>();

/**
 * The reports an actor may list: all of the organisations they manage, and their own anywhere.
 * Newest first; the cursor is the id of the last row seen (UUIDv7 ids sort by creation).
 * Each combination of filters is a named prepared statement, planned once per connection: planning the
 * four-table join cost twice as much as running it.
 */
export async function listVisibleIncidents(
  db: Queryable,
  scope: ListScope,
  filters: IncidentFilters,
  page: { limit: number; beforeId: string | null },
) {
  const { visibility, present, key } = listVariant(scope, filters);
  const variant = `${key}:${page.beforeId ? 'after' : 'first'}`;
  let statements = listStatements.get(db);
  if (!statements) {
    statements = new Map();
    listStatements.set(db, statements);
  }
  let statement = statements.get(variant);
  if (!statement) {
    statement = buildListQuery(db, visibility, present, page.beforeId !== null).prepare(
      `incidents_list_${createHash('sha1').update(variant).digest('hex').slice(0, 16)}`,
    );
    statements.set(variant, statement);
  }
  return statement.execute({
    ...listParameters(scope, filters),
    beforeId: page.beforeId,
    limit: page.limit + 1,
  });
}

export type NewIncident = typeof incidents.$inferInsert & { id: string; orgId: string; reporterId: string };

/**
 * Inserts the report and its 'created' history event in one statement:
 * a data-modifying CTE is atomic on its own, so the common case needs one round trip and no transaction.
 */
/**
 * The report, its "created" event and the outbox row for the work it causes, in one statement: atomic
 * without a transaction, and one round trip for the reporter on a phone.
 */
export async function insertIncidentWithEvent(
  db: Queryable,
  values: NewIncident,
  eventId: string,
  names: { orgName: string; unitName: string | null; reporterName: string },
  followUp: { jobName: string; payload: (incidentId: SQL) => SQL },
): Promise<IncidentRow> {
  const result = await db.execute(sql`
    with inserted as (
      insert into incidents (id, org_id, unit_id, reporter_id, type, severity, occurred_at, latitude, longitude, description, answers, form_version, k_number, camera_id, sharing)
      values (${values.id}, ${values.orgId}, ${values.unitId ?? null}, ${values.reporterId}, ${values.type}, ${values.severity ?? 'disturbance'},
              ${values.occurredAt}, ${values.latitude ?? null}, ${values.longitude ?? null}, ${values.description},
              ${JSON.stringify(values.answers ?? {})}::jsonb, ${values.formVersion}, ${values.kNumber ?? null}, ${values.cameraId ?? null},
              -- INC-10: the default of the organisation, read in the same statement so filing stays one round trip.
              coalesce((select default_sharing from org_incident_settings where org_id = ${values.orgId}), ${DEFAULT_SHARING}))
      returning *
    ), event as (
      insert into incident_events (id, org_id, incident_id, actor_id, kind)
      select ${eventId}, org_id, id, reporter_id, 'created' from inserted
    ), follow_up as (
      ${outboxInsert(followUp.jobName, followUp.payload(sql`id`), sql`inserted`)}
    )
    select * from inserted`);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0];
  if (!row) throw new Error('insert returned no row');
  const date = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));
  return {
    incident: {
      id: row.id as string,
      orgId: row.org_id as string,
      unitId: (row.unit_id as string | null) ?? null,
      reporterId: (row.reporter_id as string | null) ?? null,
      type: row.type as string,
      severity: row.severity as string,
      status: row.status as string,
      occurredAt: date(row.occurred_at),
      latitude: (row.latitude as number | null) ?? null,
      longitude: (row.longitude as number | null) ?? null,
      description: row.description as string,
      answers: (typeof row.answers === 'string' ? JSON.parse(row.answers) : row.answers) as Record<
        string,
        unknown
      >,
      formVersion: Number(row.form_version),
      kNumber: (row.k_number as string | null) ?? null,
      cameraId: (row.camera_id as string | null) ?? null,
      sharing: row.sharing as SharingLevel,
      createdAt: date(row.created_at),
      updatedAt: date(row.updated_at),
      deletedAt: null,
    },
    ...names,
  };
}

export async function listIncidentEvents(db: Queryable, scope: { orgId: string }, incidentId: string) {
  return db
    .select({ event: incidentEvents, actorName: users.name })
    .from(incidentEvents)
    .leftJoin(users, eq(users.id, incidentEvents.actorId))
    .where(and(eq(incidentEvents.orgId, scope.orgId), eq(incidentEvents.incidentId, incidentId)))
    .orderBy(incidentEvents.id);
}

export async function findCameraInOrg(db: Queryable, scope: { orgId: string }, cameraId: string) {
  const [row] = await db
    .select({ id: cameras.id, name: cameras.name, retentionDays: cameras.retentionDays })
    .from(cameras)
    .where(and(eq(cameras.orgId, scope.orgId), eq(cameras.id, cameraId), isNull(cameras.removedAt)));
  return row ?? null;
}

export async function findUnitInOrg(db: Queryable, scope: { orgId: string }, unitId: string) {
  const [row] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.orgId, scope.orgId), eq(units.id, unitId)));
  return row ?? null;
}
