import { useOutletContext } from 'react-router';
import type { Group } from './queries';

export interface GroupContext {
  group: Group;
  meId: string;
  isAdmin: boolean;
  /** Whether the reader may write threads and replies now: not archived, and members may post or they are an admin. */
  mayWrite: boolean;
}

export function useGroupContext(): GroupContext {
  return useOutletContext<GroupContext>();
}
