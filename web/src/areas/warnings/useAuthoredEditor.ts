import { useQueryClient } from '@tanstack/react-query';
import { fetchAuthoredWarning, useAuthoredWarning, warningKeys } from './queries';

/** The warning an editor opens, and a way to fetch it afresh after someone else saved it. */
export function useAuthoredEditor(id: string) {
  const warning = useAuthoredWarning(id);
  const queryClient = useQueryClient();
  const reload = () =>
    queryClient.fetchQuery({
      queryKey: warningKeys.authoredOne(id),
      queryFn: () => fetchAuthoredWarning(id),
      staleTime: 0,
    });
  return { warning, reload };
}
