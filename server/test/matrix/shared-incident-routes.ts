import { INCIDENT_HANDLE } from './expectations';
import type { RouteCase } from './routes';

/** GRP-5: reports shared into groups. */
export const SHARED_INCIDENT_ROUTES: Record<string, RouteCase> = {};
