import { createHash } from 'node:crypto';
import { LIST_DESCRIPTION_MAX } from '@vaksam/domain/incidents/api';
import { DEFAULT_SHARING, type SharingLevel } from '@vaksam/domain/incidents/sharing';
import { and, desc, eq, gte, ilike, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { isoFromTimestampText, type PreparedRows, prepareRows } from '../../db/prepared';
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

type ListFields = Parameters<Queryable['select']>[0] & {};

function buildListQuery(
  db: Queryable,
  fields: ListFields,
  visibility: Visibility,
  present: Set<string>,
  after: boolean,
) {
  const p = sql.placeholder;
  return db
    .select(fields)
    .from(incidents)
    .innerJoin(organisations, eq(organisations.id, incidents.orgId))
    .leftJoin(units, eq(units.id, incidents.unitId))
    .leftJoin(users, eq(users.id, incidents.reporterId))
    .where(and(...listConditions(visibility, present), after ? lt(incidents.id, p('beforeId')) : undefined))
    .orderBy(desc(incidents.id))
    .limit(p('limit'));
}

/**
 * What a list row needs, and no more: the list is the page managers open most, and parsing and mapping the
 * whole report (answers, sharing, …) cost the server more than the query itself (decision 017). The
 * description is cut in SQL one character past the list's limit, so the presenter still sees that it is longer.
 */
const summaryColumns = {
  incident: {
    id: incidents.id,
    orgId: incidents.orgId,
    unitId: incidents.unitId,
    reporterId: incidents.reporterId,
    type: incidents.type,
    severity: incidents.severity,
    status: incidents.status,
    occurredAt: incidents.occurredAt,
    latitude: incidents.latitude,
    longitude: incidents.longitude,
    description: sql<string>`left(${incidents.description}, ${sql.raw(String(LIST_DESCRIPTION_MAX + 1))})`,
    kNumber: incidents.kNumber,
    createdAt: incidents.createdAt,
  },
  orgName: organisations.name,
  unitName: units.name,
  reporterName: users.name,
};

/** A row of `summaryColumns` as the array the driver returns: drizzle selects nested fields in declared order. */
function summaryFromRow(row: unknown[]): SummaryRow {
  return {
    incident: {
      id: row[0] as string,
      orgId: row[1] as string,
      unitId: row[2] as string | null,
      reporterId: row[3] as string | null,
      type: row[4] as string,
      severity: row[5] as string,
      status: row[6] as string,
      occurredAt: isoFromTimestampText(row[7] as string),
      latitude: row[8] as number | null,
      longitude: row[9] as number | null,
      description: row[10] as string,
      kNumber: row[11] as string | null,
      createdAt: isoFromTimestampText(row[12] as string),
    },
    orgName: row[13] as string,
    unitName: row[14] as string | null,
    reporterName: row[15] as string | null,
  };
}

type ListShape = 'rows' | 'summaries';

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

type Page = { limit: number; beforeId: string | null };
const listStatements = new WeakMap<object, Map<string, PreparedRows<unknown>>>();

/**
 * The reports an actor may list: all of the organisations they manage, and their own anywhere.
 * Newest first; the cursor is the id of the last row seen (UUIDv7 ids sort by creation).
 * Each combination of filters is a named prepared statement, planned once per connection: planning the
 * four-table join cost twice as much as running it.
 */
async function listVisible<R>(
  db: Queryable,
  shape: ListShape,
  scope: ListScope,
  filters: IncidentFilters,
  page: Page,
): Promise<R[]> {
  const { visibility, present, key } = listVariant(scope, filters);
  const variant = `${shape}:${key}:${page.beforeId ? 'after' : 'first'}`;
  let statements = listStatements.get(db);
  if (!statements) {
    statements = new Map();
    listStatements.set(db, statements);
  }
  let statement = statements.get(variant);
  if (!statement) {
    const name = `incidents_list_${createHash('sha1').update(variant).digest('hex').slice(0, 16)}`;
    const after = page.beforeId !== null;
    statement =
      shape === 'rows'
        ? buildListQuery(db, incidentColumns, visibility, present, after).prepare(name)
        : prepareRows(
            db,
            name,
            buildListQuery(db, summaryColumns, visibility, present, after),
            summaryFromRow,
          );
    statements.set(variant, statement);
  }
  return (await statement.execute({
    ...listParameters(scope, filters),
    beforeId: page.beforeId,
    limit: page.limit + 1,
  })) as R[];
}

/** Whole rows, for the CSV export: up to limit + 1, so the caller knows whether more follow. */
export function listVisibleIncidents(db: Queryable, scope: ListScope, filters: IncidentFilters, page: Page) {
  return listVisible<IncidentRow>(db, 'rows', scope, filters, page);
}

/** A list row: the summary's columns, with its two instants as ISO 8601 text. */
export type SummaryRow = {
  incident: Omit<
    IncidentRow['incident'],
    Exclude<keyof IncidentRow['incident'], keyof typeof summaryColumns.incident> | 'occurredAt' | 'createdAt'
  > & { occurredAt: string; createdAt: string };
  orgName: string;
  unitName: string | null;
  reporterName: string | null;
};

/** The columns of `IncidentSummary` (see `summaryColumns`): up to limit + 1 rows. */
export function listVisibleSummaries(db: Queryable, scope: ListScope, filters: IncidentFilters, page: Page) {
  return listVisible<SummaryRow>(db, 'summaries', scope, filters, page);
}

export type NewIncident = typeof incidents.$inferInsert & { id: string; orgId: string; reporterId: string };

type FollowUp = { jobName: string; payload: (incidentId: SQL) => SQL };

const INSERTED_COLUMNS = sql.raw(
  'id, org_id, unit_id, reporter_id, type, severity, status, occurred_at, latitude, longitude, description, ' +
    'answers, form_version, k_number, camera_id, sharing, created_at, updated_at',
);

/** The new report as the statement returns it, in the order of `INSERTED_COLUMNS`. */
function insertedFromRow(row: unknown[]): IncidentRow['incident'] {
  const answers = row[11];
  return {
    id: row[0] as string,
    orgId: row[1] as string,
    unitId: row[2] as string | null,
    reporterId: row[3] as string | null,
    type: row[4] as string,
    severity: row[5] as string,
    status: row[6] as string,
    occurredAt: new Date(row[7] as string),
    latitude: row[8] as number | null,
    longitude: row[9] as number | null,
    description: row[10] as string,
    answers: (typeof answers === 'string' ? JSON.parse(answers) : answers) as Record<string, unknown>,
    formVersion: Number(row[12]),
    kNumber: row[13] as string | null,
    cameraId: row[14] as string | null,
    sharing: row[15] as SharingLevel,
    createdAt: new Date(row[16] as string),
    updatedAt: new Date(row[17] as string),
    deletedAt: null,
  };
}

function buildInsertStatement(db: Queryable, followUp: FollowUp) {
  const p = sql.placeholder;
  const query = sql`
    with inserted as (
      insert into incidents (id, org_id, unit_id, reporter_id, type, severity, occurred_at, latitude, longitude, description, answers, form_version, k_number, camera_id, sharing)
      values (${p('id')}, ${p('orgId')}, ${p('unitId')}, ${p('reporterId')}, ${p('type')}, ${p('severity')},
              ${p('occurredAt')}, ${p('latitude')}, ${p('longitude')}, ${p('description')},
              ${p('answers')}::jsonb, ${p('formVersion')}, ${p('kNumber')}, ${p('cameraId')},
              -- INC-10: the default of the organisation, read in the same statement so filing stays one round trip.
              coalesce((select default_sharing from org_incident_settings where org_id = ${p('orgId')}), ${DEFAULT_SHARING}))
      returning *
    ), event as (
      insert into incident_events (id, org_id, incident_id, actor_id, kind)
      select ${p('eventId')}, org_id, id, reporter_id, 'created' from inserted
    ), follow_up as (
      ${outboxInsert(followUp.jobName, followUp.payload(sql`id`), sql`inserted`)}
    )
    select ${INSERTED_COLUMNS} from inserted`;
  return prepareRows(db, `incident_insert_${followUp.jobName}`, query, insertedFromRow);
}

const insertStatements = new WeakMap<FollowUp, WeakMap<object, ReturnType<typeof buildInsertStatement>>>();

/**
 * The report, its "created" event and the outbox row for the work it causes, in one statement: atomic
 * without a transaction, and one round trip for the reporter on a phone. The statement is prepared, so
 * PostgreSQL parses and plans it once per connection rather than on every report.
 */
export async function insertIncidentWithEvent(
  db: Queryable,
  values: NewIncident,
  eventId: string,
  names: { orgName: string; unitName: string | null; reporterName: string },
  followUp: FollowUp,
): Promise<IncidentRow> {
  let perDatabase = insertStatements.get(followUp);
  if (!perDatabase) {
    perDatabase = new WeakMap();
    insertStatements.set(followUp, perDatabase);
  }
  let statement = perDatabase.get(db);
  if (!statement) {
    statement = buildInsertStatement(db, followUp);
    perDatabase.set(db, statement);
  }
  const [incident] = await statement.execute({
    id: values.id,
    orgId: values.orgId,
    unitId: values.unitId ?? null,
    reporterId: values.reporterId,
    type: values.type,
    severity: values.severity ?? 'disturbance',
    occurredAt: values.occurredAt,
    latitude: values.latitude ?? null,
    longitude: values.longitude ?? null,
    description: values.description,
    answers: JSON.stringify(values.answers ?? {}),
    formVersion: values.formVersion,
    kNumber: values.kNumber ?? null,
    cameraId: values.cameraId ?? null,
    eventId,
  });
  if (!incident) throw new Error('insert returned no row');
  return { incident, ...names };
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
