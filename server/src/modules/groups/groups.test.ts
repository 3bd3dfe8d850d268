import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { groups } from '../../db/schema';
import { archiveEndedEventGroup, archiveTimeOf } from './service';

let t: TestApp;
let analyst: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.factories.signedIn(
    await t.factories.user({ platformRole: 'analyst', totp: 'JBSWY3DPEHPK3PXP' }),
    t.url,
  );
});
afterAll(() => t.close());

async function person(options: { federationMember?: boolean } = {}) {
  const user = await t.factories.user(options);
  return { user, client: await t.factories.signedIn(user, t.url) };
}

const torget = (overrides: Record<string, unknown> = {}) => ({
  name: 'Butikerna runt Stortorget',
  kind: 'local',
  description: 'Samverkan mellan butikerna runt torget.',
  kommunCode: '1280',
  openForApplications: true,
  ...overrides,
});

async function groupBy(creator: TestClient, overrides: Record<string, unknown> = {}) {
  const created = await creator.post('/api/v1/groups', torget(overrides));
  expect(created.status).toBe(201);
  return created.body as { id: string; name: string };
}

async function join(groupId: string, admin: TestClient, who: { user: TestUser; client: TestClient }) {
  expect((await admin.post(`/api/v1/groups/${groupId}/invites`, { email: who.user.email })).status).toBe(201);
  await t.runJobs();
  const token = t.smtp.linkTo(who.user.email, '/group-invite/').split('/group-invite/')[1];
  expect((await who.client.post(`/api/v1/group-invites/${token}/accept`)).status).toBe(200);
}

describe('creating groups (GRP-1, GRP-2)', () => {
  it('lets verified federation members create groups, with themselves as admin', async () => {
    const { client, user } = await person({ federationMember: true });
    const created = await client.post('/api/v1/groups', torget({ settings: { moderation: true } }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Butikerna runt Stortorget',
      kommun: { code: '1280', name: 'Malmö kommun' },
      membership: { role: 'admin', crisisAdmin: false },
      memberCount: 1,
      settings: { moderation: true, membersMayPost: true, membersMayShareIncidents: true },
      archivedAt: null,
    });
    const members = await client.get(`/api/v1/groups/${created.body.id}/members`);
    expect(members.body.items).toEqual([expect.objectContaining({ userId: user.id, role: 'admin' })]);
    expect((await client.get('/api/v1/groups/creator')).body).toMatchObject({
      mayCreateGroups: true,
      reason: 'federation_member',
    });
  });

  it('lets others ask for the right, which an analyst grants or denies', async () => {
    const { client, user } = await person();
    expect((await client.post('/api/v1/groups', torget())).status).toBe(403);
    expect((await client.get('/api/v1/groups/creator')).body).toEqual({
      mayCreateGroups: false,
      reason: null,
      request: null,
    });
    const short = await client.post('/api/v1/groups/creator', { reason: 'Vill' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('reason');
    const asked = await client.post('/api/v1/groups/creator', {
      reason: 'Jag är brottsförebyggande samordnare i kommunen.',
    });
    expect(asked.status).toBe(200);
    expect(asked.body.request.state).toBe('pending');
    expect((await client.post('/api/v1/groups/creator', { reason: 'En gång till, snälla.' })).status).toBe(
      409,
    );

    expect((await client.get('/api/v1/admin/group-creators')).status).toBe(404);
    const waiting = await analyst.get('/api/v1/admin/group-creators?state=pending&limit=200');
    expect(waiting.body.items.map((item: { userId: string }) => item.userId)).toContain(user.id);
    const granted = await analyst.put(`/api/v1/admin/group-creators/${user.id}`, { decision: 'grant' });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ userId: user.id, state: 'granted', name: user.name });

    expect((await client.get('/api/v1/groups/creator')).body).toMatchObject({
      mayCreateGroups: true,
      reason: 'granted',
    });
    expect((await client.post('/api/v1/groups', torget({ name: 'Kommunens samverkan' }))).status).toBe(201);
  });

  it('requires an end date of event groups only, and archives the group after it', async () => {
    const { client } = await person({ federationMember: true });
    const noEnd = await client.post('/api/v1/groups', torget({ kind: 'event' }));
    expect(noEnd.status).toBe(400);
    expect(noEnd.body.error.fields).toHaveProperty('endsOn');
    const endOnLocal = await client.post('/api/v1/groups', torget({ endsOn: '2099-01-01' }));
    expect(endOnLocal.status).toBe(400);
    const past = await client.post('/api/v1/groups', torget({ kind: 'event', endsOn: '2020-06-01' }));
    expect(past.status).toBe(400);
    expect(past.body.error.fields.endsOn).toBe('Slutdatumet har redan passerat');
    const badKommun = await client.post('/api/v1/groups', torget({ kommunCode: '9999' }));
    expect(badKommun.status).toBe(400);
    expect(badKommun.body.error.fields.kommunCode).toBe('Okänd kommun');

    const festival = await groupBy(client, { kind: 'event', endsOn: '2099-08-15', name: 'Stadsfestivalen' });
    expect(archiveTimeOf('2099-08-15').toISOString()).toBe('2099-08-15T23:00:00.000Z');

    await archiveEndedEventGroup(t.deps, festival.id, new Date('2099-08-15T12:00:00Z'));
    expect((await client.get(`/api/v1/groups/${festival.id}`)).body.archivedAt).toBeNull();
    await archiveEndedEventGroup(t.deps, festival.id, new Date('2099-08-16T08:00:00Z'));
    const archived = await client.get(`/api/v1/groups/${festival.id}`);
    expect(archived.body.archivedAt).not.toBeNull();
    const change = await client.patch(`/api/v1/groups/${festival.id}`, { name: 'Ny' });
    expect(change.status).toBe(409);
    // Archived groups are not offered to new members.
    const search = await client.get(`/api/v1/groups?q=${encodeURIComponent('Stadsfestivalen')}`);
    expect(search.body.items).toEqual([]);
  });
});

