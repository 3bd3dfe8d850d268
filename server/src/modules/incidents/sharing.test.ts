import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog } from '../../db/schema';

let t: TestApp;
let org: TestOrg;
let manager: TestClient;
let reporter: TestClient;
let unitId: string;

beforeAll(async () => {
  t = await startTestApp();
  const { user, org: theOrg } = await t.factories.member('manager');
  org = theOrg;
  manager = await t.factories.signedIn(user, t.url);
  reporter = await t.factories.signedIn((await t.factories.member('reporter', org)).user, t.url);
  unitId = (await t.factories.unit(org)).id;
});
afterAll(() => t.close());

const file = async (client: TestClient, orgId = org.id) => {
  const created = await client.post('/api/v1/incidents', {
    orgId,
    type: 'theft',
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    unitId: orgId === org.id ? unitId : undefined,
    latitude: orgId === org.id ? undefined : 59.3,
    longitude: orgId === org.id ? undefined : 18.1,
    description: 'Två jackor stals.',
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; sharing: string };
};
const put = (client: TestClient, url: string, body: unknown) => client.request('PUT', url, body);

describe('sharing level of a report (INC-10)', () => {
  it('files a report with the organisation default, private to the organisation until a manager changes it', async () => {
    expect((await file(reporter)).sharing).toBe('organisation');
    const read = await reporter.get(`/api/v1/orgs/${org.id}/incident-sharing`);
    expect(read.body).toEqual({
      orgId: org.id,
      defaultSharing: 'organisation',
      availableLevels: ['organisation', 'statistics', 'groups'],
      canChange: false,
      updatedAt: null,
    });

    const changed = await put(manager, `/api/v1/orgs/${org.id}/incident-sharing`, {
      defaultSharing: 'statistics',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ defaultSharing: 'statistics', canChange: true });
    expect(changed.body.updatedAt).toEqual(expect.any(String));
    expect((await file(reporter)).sharing).toBe('statistics');
    // Another organisation keeps its own default.
    const other = await t.factories.member('reporter');
    expect((await file(await t.factories.signedIn(other.user, t.url), other.org.id)).sharing).toBe(
      'organisation',
    );

    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.action, 'incidents.sharing_default_changed')));
    expect(audit.map((a) => a.details)).toEqual([{ from: 'organisation', to: 'statistics' }]);
    await put(manager, `/api/v1/orgs/${org.id}/incident-sharing`, { defaultSharing: 'organisation' });
  });

  it('lets a manager change one report and keeps the change in its history', async () => {
    const report = await file(reporter);
    const changed = await put(manager, `/api/v1/incidents/${report.id}/sharing`, { sharing: 'statistics' });
    expect(changed.status).toBe(200);
    expect(changed.body.sharing).toBe('statistics');
    expect((await reporter.get(`/api/v1/incidents/${report.id}`)).body.sharing).toBe('statistics');
    // The same level again is no change and no new history entry.
    await put(manager, `/api/v1/incidents/${report.id}/sharing`, { sharing: 'statistics' });
    const history = await manager.get(`/api/v1/incidents/${report.id}/history`);
    expect(history.body.items.filter((e: { kind: string }) => e.kind === 'updated')).toEqual([
      expect.objectContaining({
        kind: 'updated',
        actor: expect.objectContaining({ name: expect.any(String) }),
        changes: { sharing: { from: 'organisation', to: 'statistics' } },
      }),
    ]);
  });

  it('accepts groups per report and as the default', async () => {
    const report = await file(reporter);
    const perReport = await put(manager, `/api/v1/incidents/${report.id}/sharing`, { sharing: 'groups' });
    expect(perReport.status).toBe(200);
    expect(perReport.body.sharing).toBe('groups');
    const asDefault = await put(manager, `/api/v1/orgs/${org.id}/incident-sharing`, {
      defaultSharing: 'groups',
    });
    expect(asDefault.status).toBe(200);
    expect((await file(reporter)).sharing).toBe('groups');
    await put(manager, `/api/v1/orgs/${org.id}/incident-sharing`, { defaultSharing: 'organisation' });
  });

  it('answers an unknown level with a field error', async () => {
    const report = await file(reporter);
    const bad = await put(manager, `/api/v1/incidents/${report.id}/sharing`, { sharing: 'everyone' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.sharing).toBe('Välj en delningsnivå');
  });

  it('is decided by managers: the reporter is refused, other organisations do not see the report', async () => {
    const report = await file(reporter);
    expect(
      (await put(reporter, `/api/v1/incidents/${report.id}/sharing`, { sharing: 'statistics' })).status,
    ).toBe(403);
    expect(
      (await put(reporter, `/api/v1/orgs/${org.id}/incident-sharing`, { defaultSharing: 'statistics' }))
        .status,
    ).toBe(403);
    const foreign = await t.factories.signedIn((await t.factories.member('manager')).user, t.url);
    expect(
      (await put(foreign, `/api/v1/incidents/${report.id}/sharing`, { sharing: 'statistics' })).status,
    ).toBe(404);
    expect((await foreign.get(`/api/v1/orgs/${org.id}/incident-sharing`)).status).toBe(404);
  });
});
