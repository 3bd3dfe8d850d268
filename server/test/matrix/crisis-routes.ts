import { type Expectation, inOwnGroup, SIGNED_IN } from './expectations';
import type { RouteCase } from './routes';

/**
 * ACC-5: a crisis profile is read by the crisis admins of a group the person is in, and by nobody else — not
 * the group's other admins, not its members, not platform staff — who all find nothing.
 */
const CRISIS_ADMIN_ONLY: Expectation = SIGNED_IN(404, {
  group_crisis_admin: inOwnGroup('ok'),
  group_admin: 404,
  group_member: 404,
  group_banned: 404,
});

const profile = {
  alternativePhone: '070-123 45 67',
  personnummer: '19121212-1212',
  address: 'Storgatan 1, 111 22 Stockholm',
  nextOfKin: [{ name: 'Anna Andersson', relation: 'Make', phone: '070-765 43 21' }],
};

/** Crisis profiles (ACC-5): my own, who read it, and a crisis admin's read of a member's. */
export const CRISIS_ROUTES: Record<string, RouteCase> = {
  'GET /api/v1/profile/crisis': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/profile/crisis' }) },
  'PUT /api/v1/profile/crisis': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/profile/crisis', body: profile }),
  },
  'DELETE /api/v1/profile/crisis': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/profile/crisis' }),
  },
  'GET /api/v1/profile/crisis/reads': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/profile/crisis/reads' }),
  },
  'POST /api/v1/groups/{groupId}/members/{userId}/crisis-profile': {
    expect: CRISIS_ADMIN_ONLY,
    request: async (f) => {
      const groupId = await f.group();
      return {
        url: `/api/v1/groups/${groupId}/members/${await f.groupMemberId(groupId)}/crisis-profile`,
        body: { reason: 'reach_next_of_kin' },
      };
    },
  },
};
