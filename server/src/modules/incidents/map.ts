import type { IncidentMapPoint, incidentMapQuerySchema } from '@vaksam/domain/incidents/overview';
import { MAP_POINTS_MAX } from '@vaksam/domain/incidents/overview';
import type { IncidentStatus, IncidentType, Severity } from '@vaksam/domain/incidents/taxonomy';
import type { z } from 'zod';
import type { ServiceDeps } from '../../deps';
import type { Actor } from '../../platform/policy';
import { findMapPoints } from './map-queries';
import { incidentPolicy } from './policy';

/**
 * INC-8: the same reports as the list with the same filters, as points. Everyone may ask, as for the list:
 * managers get their organisations' reports, reporters their own.
 */
export async function incidentMap(
  deps: ServiceDeps,
  actor: Actor,
  query: z.infer<typeof incidentMapQuerySchema>,
) {
  const { points, withoutPosition } = await findMapPoints(
    deps.db,
    {
      userId: actor.userId,
      managedOrgIds: incidentPolicy.managedOrgIds(actor),
      onlyOwn: query.mine === 'true',
    },
    query,
  );
  return {
    points: points.slice(0, MAP_POINTS_MAX).map(
      (point): IncidentMapPoint => ({
        id: point.id,
        type: point.type as IncidentType,
        severity: point.severity as Severity,
        status: point.status as IncidentStatus,
        occurredAt: point.occurredAt.toISOString(),
        latitude: Number(point.latitude),
        longitude: Number(point.longitude),
        atUnit: Boolean(point.atUnit),
        unitName: point.unitName,
      }),
    ),
    truncated: points.length > MAP_POINTS_MAX,
    withoutPosition,
  };
}
