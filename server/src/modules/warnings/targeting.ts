import { sniDivisions } from '@vaksam/domain/taxonomy/sni';
import type { Circle, Polygon, WarningTargeting } from '@vaksam/domain/warnings';
import { type SQL, sql } from 'drizzle-orm';

/** The divisions a list of sections and divisions stands for: "G" is every division of section G. */
export function divisionsOf(selectors: string[]): string[] {
  const divisions = new Set<string>();
  for (const selector of selectors) {
    if (/^\d{2}$/.test(selector)) divisions.add(selector);
    else for (const division of sniDivisions) if (division.section === selector) divisions.add(division.code);
  }
  return [...divisions];
}

const textArray = (values: string[]) => sql`${`{${values.map((v) => `"${v}"`).join(',')}}`}::text[]`;

/** Kilometres between a unit and a point by the haversine formula, after a cheap box around the circle. */
function insideCircle(circle: Circle): SQL {
  const { latitude, longitude } = circle.center;
  const latSpan = circle.radiusKm / 110.57;
  const lngSpan = circle.radiusKm / (111.32 * Math.cos((latitude * Math.PI) / 180));
  return sql`(u.latitude between ${latitude - latSpan} and ${latitude + latSpan}
    and u.longitude between ${longitude - lngSpan} and ${longitude + lngSpan}
    and 6371 * 2 * asin(sqrt(
      power(sin(radians(u.latitude - ${latitude}) / 2), 2)
      + cos(radians(${latitude})) * cos(radians(u.latitude)) * power(sin(radians(u.longitude - ${longitude}) / 2), 2)
    )) <= ${circle.radiusKm})`;
}

/** PostgreSQL's own polygon type (in PGlite too), with x as longitude and y as latitude. */
function insidePolygon(polygon: Polygon): SQL {
  const text = `(${polygon.map((p) => `(${p.longitude},${p.latitude})`).join(',')})`;
  return sql`(${text}::polygon @> point(u.longitude, u.latitude))`;
}

/**
 * WARN-2 as SQL over the units `u` of organisations `o`: each kind of the targeting that is given narrows (AND),
 * and any one value of a kind suffices (OR). Industry and named organisations are asked of the organisation,
 * the region and the area of the unit.
 */
export function targetingConditions(targeting: WarningTargeting): { organisation: SQL[]; place: SQL[] } {
  const organisation: SQL[] = [];
  const place: SQL[] = [];
  const divisions = divisionsOf(targeting.sni);
  if (targeting.sni.length > 0) {
    organisation.push(sql`left(replace(o.sni_code, '.', ''), 2) = any(${textArray(divisions)})`);
  }
  if (targeting.orgIds.length > 0) organisation.push(sql`o.id::text = any(${textArray(targeting.orgIds)})`);
  const regions: SQL[] = [];
  if (targeting.counties.length > 0) {
    regions.push(sql`left(u.municipality_code, 2) = any(${textArray(targeting.counties)})`);
  }
  if (targeting.municipalities.length > 0) {
    regions.push(sql`u.municipality_code = any(${textArray(targeting.municipalities)})`);
  }
  if (regions.length > 0) place.push(sql`(${sql.join(regions, sql` or `)})`);
  const areas = [...targeting.circles.map(insideCircle), ...targeting.polygons.map(insidePolygon)];
  if (areas.length > 0) {
    place.push(sql`(u.latitude is not null and u.longitude is not null and (${sql.join(areas, sql` or `)}))`);
  }
  return { organisation, place };
}

/**
 * The organisations and units a targeting matches, as `(org_id, unit_id)`; `unit_id` is null for an
 * organisation matched on its own (no place asked for).
 */
export function matchedPlaces(targeting: WarningTargeting): SQL {
  const { organisation, place } = targetingConditions(targeting);
  const orgWhere = organisation.length > 0 ? sql.join(organisation, sql` and `) : sql`true`;
  if (place.length === 0) {
    return sql`select o.id as org_id, null::uuid as unit_id from organisations o where ${orgWhere}`;
  }
  return sql`select o.id as org_id, u.id as unit_id
    from organisations o join units u on u.org_id = o.id
    where ${orgWhere} and ${sql.join(place, sql` and `)}`;
}

/**
 * The people a warning reaches: members of a matched organisation (whichever of their units matched), who are
 * not disabled; for a group's warning only its unbanned members, and all of them when nothing narrows.
 */
export function recipientsQuery(
  targeting: WarningTargeting,
  groupId: string | null,
  untargeted: boolean,
): SQL {
  const inGroup = groupId
    ? sql`and exists (select 1 from group_members gm
        where gm.group_id = ${groupId} and gm.user_id = usr.id and gm.banned_at is null)`
    : sql``;
  if (groupId && untargeted) {
    return sql`select gm.user_id from group_members gm join users usr on usr.id = gm.user_id
      where gm.group_id = ${groupId} and gm.banned_at is null and usr.disabled_at is null`;
  }
  return sql`select distinct m.user_id from (${matchedPlaces(targeting)}) matched
    join memberships m on m.org_id = matched.org_id
    join users usr on usr.id = m.user_id
    where usr.disabled_at is null ${inGroup}`;
}
