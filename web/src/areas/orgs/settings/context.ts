import { useOutletContext } from 'react-router';
import type { Org } from '../../../api/types';

export interface OrgSettingsContext {
  org: Org;
}

/** The organisation loaded by OrgSettingsLayout, for its tabs. */
export function useSettingsOrg(): Org {
  return useOutletContext<OrgSettingsContext>().org;
}
