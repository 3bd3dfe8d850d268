import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { usePagedList } from '../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type Camera = Json<paths['/orgs/{orgId}/cameras/{cameraId}']['get']['responses'][200]>;
export type CameraInput = NonNullable<
  paths['/orgs/{orgId}/units/{unitId}/cameras']['post']['requestBody']
>['content']['application/json'];
export type LogEntry = Json<
  paths['/orgs/{orgId}/cameras/{cameraId}/log']['get']['responses'][200]
>['items'][number];
export type LogEntryInput = NonNullable<
  paths['/orgs/{orgId}/cameras/{cameraId}/log']['post']['requestBody']
>['content']['application/json'];

export const cameraKeys = {
  all: (orgId: string) => ['orgs', orgId, 'cameras'] as const,
  one: (orgId: string, cameraId: string) => ['orgs', orgId, 'cameras', cameraId] as const,
  log: (orgId: string, cameraId: string) => ['orgs', orgId, 'cameras', cameraId, 'log'] as const,
};

export function useOrgCameras(orgId: string) {
  return usePagedList<Camera>(cameraKeys.all(orgId), (cursor) =>
    unwrap(api.GET('/orgs/{orgId}/cameras', { params: { path: { orgId }, query: { cursor, limit: 100 } } })),
  );
}

export function useCamera(orgId: string, cameraId: string) {
  return useQuery({
    queryKey: cameraKeys.one(orgId, cameraId),
    enabled: Boolean(orgId && cameraId),
    queryFn: () =>
      unwrap(api.GET('/orgs/{orgId}/cameras/{cameraId}', { params: { path: { orgId, cameraId } } })),
  });
}

export function useCameraLog(orgId: string, cameraId: string) {
  return usePagedList<LogEntry>(cameraKeys.log(orgId, cameraId), (cursor) =>
    unwrap(
      api.GET('/orgs/{orgId}/cameras/{cameraId}/log', {
        params: { path: { orgId, cameraId }, query: { cursor } },
      }),
    ),
  );
}
