import { MEMBERS_ONLY, PERSONAL, PLATFORM_ADMIN, SIGNED_IN } from './expectations';
import type { RouteCase } from './routes';

/** The library (CHK): who reads and writes each scope. */
export const LIBRARY_ROUTES: Record<string, RouteCase> = {
  // The library: everyone signed in reads it; analysts and platform admins write what everyone or the members
  // read; member-only content does not exist for anyone else; personal entries are their author's alone.
  'GET /api/v1/library': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/library?q=rutin' }) },
  'POST /api/v1/library': {
    expect: SIGNED_IN(403, { analyst: 'ok', admin: 'ok' }),
    request: () => ({
      url: '/api/v1/library',
      body: { kind: 'checklist', scope: 'members', sv: { title: 'Rutin', items: ['Lås'] } },
    }),
  },
  'GET /api/v1/library/{id}': {
    expect: MEMBERS_ONLY,
    request: async (f) => ({ url: `/api/v1/library/${(await f.libraryEntry('members')).id}` }),
  },
  'PUT /api/v1/library/{id}': {
    expect: { ...MEMBERS_ONLY, federation_member: 403 },
    request: async (f) => ({
      url: `/api/v1/library/${(await f.libraryEntry('members')).id}`,
      body: { kind: 'checklist', scope: 'members', sv: { title: 'Ny rubrik', items: ['Lås'] } },
    }),
  },
  'DELETE /api/v1/library/{id}': {
    expect: PERSONAL,
    request: async (f) => ({ url: `/api/v1/library/${(await f.libraryEntry('personal')).id}` }),
  },
  'GET /api/v1/library/{id}/runs': {
    expect: MEMBERS_ONLY,
    request: async (f) => ({ url: `/api/v1/library/${(await f.libraryEntry('members')).id}/runs` }),
  },
  'POST /api/v1/library/{id}/runs': {
    expect: PERSONAL,
    request: async (f) => {
      const entry = await f.libraryEntry('personal');
      return {
        url: `/api/v1/library/${entry.id}/runs`,
        body: { language: 'sv', entryUpdatedAt: entry.updatedAt, items: [{ done: true }, { done: false }] },
      };
    },
  },
};
