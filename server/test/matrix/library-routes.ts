import { type Expectation, GROUP_ADMIN, GROUP_READ, MEMBERS_ONLY, PERSONAL, SIGNED_IN } from './expectations';
import type { RouteCase } from './routes';

const groupChecklist = (groupId: string) => ({
  kind: 'checklist',
  scope: 'group',
  groupId,
  sv: { title: 'Utrymning', items: ['Ring 112', 'Samlas vid fontänen'] },
});

/** An archived group's admin is told it is read-only; its members are refused as before. */
const ARCHIVED_GROUP_WRITE: Expectation = { ...GROUP_ADMIN, group_admin: { own: 409, foreign: 404 } };

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

  // GRP-6: a group's entries are its members' (GROUP_READ: platform staff outside the group do not see them
  // either) and written by its admins; an archived group's entries are read-only (409). The "foreign" case is an
  // entry of a group nobody of the world is in. A list of a group the reader is not in is empty, not 404.
  'GET /api/v1/library (group)': {
    expect: SIGNED_IN('ok', {
      group_member: 'ok',
      group_admin: 'ok',
      group_crisis_admin: 'ok',
      group_banned: 'ok',
    }),
    request: async (f) => ({ url: `/api/v1/library?groupId=${(await f.groupLibraryEntry()).groupId}` }),
  },
  'POST /api/v1/library (group entry)': {
    expect: GROUP_ADMIN,
    request: async (f) => ({ url: '/api/v1/library', body: groupChecklist(await f.group()) }),
  },
  'POST /api/v1/library (archived group)': {
    expect: ARCHIVED_GROUP_WRITE,
    request: async (f) => ({
      url: '/api/v1/library',
      body: groupChecklist((await f.groupLibraryEntry({ archived: true })).groupId),
    }),
  },
  'GET /api/v1/library/{id} (group entry)': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `/api/v1/library/${(await f.groupLibraryEntry()).id}` }),
  },
  'PUT /api/v1/library/{id} (group entry)': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const entry = await f.groupLibraryEntry();
      return { url: `/api/v1/library/${entry.id}`, body: groupChecklist(entry.groupId) };
    },
  },
  'PUT /api/v1/library/{id} (archived group entry)': {
    expect: ARCHIVED_GROUP_WRITE,
    request: async (f) => {
      const entry = await f.groupLibraryEntry({ archived: true });
      return { url: `/api/v1/library/${entry.id}`, body: groupChecklist(entry.groupId) };
    },
  },
  'DELETE /api/v1/library/{id} (group entry)': {
    expect: GROUP_ADMIN,
    request: async (f) => ({ url: `/api/v1/library/${(await f.groupLibraryEntry()).id}` }),
  },
  'DELETE /api/v1/library/{id} (archived group entry)': {
    expect: ARCHIVED_GROUP_WRITE,
    request: async (f) => ({ url: `/api/v1/library/${(await f.groupLibraryEntry({ archived: true })).id}` }),
  },
  'GET /api/v1/library/{id}/runs (group entry)': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `/api/v1/library/${(await f.groupLibraryEntry()).id}/runs` }),
  },
  'POST /api/v1/library/{id}/runs (group entry)': {
    // Every member runs the group's checklists; a run is the runner's own, so an archived group's too.
    expect: GROUP_READ,
    request: async (f) => {
      const entry = await f.groupLibraryEntry({ archived: true });
      return {
        url: `/api/v1/library/${entry.id}/runs`,
        body: { language: 'sv', entryUpdatedAt: entry.updatedAt, items: [{ done: true }, { done: false }] },
      };
    },
  },
};
