import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type SharedIncident = Json<
  paths['/groups/{groupId}/incidents']['get']['responses'][200]
>['items'][number];
export type IncidentGroupShares = Json<
  paths['/incidents/{incidentId}/group-shares']['get']['responses'][200]
>;

// Under the group's and the report's own keys, so that invalidating either refreshes these too.
export const sharedIncidentKeys = {
  ofGroup: (groupId: string) => ['groups', groupId, 'incidents'] as const,
  ofIncident: (incidentId: string) => ['incidents', 'one', incidentId, 'group-shares'] as const,
};

export function useGroupIncidents(groupId: string) {
  return usePagedList<SharedIncident>(sharedIncidentKeys.ofGroup(groupId), (cursor) =>
    unwrap(api.GET('/groups/{groupId}/incidents', { params: { path: { groupId }, query: { cursor } } })),
  );
}

export function useIncidentGroupShares(incidentId: string) {
  return useQuery({
    queryKey: sharedIncidentKeys.ofIncident(incidentId),
    queryFn: () =>
      unwrap(api.GET('/incidents/{incidentId}/group-shares', { params: { path: { incidentId } } })),
  });
}

export const unshareIncident = (groupId: string, shareId: string) =>
  unwrap(api.DELETE('/groups/{groupId}/incidents/{shareId}', { params: { path: { groupId, shareId } } }));
