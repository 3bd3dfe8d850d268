import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { incidentKeys } from '../incidents/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type PoliceReport = Json<paths['/incidents/{id}/police-report']['get']['responses'][200]>;
export type PoliceReportState = PoliceReport['state'];
export type PoliceReportGap = PoliceReport['gaps'][number];

export const policeKeys = {
  report: (incidentId: string) => ['incidents', 'one', incidentId, 'police-report'] as const,
};

/** Where the browser opens the PDFs: plain links, so the session cookie goes along and nothing is held in memory. */
export const policeReportPdfUrl = (incidentId: string) => `/api/v1/incidents/${incidentId}/police-report/pdf`;
export const incidentPdfUrl = (incidentId: string, lang: 'sv' | 'en') =>
  `/api/v1/incidents/${incidentId}/pdf?lang=${lang}`;

/** While a report is on its way the state changes in the background, so it is fetched again until it settles. */
export function usePoliceReport(incidentId: string, enabled = true) {
  return useQuery({
    queryKey: policeKeys.report(incidentId),
    enabled,
    queryFn: () => unwrap(api.GET('/incidents/{id}/police-report', { params: { path: { id: incidentId } } })),
    // The preview depends on the sender's profile (their phone) as well as on the report: always fresh on mount.
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.state === 'sending' ? 3000 : false),
  });
}

/** After a change the report itself (its K-nummer) and its history change too. */
function useRefreshAfterChange(incidentId: string) {
  const queryClient = useQueryClient();
  return (report?: PoliceReport) => {
    if (report) queryClient.setQueryData(policeKeys.report(incidentId), report);
    // The prefix covers the report, its history and the lists, all of which show the K-nummer.
    void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
  };
}

export function useSendPoliceReport(incidentId: string) {
  const refresh = useRefreshAfterChange(incidentId);
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/incidents/{id}/police-report/send', { params: { path: { id: incidentId } } })),
    onSuccess: (report) => refresh(report),
  });
}

export function useConfirmPoliceReport(incidentId: string) {
  const refresh = useRefreshAfterChange(incidentId);
  return useMutation({
    mutationFn: (kNumber: string) =>
      unwrap(
        api.POST('/incidents/{id}/police-report/confirm', {
          params: { path: { id: incidentId } },
          body: { kNumber },
        }),
      ),
    onSuccess: (report) => refresh(report),
  });
}

/** POL-2: the K-nummer on any report, by the reporter or a manager, when no sent police report awaits it. */
export function useRecordPoliceReference(incidentId: string) {
  const refresh = useRefreshAfterChange(incidentId);
  return useMutation({
    mutationFn: (kNumber: string | null) =>
      unwrap(
        api.PUT('/incidents/{id}/police-reference', {
          params: { path: { id: incidentId } },
          body: { kNumber },
        }),
      ),
    onSuccess: () => refresh(),
  });
}
