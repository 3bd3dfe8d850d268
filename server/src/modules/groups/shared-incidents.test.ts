import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg, TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { groupMembers, groups } from '../../db/schema';

let t: TestApp;
let org: TestOrg;
let unitId: string;
let manager: { user: TestUser; client: TestClient };
let reporter: { user: TestUser; client: TestClient };

const DESCRIPTION = 'Anna Andersson, 070-123 45 67, såg två män ta jackor vid kassan.';

beforeAll(async () => {
  t = await startTestApp();
  const managerSeat = await t.factories.member('manager');
  org = managerSeat.org;
  manager = { user: managerSeat.user, client: await t.factories.signedIn(managerSeat.user, t.url) };
  const reporterUser = (await t.factories.member('reporter', org)).user;
  reporter = { user: reporterUser, client: await t.factories.signedIn(reporterUser, t.url) };
  unitId = (await t.factories.unit(org)).id;
  await manager.client.put(`/api/v1/orgs/${org.id}/incident-sharing`, { defaultSharing: 'groups' });
});
afterAll(() => t.close());

async function person() {
  const user = await t.factories.user();
  return { user, client: await t.factories.signedIn(user, t.url) };
}

/** A group whose admin is a platform-independent person; `seats` are added as members directly. */
async function groupWith(seats: { userId: string; role?: 'member' | 'admin' }[], settings = {}) {
  const admin = await person();
  const [group] = await t.deps.db
    .insert(groups)
    .values({ name: `Torget ${Math.random().toString(36).slice(2, 6)}`, kind: 'local', ...settings })
    .returning();
  if (!group) throw new Error('group not created');
  await t.deps.db
    .insert(groupMembers)
    .values([
      { groupId: group.id, userId: admin.user.id, role: 'admin' },
      ...seats.map((seat) => ({ groupId: group.id, userId: seat.userId, role: seat.role ?? 'member' })),
    ]);
  return { id: group.id, name: group.name, admin };
}