describe('finding and joining groups (GRP-2)', () => {
  it('finds open groups by name and kommun, and never closed ones', async () => {
    const { client } = await person({ federationMember: true });
    const open = await groupBy(client, { name: 'Industriområdet Norr', kommunCode: '0180' });
    const closed = await groupBy(client, { name: 'Industriområdet Syd', openForApplications: false });
    const { client: stranger } = await person();

    const byName = await stranger.get(`/api/v1/groups?q=${encodeURIComponent('industriområdet')}`);
    expect(byName.body.items.map((g: { id: string }) => g.id)).toEqual([open.id]);
    expect(byName.body.items[0].membership).toBeNull();
    const byKommun = await stranger.get('/api/v1/groups?kommun=0180');
    expect(byKommun.body.items.map((g: { id: string }) => g.id)).toContain(open.id);
    expect((await stranger.get('/api/v1/groups?kommun=1280&q=Norr')).body.items).toEqual([]);
    expect((await stranger.get('/api/v1/groups?q=%25')).body.items).toEqual([]);

    expect((await stranger.get(`/api/v1/groups/${open.id}`)).status).toBe(200);
    expect((await stranger.get(`/api/v1/groups/${open.id}/members`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/groups/${closed.id}`)).status).toBe(404);
    expect((await stranger.post(`/api/v1/groups/${closed.id}/applications`, {})).status).toBe(404);
  });

  it('takes applications that the admins approve or deny, and tells the applicant', async () => {
    const admin = await person({ federationMember: true });
    const group = await groupBy(admin.client, { name: 'Gallerian' });
    const applicant = await person();
    const applied = await applicant.client.post(`/api/v1/groups/${group.id}/applications`, {
      message: 'Jag driver caféet på plan 2.',
    });
    expect(applied.status).toBe(200);
    expect(applied.body.applicationPending).toBe(true);
    expect((await applicant.client.post(`/api/v1/groups/${group.id}/applications`, {})).status).toBe(409);

    const waiting = await admin.client.get(`/api/v1/groups/${group.id}/applications`);
    expect(waiting.body.items).toEqual([
      expect.objectContaining({ user: expect.objectContaining({ id: applicant.user.id }), state: 'pending' }),
    ]);
    const applicationId = waiting.body.items[0].id;
    expect((await applicant.client.get(`/api/v1/groups/${group.id}/applications`)).status).toBe(404);

    const approved = await admin.client.put(`/api/v1/groups/${group.id}/applications/${applicationId}`, {
      decision: 'approve',
    });
    expect(approved.status).toBe(200);
    expect(
      (
        await admin.client.put(`/api/v1/groups/${group.id}/applications/${applicationId}`, {
          decision: 'deny',
        })
      ).status,
    ).toBe(409);
    await t.runJobs();
    expect(t.smtp.to(applicant.user.email).at(-1)?.subject).toBe('Välkommen till Gallerian');
    const joined = await applicant.client.get(`/api/v1/groups/${group.id}`);
    expect(joined.body).toMatchObject({
      membership: { role: 'member' },
      memberCount: 2,
      applicationPending: false,
    });
    expect((await applicant.client.get(`/api/v1/groups/${group.id}/applications`)).status).toBe(403);
    expect((await applicant.client.post(`/api/v1/groups/${group.id}/applications`, {})).status).toBe(409);

    const denied = await person();
    await denied.client.post(`/api/v1/groups/${group.id}/applications`, {});
    const [pending] = (await admin.client.get(`/api/v1/groups/${group.id}/applications`)).body.items;
    await admin.client.put(`/api/v1/groups/${group.id}/applications/${pending.id}`, { decision: 'deny' });
    await t.runJobs();
    expect(t.smtp.to(denied.user.email).at(-1)?.text).toContain('godkändes inte');
    expect((await denied.client.get(`/api/v1/groups/${group.id}/members`)).status).toBe(404);
  });

  it('invites by an e-mailed link that only the invited address can use, once', async () => {
    const admin = await person({ federationMember: true });
    const group = await groupBy(admin.client, { name: 'Kedjans butiker', openForApplications: false });
    const invited = await person();
    expect(
      (
        await admin.client.post(`/api/v1/groups/${group.id}/invites`, {
          email: invited.user.email.toUpperCase(),
        })
      ).status,
    ).toBe(201);
    await t.runJobs();
    const link = t.smtp.linkTo(invited.user.email, '/group-invite/');
    expect(t.smtp.to(invited.user.email).at(-1)?.subject).toBe(
      'Inbjudan till gruppen Kedjans butiker i Vaksam',
    );
    const token = link.split('/group-invite/')[1] ?? '';

    const preview = await t.client().get(`/api/v1/group-invites/${token}`);
    expect(preview.body).toMatchObject({ groupName: 'Kedjans butiker', email: invited.user.email });
    const someoneElse = await person();
    const wrong = await someoneElse.client.post(`/api/v1/group-invites/${token}/accept`);
    expect(wrong.status).toBe(422);
    expect((await invited.client.post(`/api/v1/group-invites/${token}/accept`)).status).toBe(200);
    expect((await invited.client.post(`/api/v1/group-invites/${token}/accept`)).status).toBe(404);
    expect((await invited.client.get(`/api/v1/groups/${group.id}`)).body.membership.role).toBe('member');

    const again = await admin.client.post(`/api/v1/groups/${group.id}/invites`, {
      email: invited.user.email,
    });
    expect(again.status).toBe(409);
    const other = await admin.client.post(`/api/v1/groups/${group.id}/invites`, { email: 'ny@example.se' });
    expect((await admin.client.delete(`/api/v1/groups/${group.id}/invites/${other.body.id}`)).status).toBe(
      200,
    );
    const list = await admin.client.get(`/api/v1/groups/${group.id}/invites`);
    expect(list.body.items.map((i: { status: string }) => i.status).sort()).toEqual(['accepted', 'revoked']);
    expect(
      (await invited.client.post(`/api/v1/groups/${group.id}/invites`, { email: 'x@example.se' })).status,
    ).toBe(403);
  });
});

describe('running a group (GRP-2, GRP-3, GRP-7)', () => {
  it('lets admins appoint admins and crisis admins, give badges and change settings', async () => {
    const admin = await person({ federationMember: true });
    const group = await groupBy(admin.client, { name: 'Centrum', openForApplications: false });
    const police = await person();
    await join(group.id, admin.client, police);

    const badge = await admin.client.patch(`/api/v1/groups/${group.id}/members/${police.user.id}`, {
      badge: 'community_police',
      crisisAdmin: true,
    });
    expect(badge.status).toBe(200);
    expect(badge.body).toMatchObject({ badge: 'community_police', crisisAdmin: true, role: 'member' });
    expect((await police.client.get(`/api/v1/groups/${group.id}`)).body.membership).toEqual({
      role: 'member',
      crisisAdmin: true,
      badge: 'community_police',
    });
    expect(
      (await police.client.patch(`/api/v1/groups/${group.id}`, { settings: { moderation: true } })).status,
    ).toBe(403);
    const settings = await admin.client.patch(`/api/v1/groups/${group.id}`, {
      settings: { moderation: true, membersMayPost: false },
    });
    expect(settings.body.settings).toEqual({
      moderation: true,
      membersMayPost: false,
      membersMayShareIncidents: true,
    });
    const badBadge = await admin.client.patch(`/api/v1/groups/${group.id}/members/${police.user.id}`, {
      badge: 'sheriff',
    });
    expect(badBadge.status).toBe(400);
    expect(badBadge.body.error.fields).toHaveProperty('badge');
  });

  it('always keeps an admin, and lets members leave and admins remove them', async () => {
    const admin = await person({ federationMember: true });
    const group = await groupBy(admin.client, { name: 'Hamnen', openForApplications: false });
    const second = await person();
    const third = await person();
    await join(group.id, admin.client, second);
    await join(group.id, admin.client, third);

    const lastAdmin = await admin.client.delete(`/api/v1/groups/${group.id}/members/${admin.user.id}`);
    expect(lastAdmin.status).toBe(409);
    const demote = await admin.client.patch(`/api/v1/groups/${group.id}/members/${admin.user.id}`, {
      role: 'member',
    });
    expect(demote.status).toBe(409);
    await admin.client.patch(`/api/v1/groups/${group.id}/members/${second.user.id}`, { role: 'admin' });
    expect((await admin.client.delete(`/api/v1/groups/${group.id}/members/${admin.user.id}`)).status).toBe(
      200,
    );
    expect((await admin.client.get(`/api/v1/groups/${group.id}`)).status).toBe(404);

    expect((await third.client.delete(`/api/v1/groups/${group.id}/members/${second.user.id}`)).status).toBe(
      403,
    );
    expect((await second.client.delete(`/api/v1/groups/${group.id}/members/${third.user.id}`)).status).toBe(
      200,
    );
    expect((await third.client.get(`/api/v1/groups/${group.id}`)).status).toBe(404);
    const mine = await second.client.get('/api/v1/groups/mine');
    expect(mine.body.items.map((g: { id: string }) => g.id)).toContain(group.id);
    const row = await t.deps.db.select().from(groups).where(eq(groups.id, group.id));
    expect(row).toHaveLength(1);
  });
});
