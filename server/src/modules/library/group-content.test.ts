import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog, groupMembers, groups } from '../../db/schema';

/** GRP-6, CHK-1: a group's checklists, routines and contact lists, read by its members and written by its admins. */

let t: TestApp;
type Person = { user: TestUser; client: TestClient };
let admin: Person;
let member: Person;
let crisisAdmin: Person;
let outsider: Person;
let analyst: Person;
let groupId: string;
let otherGroupId: string;

async function person(options: Parameters<TestApp['factories']['user']>[0] = {}): Promise<Person> {
  const user = await t.factories.user(options);
  return { user, client: await t.factories.signedIn(user, t.url) };
}

async function seat(
  group: string,
  who: Person,
  values: Partial<typeof groupMembers.$inferInsert> = {},
): Promise<void> {
  await t.deps.db.insert(groupMembers).values({ groupId: group, userId: who.user.id, ...values });
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await person({ federationMember: true });
  member = await person();
  crisisAdmin = await person();
  outsider = await person();
  analyst = await person({ platformRole: 'analyst', totp: 'JBSWY3DPEHPK3PXP' });
  const created = await admin.client.post('/api/v1/groups', { name: 'Butikerna på torget', kind: 'local' });
  expect(created.status).toBe(201);
  groupId = created.body.id;
  await seat(groupId, member);
  await seat(groupId, crisisAdmin, { crisisAdmin: true });
  const other = await analyst.client.post('/api/v1/groups', { name: 'Industriområdet', kind: 'local' });
  otherGroupId = other.body.id;
});
afterAll(() => t.close());

type Summary = { id: string; scope: string; group: { id: string; name: string } | null; canEdit: boolean };

async function listed(client: TestClient, query: string): Promise<Summary[]> {
  const page = await client.get(`/api/v1/library?${query}`);
  expect(page.status).toBe(200);
  return page.body.items;
}
const ids = (items: Summary[]) => items.map((item) => item.id);

const routine = (group: string | null, title = 'Utrymning av torget', overrides: object = {}) => ({
  kind: 'routine',
  scope: 'group',
  groupId: group,
  tags: ['kris'],
  sv: {
    title,
    summary: 'När larmet går',
    body: '1. Ring 112.\n2. Samlas vid fontänen på torget.\n3. Räkna in personalen.',
  },
  ...overrides,
});

async function created(body: object, by: Person = admin) {
  const response = await by.client.post('/api/v1/library', body);
  expect(response.status, response.text).toBe(201);
  return response.body as { id: string; updatedAt: string };
}

