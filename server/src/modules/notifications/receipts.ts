import type { ServiceDeps } from '../../deps';
import type { Actor } from '../../platform/policy';
import { loadVisibleIncident } from './incident-access';
import { presentDelivery } from './presenters';
import { listIncidentDeliveries } from './queries';

/** INC-9: every recipient of a report, each channel, and how far each delivery got. */
export async function incidentDeliveries(deps: ServiceDeps, actor: Actor, incidentId: string) {
  const row = await loadVisibleIncident(deps.db, actor, incidentId);
  const rows = await listIncidentDeliveries(deps.db, { orgId: row.incident.orgId }, incidentId);
  return { items: rows.map(presentDelivery) };
}
