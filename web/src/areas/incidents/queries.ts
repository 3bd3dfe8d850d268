import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { isApiError, NETWORK_STATUS } from '../../api/errors';
import type { paths } from '../../api/schema';
import type { Page } from '../../api/types';
import { recallForOffline, rememberForOffline } from '../../app/offlineCache';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type Incident = Json<paths['/incidents/{id}']['get']['responses'][200]>;
export type IncidentSummary = Json<paths['/incidents']['get']['responses'][200]>['items'][number];
export type IncidentEvent = Json<paths['/incidents/{id}/history']['get']['responses'][200]>['items'][number];
export type IncidentListQuery = NonNullable<paths['/incidents']['get']['parameters']['query']>;
export type PrivacyFinding = Json<paths['/privacy/scan']['post']['responses'][200]>['findings'][number];

export const incidentKeys = {
  all: ['incidents'] as const,
  list: (query: IncidentListQuery) => ['incidents', 'list', query] as const,
  one: (id: string) => ['incidents', 'one', id] as const,
  history: (id: string) => ['incidents', 'one', id, 'history'] as const,
};

export function useIncidentList(query: IncidentListQuery) {
  return usePagedList<IncidentSummary>(
    incidentKeys.list(query),
    (cursor) =>
      unwrap(api.GET('/incidents', { params: { query: { ...query, cursor } } })) as Promise<
        Page<IncidentSummary>
      >,
  );
}

export function useIncident(id: string) {
  return useQuery({
    queryKey: incidentKeys.one(id),
    queryFn: () => unwrap(api.GET('/incidents/{id}', { params: { path: { id } } })),
  });
}

export function useIncidentHistory(id: string) {
  return useQuery({
    queryKey: incidentKeys.history(id),
    queryFn: async () =>
      (await unwrap(api.GET('/incidents/{id}/history', { params: { path: { id } } }))).items,
  });
}

/** Answers the report form needs also after a reload without network: the last one is kept on the device. */
async function withOfflineCopy<T>(key: string, load: () => Promise<T>): Promise<T> {
  try {
    const value = await load();
    rememberForOffline(key, value);
    return value;
  } catch (error) {
    const copy = isApiError(error) && error.status === NETWORK_STATUS ? recallForOffline<T>(key) : undefined;
    if (copy === undefined) throw error;
    return copy;
  }
}

/** Every unit of an organisation (small lists; all pages are fetched). */
export function useOrgUnits(orgId: string | null) {
  return useQuery({
    queryKey: ['orgs', orgId, 'units', 'all'],
    enabled: Boolean(orgId),
    queryFn: () =>
      withOfflineCopy(`units.${orgId}`, async () => {
        const units: { id: string; name: string }[] = [];
        let cursor: string | undefined;
        do {
          const page = await unwrap(
            api.GET('/orgs/{orgId}/units', {
              params: { path: { orgId: orgId ?? '' }, query: { cursor, limit: 100 } },
            }),
          );
          units.push(...page.items.map((u) => ({ id: u.id, name: u.name })));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return units;
      }),
  });
}

/** The cameras of a unit, for naming the one that filmed the event (CAM-2). */
export function useUnitCameras(orgId: string, unitId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'units', unitId, 'cameras', 'all'],
    queryFn: () =>
      withOfflineCopy(`cameras.${unitId}`, async () => {
        const page = await unwrap(
          api.GET('/orgs/{orgId}/units/{unitId}/cameras', {
            params: { path: { orgId, unitId }, query: { limit: 100 } },
          }),
        );
        return page.items
          .filter((camera) => !('removedAt' in camera) || !camera.removedAt)
          .map((camera) => ({ id: camera.id, name: camera.name, placement: camera.placement }));
      }),
  });
}