describe('group content (GRP-6)', () => {
  it('is written by the group’s admin and read by its members, with the group named', async () => {
    const entry = await created(routine(groupId));
    const read = await member.client.get(`/api/v1/library/${entry.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      kind: 'routine',
      scope: 'group',
      group: { id: groupId, name: 'Butikerna på torget' },
      canEdit: false,
    });
    expect(read.body.writableScopes).not.toContain('group');
    const asAdmin = await admin.client.get(`/api/v1/library/${entry.id}`);
    expect(asAdmin.body).toMatchObject({ canEdit: true });
    expect(asAdmin.body.writableScopes).toContain('group');
    expect((await crisisAdmin.client.get(`/api/v1/library/${entry.id}`)).status).toBe(200);

    const inGroup = await listed(member.client, `groupId=${groupId}`);
    expect(ids(inGroup)).toEqual([entry.id]);
    expect(inGroup[0]).toMatchObject({ group: { id: groupId, name: 'Butikerna på torget' }, canEdit: false });
    expect((await listed(admin.client, `groupId=${groupId}`))[0]?.canEdit).toBe(true);
    expect(ids(await listed(member.client, 'q=fontänen'))).toEqual([entry.id]);
    expect(ids(await listed(member.client, 'scope=group'))).toContain(entry.id);
    expect(ids(await listed(member.client, 'kind=routine'))).toContain(entry.id);

    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, entry.id), eq(auditLog.action, 'library.entry_created')));
    expect(audit[0]?.details).toEqual({ scope: 'group', kind: 'routine', groupId });
  });

  it('does not exist for anyone outside the group, platform staff included, through any route', async () => {
    const entry = await created(routine(groupId, 'Hemlig kontaktlista', { kind: 'contacts' }));
    for (const { client } of [outsider, analyst]) {
      expect((await client.get(`/api/v1/library/${entry.id}`)).status).toBe(404);
      expect((await client.get(`/api/v1/library/${entry.id}/runs`)).status).toBe(404);
      expect((await client.put(`/api/v1/library/${entry.id}`, routine(groupId))).status).toBe(404);
      expect((await client.delete(`/api/v1/library/${entry.id}`)).status).toBe(404);
      expect(await listed(client, `groupId=${groupId}`)).toEqual([]);
      expect(ids(await listed(client, 'q=hemlig'))).not.toContain(entry.id);
      expect(ids(await listed(client, 'scope=group&limit=100'))).not.toContain(entry.id);
      expect(ids(await listed(client, 'kind=contacts&limit=100'))).not.toContain(entry.id);
    }
    // The list of a group the reader is not in answers as one that does not exist: empty, nothing to write.
    const unknown = await outsider.client.get('/api/v1/library?groupId=01a20000-0000-7000-8000-000000000000');
    const foreign = await outsider.client.get(`/api/v1/library?groupId=${groupId}`);
    expect(foreign.body).toEqual(unknown.body);
    expect(foreign.body.writableScopes).toEqual(['personal']);
  });

  it('hides the entries from banned and former members', async () => {
    const entry = await created(routine(groupId, 'Första hjälpen'));
    const banned = await person();
    const former = await person();
    await seat(groupId, banned);
    await seat(groupId, former);
    expect((await banned.client.get(`/api/v1/library/${entry.id}`)).status).toBe(200);
    expect((await former.client.get(`/api/v1/library/${entry.id}`)).status).toBe(200);

    const ban = await admin.client.post(`/api/v1/groups/${groupId}/bans`, { userId: banned.user.id });
    expect(ban.status, ban.text).toBe(200);
    const left = await former.client.delete(`/api/v1/groups/${groupId}/members/${former.user.id}`);
    expect(left.status, left.text).toBe(200);

    for (const { client } of [banned, former]) {
      expect((await client.get(`/api/v1/library/${entry.id}`)).status).toBe(404);
      expect(await listed(client, `groupId=${groupId}`)).toEqual([]);
      expect(ids(await listed(client, `q=${encodeURIComponent('första hjälpen')}`))).not.toContain(entry.id);
    }
  });

  it('is written only by the group’s admins: members are refused, outsiders and other groups do not exist', async () => {
    const entry = await created(routine(groupId, 'Larmrutin'));
    for (const { client } of [member, crisisAdmin]) {
      expect((await client.post('/api/v1/library', routine(groupId, 'Min rutin'))).status).toBe(403);
      expect((await client.put(`/api/v1/library/${entry.id}`, routine(groupId, 'Ändrad'))).status).toBe(403);
      expect((await client.delete(`/api/v1/library/${entry.id}`)).status).toBe(403);
    }
    const outside = await outsider.client.post('/api/v1/library', routine(groupId));
    expect(outside.status).toBe(404);
    expect(outside.body.error.message).toBe('Gruppen hittades inte');
    // Platform staff write for everyone, not inside groups they are not in.
    expect((await analyst.client.post('/api/v1/library', routine(groupId))).status).toBe(404);
    // An admin of one group cannot move its entry into a group they are not in.
    expect((await admin.client.put(`/api/v1/library/${entry.id}`, routine(otherGroupId))).status).toBe(404);
    // Nor publish it to everyone.
    const published = await admin.client.put(
      `/api/v1/library/${entry.id}`,
      routine(null, 'Larmrutin', {
        scope: 'everyone',
      }),
    );
    expect(published.status).toBe(403);

    const edited = await admin.client.put(`/api/v1/library/${entry.id}`, {
      ...routine(groupId, 'Larmrutin för torget'),
      baseUpdatedAt: entry.updatedAt,
    });
    expect(edited.status).toBe(200);
    expect((await member.client.get(`/api/v1/library/${entry.id}`)).body.sv.title).toBe(
      'Larmrutin för torget',
    );
    expect((await admin.client.delete(`/api/v1/library/${entry.id}`)).status).toBe(200);
    expect((await member.client.get(`/api/v1/library/${entry.id}`)).status).toBe(404);
  });

  it('asks for the group exactly when the scope is a group, field by field', async () => {
    const missing = await admin.client.post('/api/v1/library', routine(null));
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.groupId).toBe('Välj gruppen som posten hör till');
    const { groupId: _, ...withoutField } = routine(null);
    const absent = await admin.client.post('/api/v1/library', withoutField);
    expect(absent.body.error.fields.groupId).toBe('Välj gruppen som posten hör till');
    const stray = await admin.client.post('/api/v1/library', routine(groupId, 'Egen', { scope: 'personal' }));
    expect(stray.status).toBe(400);
    expect(stray.body.error.fields.groupId).toBe('Bara en grupps poster hör till en grupp');
    const badId = await admin.client.post('/api/v1/library', routine('inte-ett-id'));
    expect(badId.status).toBe(400);
    expect(badId.body.error.fields).toHaveProperty('groupId');
    const badFilter = await admin.client.get('/api/v1/library?groupId=inte-ett-id');
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.error.fields).toHaveProperty('groupId');
  });

  it('offers the group scope in a group’s list only to its admins', async () => {
    expect((await admin.client.get(`/api/v1/library?groupId=${groupId}`)).body.writableScopes).toEqual([
      'personal',
      'group',
    ]);
    expect((await member.client.get(`/api/v1/library?groupId=${groupId}`)).body.writableScopes).toEqual([
      'personal',
    ]);
    expect((await admin.client.get('/api/v1/library')).body.writableScopes).toEqual(['personal']);
  });

  it('runs a group checklist like any other, privately to each member', async () => {
    const checklist = await created({
      kind: 'checklist',
      scope: 'group',
      groupId,
      sv: { title: 'Stängning av torget', items: ['Lås grindarna', 'Tänd belysningen'] },
    });
    const run = await member.client.post(`/api/v1/library/${checklist.id}/runs`, {
      language: 'sv',
      entryUpdatedAt: checklist.updatedAt,
      items: [{ done: true }, { done: false, note: 'Grind 2 trasig' }],
    });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ title: 'Stängning av torget', doneCount: 1 });
    expect((await member.client.get(`/api/v1/library/${checklist.id}/runs`)).body.items).toHaveLength(1);
    expect((await admin.client.get(`/api/v1/library/${checklist.id}/runs`)).body.items).toEqual([]);
    const refused = await outsider.client.post(`/api/v1/library/${checklist.id}/runs`, {
      language: 'sv',
      entryUpdatedAt: checklist.updatedAt,
      items: [{ done: true }, { done: true }],
    });
    expect(refused.status).toBe(404);
  });

  it('keeps an archived group’s content to be read, not changed', async () => {
    const archived = await admin.client.post('/api/v1/groups', { name: 'Julmarknaden', kind: 'local' });
    const archivedId = archived.body.id as string;
    await seat(archivedId, member);
    const entry = await created(routine(archivedId, 'Julmarknadens kontakter', { kind: 'contacts' }));
    await t.deps.db.update(groups).set({ archivedAt: new Date() }).where(eq(groups.id, archivedId));

    expect((await member.client.get(`/api/v1/library/${entry.id}`)).status).toBe(200);
    expect(ids(await listed(member.client, `groupId=${archivedId}`))).toEqual([entry.id]);
    const asAdmin = await admin.client.get(`/api/v1/library/${entry.id}`);
    expect(asAdmin.body).toMatchObject({ canEdit: false });
    expect(asAdmin.body.writableScopes).not.toContain('group');
    expect((await listed(admin.client, `groupId=${archivedId}`))[0]?.canEdit).toBe(false);
    expect((await admin.client.get(`/api/v1/library?groupId=${archivedId}`)).body.writableScopes).toEqual([
      'personal',
    ]);

    const edit = await admin.client.put(
      `/api/v1/library/${entry.id}`,
      routine(archivedId, 'Ny', { kind: 'contacts' }),
    );
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toMatch(/arkiverad/);
    expect((await admin.client.delete(`/api/v1/library/${entry.id}`)).status).toBe(409);
    expect((await admin.client.post('/api/v1/library', routine(archivedId, 'Ny'))).status).toBe(409);
    expect((await member.client.put(`/api/v1/library/${entry.id}`, routine(archivedId))).status).toBe(403);
  });

  it('goes with its group when the group is deleted', async () => {
    const doomed = await admin.client.post('/api/v1/groups', { name: 'Tillfällig', kind: 'local' });
    const entry = await created(routine(doomed.body.id, 'Kortlivad rutin'));
    await t.deps.db.delete(groups).where(eq(groups.id, doomed.body.id));
    expect((await admin.client.get(`/api/v1/library/${entry.id}`)).status).toBe(404);
  });
});
