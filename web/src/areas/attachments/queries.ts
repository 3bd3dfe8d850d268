import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const attachmentKeys = {
  of: (incidentId: string) => ['incidents', 'one', incidentId, 'attachments'] as const,
};

export function useAttachments(incidentId: string) {
  return useQuery({
    queryKey: attachmentKeys.of(incidentId),
    queryFn: async () =>
      (await unwrap(api.GET('/incidents/{incidentId}/attachments', { params: { path: { incidentId } } })))
        .items,
  });
}
