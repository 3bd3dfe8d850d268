import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { paths } from '../../../api/schema';
import { type FileUrls, fileBody, sendUpload } from '../../attachments/api';
import { usePagedList } from '../../orgs/queries';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type FraudReport = Json<paths['/fraud-reports/{id}']['get']['responses'][200]>;
export type FraudReportSummary = Json<paths['/fraud-reports']['get']['responses'][200]>['items'][number];
export type FraudReportReview = Json<paths['/admin/fraud-reports/{id}']['get']['responses'][200]>;
export type FraudReportFile = FraudReport['files'][number];
export type FraudReportState = FraudReport['state'];
export type FraudReportCreate = NonNullable<
  paths['/fraud-reports']['post']['requestBody']
>['content']['application/json'];

// Mirror FRAUD_REPORT_LIMITS in @vaksam/domain/fraud-reports; importing it would pull zod into the app.
export const REPORT_LIMITS = { companyName: 200, description: 5_000, files: 5, reason: 1_000 };

export const fraudReportKeys = {
  all: ['fraud-reports'] as const,
  mine: ['fraud-reports', 'mine'] as const,
  mineOne: (id: string) => ['fraud-reports', 'mine', id] as const,
  queue: (state: FraudReportState | 'all') => ['fraud-reports', 'queue', state] as const,
  review: (id: string) => ['fraud-reports', 'review', id] as const,
};

export function useMyFraudReports() {
  return usePagedList<FraudReportSummary>(fraudReportKeys.mine, (cursor) =>
    unwrap(api.GET('/fraud-reports', { params: { query: { cursor } } })),
  );
}

export function useMyFraudReport(id: string) {
  return useQuery({
    queryKey: fraudReportKeys.mineOne(id),
    queryFn: () => unwrap(api.GET('/fraud-reports/{id}', { params: { path: { id } } })),
  });
}

/** The analysts' queue; without a state, every report with the pending ones first. */
export function useReviewQueue(state: FraudReportState | 'all') {
  return usePagedList<FraudReportSummary>(fraudReportKeys.queue(state), (cursor) =>
    unwrap(
      api.GET('/admin/fraud-reports', {
        params: { query: state === 'all' ? { cursor } : { cursor, state } },
      }),
    ),
  );
}

export function useReviewReport(id: string) {
  return useQuery({
    queryKey: fraudReportKeys.review(id),
    queryFn: () => unwrap(api.GET('/admin/fraud-reports/{id}', { params: { path: { id } } })),
  });
}

/** Where the browser fetches a report's file: the reporter's or an analyst's session authorises it. */
export function reportFileUrls(reportId: string, fileId: string): FileUrls {
  // The route serves the image itself; at tile size the browser scales it down.
  const file = `/api/v1/fraud-reports/${encodeURIComponent(reportId)}/files/${encodeURIComponent(fileId)}`;
  return { file, thumbnail: file };
}

/** Sends one photo or PDF of the invoice to my pending report, with the file's own Idempotency-Key. */
export function uploadReportFile(reportId: string, file: File, idempotencyKey: string) {
  return sendUpload(() =>
    api.POST('/fraud-reports/{id}/files', {
      params: { path: { id: reportId }, header: { 'idempotency-key': idempotencyKey } },
      ...fileBody(file, file.name),
    }),
  );
}
