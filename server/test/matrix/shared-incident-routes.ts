import { GROUP_ADMIN, GROUP_READ, INCIDENT_READ } from './expectations';
import type { RouteCase } from './routes';

/** GRP-5: reports shared into groups. */
export const SHARED_INCIDENT_ROUTES: Record<string, RouteCase> = {
  // Whoever sees a report sees where it went and shares it into their own groups.
  'GET /api/v1/incidents/{incidentId}/group-shares': {
    expect: INCIDENT_READ,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.incidentId({ sharing: 'groups' })}/group-shares`,
    }),
  },
  'POST /api/v1/incidents/{incidentId}/group-shares': {
    expect: INCIDENT_READ,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.incidentId({ sharing: 'groups' })}/group-shares`,
      body: { groupId: await f.groupOfActor() },
    }),
  },
  // The group reads summaries; its admins take them out (as do the sharer and the reporting organisation).
  'GET /api/v1/groups/{groupId}/incidents': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `/api/v1/groups/${await f.group()}/incidents` }),
  },
  'DELETE /api/v1/groups/{groupId}/incidents/{shareId}': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const groupId = await f.group();
      return { url: `/api/v1/groups/${groupId}/incidents/${await f.sharedIncidentId(groupId)}` };
    },
  },
};
