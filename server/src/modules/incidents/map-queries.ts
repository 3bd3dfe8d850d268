import { createHash } from 'node:crypto';
import { MAP_POINTS_MAX } from '@vaksam/domain/incidents/overview';
import { and, count, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { incidents, units } from '../../db/schema';
import { type IncidentFilters, listConditions, listParameters, listVariant } from './queries';

type Variant = ReturnType<typeof listVariant>;

const ownPosition = and(isNotNull(incidents.latitude), isNotNull(incidents.longitude));
const unitPosition = and(isNotNull(units.latitude), isNotNull(units.longitude));

/**
 * The newest positioned reports among those the list shows. A report without a position of its own is placed
 * at its unit's coordinates, as most reports are filed at a store or office rather than on the map.
 */
function buildPointsQuery(db: Queryable, { visibility, present }: Variant) {
  return db
    .select({
      id: incidents.id,
      type: incidents.type,
      severity: incidents.severity,
      status: incidents.status,
      occurredAt: incidents.occurredAt,
      latitude: sql<number>`case when ${ownPosition} then ${incidents.latitude} else ${units.latitude} end`,
      longitude: sql<number>`case when ${ownPosition} then ${incidents.longitude} else ${units.longitude} end`,
      atUnit: sql<boolean>`not (${ownPosition})`,
      unitName: units.name,
    })
    .from(incidents)
    .leftJoin(units, eq(units.id, incidents.unitId))
    .where(and(...listConditions(visibility, present), or(ownPosition, unitPosition)))
    .orderBy(desc(incidents.id))
    .limit(MAP_POINTS_MAX + 1);
}

function buildUnplacedCountQuery(db: Queryable, { visibility, present }: Variant) {
  return db
    .select({ count: count() })
    .from(incidents)
    .leftJoin(units, eq(units.id, incidents.unitId))
    .where(
      and(
        ...listConditions(visibility, present),
        isNull(incidents.latitude),
        or(isNull(units.latitude), isNull(units.longitude)),
      ),
    );
}

type Statements = {
  points: ReturnType<ReturnType<typeof buildPointsQuery>['prepare']>;
  unplaced: ReturnType<ReturnType<typeof buildUnplacedCountQuery>['prepare']>;
};
const statements = new WeakMap<object, Map<string, Statements>>();

/** Prepared once per filter combination and connection, as the list's statements are. */
function statementsFor(db: Queryable, variant: Variant): Statements {
  let byVariant = statements.get(db);
  if (!byVariant) {
    byVariant = new Map();
    statements.set(db, byVariant);
  }
  let prepared = byVariant.get(variant.key);
  if (!prepared) {
    const hash = createHash('sha1').update(variant.key).digest('hex').slice(0, 16);
    prepared = {
      points: buildPointsQuery(db, variant).prepare(`incidents_map_${hash}`),
      unplaced: buildUnplacedCountQuery(db, variant).prepare(`incidents_map_unplaced_${hash}`),
    };
    byVariant.set(variant.key, prepared);
  }
  return prepared;
}

/**
 * Up to MAP_POINTS_MAX + 1 points (the extra one tells the map it is truncated) and the number of matching
 * reports that have no position at all. On PostgreSQL the two run in parallel on two pooled connections.
 */
export async function findMapPoints(
  db: Queryable,
  scope: { userId: string; managedOrgIds: string[]; onlyOwn: boolean },
  filters: IncidentFilters,
) {
  const prepared = statementsFor(db, listVariant(scope, filters));
  const parameters = listParameters(scope, filters);
  const [points, [unplaced]] = await Promise.all([
    prepared.points.execute(parameters),
    prepared.unplaced.execute(parameters),
  ]);
  return { points, withoutPosition: Number(unplaced?.count ?? 0) };
}
