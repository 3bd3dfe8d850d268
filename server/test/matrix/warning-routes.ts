import { type Expectation, GROUP_ADMIN, GROUP_READ, PERSONAL, SIGNED_IN } from './expectations';
import type { RouteCase } from './routes';
import type { CaseFixtures } from './world';

/** The platform's warnings are written by its analysts and admins; to anyone else they do not exist. */
const PLATFORM_AUTHOR: Expectation = SIGNED_IN(404, { analyst: 'ok', admin: 'ok' });
/** A group's warning is its admins' alone: members, who see the group, learn nothing of its drafts either. */
const GROUP_WARNING_AUTHOR: Expectation = { ...GROUP_READ, group_member: 404, group_crisis_admin: 404 };

const draft = {
  title: 'Falska hantverkare',
  body: 'Personer som utger sig för att vara från fastighetsägaren ber om att få komma in.',
  severity: 'warning',
  targeting: { municipalities: ['0180'] },
};
const groupWarning = async (f: CaseFixtures, state: 'draft' | 'published' = 'draft') =>
  f.warning({ groupId: await f.group(), state });

/** Warnings (WARN-1 … WARN-3, WARN-5): the recipients' feed, and the authoring side per scope. */
export const WARNING_ROUTES: Record<string, RouteCase> = {
  'GET /api/v1/warnings': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/warnings' }) },
  'GET /api/v1/warnings/unread-count': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/warnings/unread-count' }),
  },
  // A warning is in the feed of those it reached only.
  'POST /api/v1/warnings/{id}/open': {
    expect: PERSONAL,
    request: async (f) => ({ url: `/api/v1/warnings/${(await f.receivedWarning()).id}/open`, body: {} }),
  },
  'PUT /api/v1/warnings/{id}/feedback': {
    expect: PERSONAL,
    request: async (f) => ({
      url: `/api/v1/warnings/${(await f.receivedWarning()).id}/feedback`,
      body: { feedback: 'useful' },
    }),
  },

  'POST /api/v1/warnings/preview': {
    expect: PLATFORM_AUTHOR,
    request: () => ({ url: '/api/v1/warnings/preview', body: { targeting: draft.targeting } }),
  },
  'POST /api/v1/warnings/preview (group)': {
    expect: GROUP_ADMIN,
    request: async (f) => ({
      url: '/api/v1/warnings/preview',
      body: { groupId: await f.group(), targeting: draft.targeting },
    }),
  },
  'GET /api/v1/warnings/authored': {
    expect: PLATFORM_AUTHOR,
    request: () => ({ url: '/api/v1/warnings/authored' }),
  },
  'GET /api/v1/warnings/authored (group)': {
    expect: GROUP_ADMIN,
    request: async (f) => ({ url: `/api/v1/warnings/authored?groupId=${await f.group()}` }),
  },
  'POST /api/v1/warnings/authored': {
    expect: PLATFORM_AUTHOR,
    request: () => ({ url: '/api/v1/warnings/authored', body: draft }),
  },
  'POST /api/v1/warnings/authored (group)': {
    expect: GROUP_ADMIN,
    request: async (f) => ({
      url: '/api/v1/warnings/authored',
      body: { ...draft, groupId: await f.group() },
    }),
  },
  'GET /api/v1/warnings/authored/{id}': {
    expect: PLATFORM_AUTHOR,
    request: async (f) => ({ url: `/api/v1/warnings/authored/${(await f.warning()).id}` }),
  },
  'GET /api/v1/warnings/authored/{id} (group)': {
    expect: GROUP_WARNING_AUTHOR,
    request: async (f) => ({ url: `/api/v1/warnings/authored/${(await groupWarning(f)).id}` }),
  },
  'PUT /api/v1/warnings/authored/{id}': {
    expect: PLATFORM_AUTHOR,
    request: async (f) => {
      const warning = await f.warning();
      return {
        url: `/api/v1/warnings/authored/${warning.id}`,
        body: { ...draft, updatedAt: warning.updatedAt },
      };
    },
  },
  'PUT /api/v1/warnings/authored/{id} (group)': {
    expect: GROUP_WARNING_AUTHOR,
    request: async (f) => {
      const warning = await groupWarning(f);
      return {
        url: `/api/v1/warnings/authored/${warning.id}`,
        body: { ...draft, updatedAt: warning.updatedAt },
      };
    },
  },
  'POST /api/v1/warnings/authored/{id}/publish': {
    expect: PLATFORM_AUTHOR,
    request: async (f) => ({ url: `/api/v1/warnings/authored/${(await f.warning()).id}/publish`, body: {} }),
  },
  'POST /api/v1/warnings/authored/{id}/publish (group)': {
    expect: GROUP_WARNING_AUTHOR,
    request: async (f) => ({
      url: `/api/v1/warnings/authored/${(await groupWarning(f)).id}/publish`,
      body: {},
    }),
  },
  'POST /api/v1/warnings/authored/{id}/withdraw': {
    expect: PLATFORM_AUTHOR,
    request: async (f) => ({
      url: `/api/v1/warnings/authored/${(await f.warning({ state: 'published' })).id}/withdraw`,
      body: {},
    }),
  },
  'POST /api/v1/warnings/authored/{id}/withdraw (group)': {
    expect: GROUP_WARNING_AUTHOR,
    request: async (f) => ({
      url: `/api/v1/warnings/authored/${(await groupWarning(f, 'published')).id}/withdraw`,
      body: {},
    }),
  },
};
