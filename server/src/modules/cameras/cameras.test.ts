import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const camera = {
  name: 'Kassa 2',
  placement: 'I taket ovanför kassa 2, riktad mot kassadisken',
  purpose: 'Förebygga och utreda rån och snatteri',
  signage: true,
  retentionDays: 30,
  accessHolders: ['Butikschef', 'Säkerhetsansvarig'],
};

describe('camera register', () => {
  it('lets a manager keep the cameras of a unit and members read them', async () => {
    const { user: manager, org } = await t.factories.member('manager');
    const { user: reporter } = await t.factories.member('reporter', org);
    const unit = await t.factories.unit(org);
    const managerClient = await t.factories.signedIn(manager, t.url);
    const added = await managerClient.post(`/api/v1/orgs/${org.id}/units/${unit.id}/cameras`, camera);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ ...camera, unitId: unit.id });
    const updated = await managerClient.patch(`/api/v1/orgs/${org.id}/cameras/${added.body.id}`, {
      retentionDays: 14,
    });
    expect(updated.body.retentionDays).toBe(14);
    const reporterClient = await t.factories.signedIn(reporter, t.url);
    const listed = await reporterClient.get(`/api/v1/orgs/${org.id}/units/${unit.id}/cameras`);
    expect(listed.body.items.map((c: { name: string }) => c.name)).toEqual(['Kassa 2']);
    expect(
      (await reporterClient.post(`/api/v1/orgs/${org.id}/units/${unit.id}/cameras`, camera)).status,
    ).toBe(403);
    expect((await managerClient.delete(`/api/v1/orgs/${org.id}/cameras/${added.body.id}`)).status).toBe(200);
    expect((await reporterClient.get(`/api/v1/orgs/${org.id}/units/${unit.id}/cameras`)).body.items).toEqual(
      [],
    );
  });

  it('refuses a retention beyond a year, a missing purpose, and a unit of another organisation', async () => {
    const { user: manager, org } = await t.factories.member('manager');
    const unit = await t.factories.unit(org);
    const client = await t.factories.signedIn(manager, t.url);
    const bad = await client.post(`/api/v1/orgs/${org.id}/units/${unit.id}/cameras`, {
      ...camera,
      retentionDays: 400,
      purpose: '',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['purpose', 'retentionDays']);
    const foreignUnit = await t.factories.unit(await t.factories.org());
    expect((await client.post(`/api/v1/orgs/${org.id}/units/${foreignUnit.id}/cameras`, camera)).status).toBe(
      404,
    );
  });
});
