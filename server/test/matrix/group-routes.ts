import { GROUP_ADMIN, GROUP_READ, PLATFORM_ADMIN, PUBLIC, SIGNED_IN } from './expectations';
import type { RouteCase } from './routes';
import { anEmail } from './values';
import { TINY_PNG } from './world';

/** Groups (GRP-1 … GRP-4, GRP-6, GRP-7): the group, its members, invites, feed and documents. */
export const GROUP_ROUTES: Record<string, RouteCase> = {
  // Groups: a closed group exists only for its members; its admins run it; analysts decide who else may create
  // groups. See GROUP_READ for the "foreign" group.
  'GET /api/v1/groups': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/groups?q=Samverkan' }) },
  'GET /api/v1/groups/mine': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/groups/mine' }) },
  'POST /api/v1/groups': {
    expect: SIGNED_IN(403, { federation_member: 'ok', analyst: 'ok', admin: 'ok' }),
    request: () => ({ url: '/api/v1/groups', body: { name: 'Torget', kind: 'local' } }),
  },
  'GET /api/v1/groups/creator': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/groups/creator' }) },
  'POST /api/v1/groups/creator': {
    expect: SIGNED_IN('ok', { federation_member: 409, analyst: 409, admin: 409 }),
    request: async (f) => {
      await f.clearCreatorRequest();
      return { url: '/api/v1/groups/creator', body: { reason: 'Jag samordnar butikerna på torget.' } };
    },
  },
  'GET /api/v1/groups/{groupId}': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `/api/v1/groups/${await f.group()}` }),
  },
  'PATCH /api/v1/groups/{groupId}': {
    expect: GROUP_ADMIN,
    request: async (f) => ({
      url: `/api/v1/groups/${await f.group()}`,
      body: { settings: { moderation: true } },
    }),
  },
  'GET /api/v1/groups/{groupId}/members': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `/api/v1/groups/${await f.group()}/members` }),
  },
  'PATCH /api/v1/groups/{groupId}/members/{userId}': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const groupId = await f.group();
      return {
        url: `/api/v1/groups/${groupId}/members/${await f.groupMemberId(groupId)}`,
        body: { badge: 'property_owner' },
      };
    },
  },
  'DELETE /api/v1/groups/{groupId}/members/{userId}': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const groupId = await f.group();
      return { url: `/api/v1/groups/${groupId}/members/${await f.groupMemberId(groupId)}` };
    },
  },
  'POST /api/v1/groups/{groupId}/applications': {
    // An open group: anyone outside it applies; those in it already are members; the banned may not.
    expect: SIGNED_IN('ok', {
      group_member: { own: 409, foreign: 'ok' },
      group_admin: { own: 409, foreign: 'ok' },
      group_crisis_admin: { own: 409, foreign: 'ok' },
      group_banned: { own: 404, foreign: 'ok' },
    }),
    request: async (f) => ({ url: `/api/v1/groups/${await f.group({ open: true })}/applications`, body: {} }),
  },
  'GET /api/v1/groups/{groupId}/applications': {
    expect: GROUP_ADMIN,
    request: async (f) => ({ url: `/api/v1/groups/${await f.group()}/applications` }),
  },
  'PUT /api/v1/groups/{groupId}/applications/{applicationId}': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const groupId = await f.group();
      return {
        url: `/api/v1/groups/${groupId}/applications/${await f.groupApplicationId(groupId)}`,
        body: { decision: 'approve' },
      };
    },
  },
  'GET /api/v1/groups/{groupId}/invites': {
    expect: GROUP_ADMIN,
    request: async (f) => ({ url: `/api/v1/groups/${await f.group()}/invites` }),
  },
  'POST /api/v1/groups/{groupId}/invites': {
    expect: GROUP_ADMIN,
    request: async (f) => ({ url: `/api/v1/groups/${await f.group()}/invites`, body: { email: anEmail() } }),
  },
  'DELETE /api/v1/groups/{groupId}/invites/{inviteId}': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const groupId = await f.group();
      return { url: `/api/v1/groups/${groupId}/invites/${(await f.groupInvite(groupId)).id}` };
    },
  },
  'GET /api/v1/group-invites/{token}': {
    expect: PUBLIC(),
    request: async (f) => ({ url: `/api/v1/group-invites/${(await f.groupInvite(await f.group())).token}` }),
  },
  'POST /api/v1/group-invites/{token}/accept': {
    // The invite is addressed to the actor; a banned member cannot come back through it.
    expect: SIGNED_IN('ok', { group_banned: { own: 403, foreign: 'ok' } }),
    request: async (f) => ({
      url: `/api/v1/group-invites/${(await f.groupInvite(await f.group())).token}/accept`,
    }),
  },
  'GET /api/v1/groups/{groupId}/posts': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `/api/v1/groups/${await f.group()}/posts` }),
  },
  'POST /api/v1/groups/{groupId}/posts': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `/api/v1/groups/${await f.group()}/posts`, body: { body: 'Hej grannar' } }),
  },
  'GET /api/v1/groups/{groupId}/posts/{postId}': {
    expect: GROUP_READ,
    request: async (f) => {
      const groupId = await f.group();
      return { url: `/api/v1/groups/${groupId}/posts/${await f.groupPost(groupId)}` };
    },
  },
  'PATCH /api/v1/groups/{groupId}/posts/{postId}': {
    // The actor's own post where they have a seat: every member edits their own.
    expect: GROUP_READ,
    request: async (f) => {
      const groupId = await f.group();
      return {
        url: `/api/v1/groups/${groupId}/posts/${await f.groupPost(groupId, { byActor: true })}`,
        body: { body: 'Möte på fredag' },
      };
    },
  },
  'DELETE /api/v1/groups/{groupId}/posts/{postId}': {
    // Somebody else's post: only the group's admins remove it.
    expect: GROUP_ADMIN,
    request: async (f) => {
      const groupId = await f.group();
      return { url: `/api/v1/groups/${groupId}/posts/${await f.groupPost(groupId)}` };
    },
  },
  'POST /api/v1/groups/{groupId}/posts/{postId}/approval': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const groupId = await f.group();
      return {
        url: `/api/v1/groups/${groupId}/posts/${await f.groupPost(groupId, { state: 'pending' })}/approval`,
      };
    },
  },
  'POST /api/v1/groups/{groupId}/posts/{postId}/reports': {
    expect: GROUP_READ,
    request: async (f) => {
      const groupId = await f.group();
      return {
        url: `/api/v1/groups/${groupId}/posts/${await f.groupPost(groupId)}/reports`,
        body: { reason: 'Kränkande' },
      };
    },
  },
  // GRP-4: a post's files follow the post: its readers read them, its author adds them (as PATCH, on the
  // actor's own post), and the author or an admin removes them (as DELETE, on somebody else's post).
  'POST /api/v1/groups/{groupId}/posts/{postId}/attachments': {
    expect: GROUP_READ,
    request: async (f) => {
      const groupId = await f.group();
      const body = new FormData();
      body.append('file', new Blob([TINY_PNG], { type: 'image/png' }), 'bild.png');
      return {
        url: `/api/v1/groups/${groupId}/posts/${await f.groupPost(groupId, { byActor: true })}/attachments`,
        body,
      };
    },
  },
  'GET /api/v1/groups/{groupId}/posts/{postId}/attachments/{attachmentId}': {
    expect: GROUP_READ,
    request: async (f) => ({ url: await f.groupPostAttachment(await f.group()) }),
  },
  'GET /api/v1/groups/{groupId}/posts/{postId}/attachments/{attachmentId}/thumbnail': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `${await f.groupPostAttachment(await f.group())}/thumbnail` }),
  },
  'DELETE /api/v1/groups/{groupId}/posts/{postId}/attachments/{attachmentId}': {
    expect: GROUP_ADMIN,
    request: async (f) => ({ url: await f.groupPostAttachment(await f.group()) }),
  },
  // GRP-6: a group's documents: its members read them, its admins put them up and remove them.
  'GET /api/v1/groups/{groupId}/documents': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `/api/v1/groups/${await f.group()}/documents` }),
  },
  'POST /api/v1/groups/{groupId}/documents': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const body = new FormData();
      body.append('title', 'Utrymningsplan');
      body.append('file', new Blob([TINY_PNG], { type: 'image/png' }), 'plan.png');
      return { url: `/api/v1/groups/${await f.group()}/documents`, body };
    },
  },
  'GET /api/v1/groups/{groupId}/documents/{documentId}': {
    expect: GROUP_READ,
    request: async (f) => ({ url: await f.groupDocument(await f.group()) }),
  },
  'GET /api/v1/groups/{groupId}/documents/{documentId}/thumbnail': {
    expect: GROUP_READ,
    request: async (f) => ({ url: `${await f.groupDocument(await f.group())}/thumbnail` }),
  },
  'DELETE /api/v1/groups/{groupId}/documents/{documentId}': {
    expect: GROUP_ADMIN,
    request: async (f) => ({ url: await f.groupDocument(await f.group()) }),
  },
  'POST /api/v1/groups/{groupId}/bans': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const groupId = await f.group();
      return { url: `/api/v1/groups/${groupId}/bans`, body: { userId: await f.groupMemberId(groupId) } };
    },
  },
  'DELETE /api/v1/groups/{groupId}/bans/{userId}': {
    expect: GROUP_ADMIN,
    request: async (f) => {
      const groupId = await f.group();
      return { url: `/api/v1/groups/${groupId}/bans/${await f.bannedGroupMemberId(groupId)}` };
    },
  },
  'GET /api/v1/admin/group-creators': {
    expect: { ...PLATFORM_ADMIN, analyst: 'ok' },
    request: () => ({ url: '/api/v1/admin/group-creators' }),
  },
  'PUT /api/v1/admin/group-creators/{userId}': {
    expect: { ...PLATFORM_ADMIN, analyst: 'ok' },
    request: async (f) => ({
      url: `/api/v1/admin/group-creators/${await f.creatorRequestUserId()}`,
      body: { decision: 'grant' },
    }),
  },
};
