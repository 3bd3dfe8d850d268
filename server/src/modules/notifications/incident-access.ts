import type { Queryable } from '../../db/client';
import { notFound } from '../../platform/errors';
import { type Actor, enforce } from '../../platform/policy';
import { incidentPolicy } from '../incidents/policy';
import { findIncidentUnsafe } from '../incidents/queries';

const NOT_FOUND = 'Rapporten hittades inte';

/** Deliveries and forwards belong to a report: whoever may read the report may see and use them. */
export async function loadVisibleIncident(db: Queryable, actor: Actor, incidentId: string) {
  const row = await findIncidentUnsafe(db, incidentId);
  if (!row) throw notFound(NOT_FOUND);
  const { canSee } = incidentPolicy.read(actor, row.incident);
  enforce({ canSee, allowed: canSee }, NOT_FOUND);
  return row;
}