async function fileReport(client: TestClient) {
  const created = await client.post('/api/v1/incidents', {
    orgId: org.id,
    type: 'robbery',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    unitId,
    latitude: 59.334_567,
    longitude: 18.063_21,
    description: DESCRIPTION,
    answers: { valueSek: 12_500, modusOperandi: ['threat_with_weapon'] },
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; sharing: string };
}

describe('reports shared into groups (GRP-5)', () => {
  it('shows the group a summary without the reporter or the text, and un-sharing removes it', async () => {
    const report = await fileReport(reporter.client);
    expect(report.sharing).toBe('groups');
    const group = await groupWith([{ userId: reporter.user.id }]);
    const reader = await person();
    await t.deps.db.insert(groupMembers).values({ groupId: group.id, userId: reader.user.id });

    const before = await reporter.client.get(`/api/v1/incidents/${report.id}/group-shares`);
    expect(before.body).toMatchObject({
      items: [],
      sharingAllowsGroups: true,
      canIncludeDescription: false,
      shareableGroups: [{ id: group.id, name: group.name }],
    });

    const shared = await reporter.client.post(`/api/v1/incidents/${report.id}/group-shares`, {
      groupId: group.id,
    });
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({
      group: { id: group.id },
      includeDescription: false,
      canRemove: true,
    });

    const page = await reader.client.get(`/api/v1/groups/${group.id}/incidents`);
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([
      {
        id: shared.body.id,
        type: 'robbery',
        severity: expect.any(String),
        occurredAt: expect.any(String),
        place: { kommun: { code: '0180', name: 'Stockholms kommun' }, latitude: 59.33, longitude: 18.06 },
        valueBand: '10k_50k',
        modus: ['threat_with_weapon'],
        description: null,
        sharedAt: expect.any(String),
        canRemove: false,
      },
    ]);
    const text = JSON.stringify(page.body);
    expect(text).not.toContain(reporter.user.name);
    expect(text).not.toContain(reporter.user.id);
    expect(text).not.toContain(report.id);
    expect(text).not.toContain('Anna');

    const again = await reporter.client.post(`/api/v1/incidents/${report.id}/group-shares`, {
      groupId: group.id,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields.groupId).toMatch(/redan delad/);

    expect(
      (await reader.client.delete(`/api/v1/groups/${group.id}/incidents/${shared.body.id}`)).status,
    ).toBe(403);
    const removed = await reporter.client.delete(`/api/v1/groups/${group.id}/incidents/${shared.body.id}`);
    expect(removed.status).toBe(200);
    expect((await reader.client.get(`/api/v1/groups/${group.id}/incidents`)).body.items).toEqual([]);

    const history = await manager.client.get(`/api/v1/incidents/${report.id}/history`);
    const changes = history.body.items.map((event: { changes: unknown }) => event.changes);
    expect(changes).toContainEqual({ sharedToGroup: { from: null, to: group.name } });
    expect(changes).toContainEqual({ sharedToGroup: { from: group.name, to: null } });
  });

  it('sends the text along only when a manager chooses it', async () => {
    const report = await fileReport(reporter.client);
    const group = await groupWith([{ userId: reporter.user.id }, { userId: manager.user.id }]);
    const byReporter = await reporter.client.post(`/api/v1/incidents/${report.id}/group-shares`, {
      groupId: group.id,
      includeDescription: true,
    });
    expect(byReporter.status).toBe(403);
    const byManager = await manager.client.post(`/api/v1/incidents/${report.id}/group-shares`, {
      groupId: group.id,
      includeDescription: true,
    });
    expect(byManager.status).toBe(201);
    const page = await group.admin.client.get(`/api/v1/groups/${group.id}/incidents`);
    expect(page.body.items[0]).toMatchObject({ description: DESCRIPTION, canRemove: true });
  });

  it('refuses what the organisation or the group does not allow', async () => {
    const report = await fileReport(reporter.client);
    const closedToMembers = await groupWith([{ userId: reporter.user.id }], {
      membersMayShareIncidents: false,
    });
    const refused = await reporter.client.post(`/api/v1/incidents/${report.id}/group-shares`, {
      groupId: closedToMembers.id,
    });
    expect(refused.status).toBe(403);

    const notMine = await groupWith([]);
    const outside = await reporter.client.post(`/api/v1/incidents/${report.id}/group-shares`, {
      groupId: notMine.id,
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.fields.groupId).toBe('Välj en grupp du är medlem i');

    const archived = await groupWith([{ userId: reporter.user.id }]);
    await t.deps.db.update(groups).set({ archivedAt: new Date() }).where(eq(groups.id, archived.id));
    expect(
      (await reporter.client.post(`/api/v1/incidents/${report.id}/group-shares`, { groupId: archived.id }))
        .status,
    ).toBe(409);

    const stranger = await person();
    expect((await stranger.client.get(`/api/v1/incidents/${report.id}/group-shares`)).status).toBe(404);
    expect((await stranger.client.get(`/api/v1/groups/${notMine.id}/incidents`)).status).toBe(404);
  });

  it('takes a report out of every group when a manager lowers its level', async () => {
    const report = await fileReport(reporter.client);
    const group = await groupWith([{ userId: reporter.user.id }]);
    await reporter.client.post(`/api/v1/incidents/${report.id}/group-shares`, { groupId: group.id });
    expect((await group.admin.client.get(`/api/v1/groups/${group.id}/incidents`)).body.items).toHaveLength(1);

    await manager.client.put(`/api/v1/incidents/${report.id}/sharing`, { sharing: 'statistics' });
    expect((await group.admin.client.get(`/api/v1/groups/${group.id}/incidents`)).body.items).toEqual([]);
    const shares = await reporter.client.get(`/api/v1/incidents/${report.id}/group-shares`);
    expect(shares.body).toMatchObject({ items: [], sharingAllowsGroups: false, shareableGroups: [] });
    const blocked = await reporter.client.post(`/api/v1/incidents/${report.id}/group-shares`, {
      groupId: group.id,
    });
    expect(blocked.status).toBe(409);
  });

  it('lets a group admin remove a shared report and hides a deleted report', async () => {
    const report = await fileReport(reporter.client);
    const group = await groupWith([{ userId: reporter.user.id }]);
    const shared = await reporter.client.post(`/api/v1/incidents/${report.id}/group-shares`, {
      groupId: group.id,
    });
    const second = await fileReport(reporter.client);
    await reporter.client.post(`/api/v1/incidents/${second.id}/group-shares`, { groupId: group.id });
    expect((await reporter.client.delete(`/api/v1/incidents/${second.id}`)).status).toBe(200);
    const page = await group.admin.client.get(`/api/v1/groups/${group.id}/incidents`);
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([shared.body.id]);
    expect(
      (await group.admin.client.delete(`/api/v1/groups/${group.id}/incidents/${shared.body.id}`)).status,
    ).toBe(200);
  });
});
