import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { incidents, units } from '../../db/schema';

let t: TestApp;
let org: TestOrg;
let manager: TestClient;
let reporter: TestClient;
let reporterId: string;
let placedUnit: string;
let unplacedUnit: string;

beforeAll(async () => {
  t = await startTestApp();
  const member = await t.factories.member('manager');
  org = member.org;
  manager = await t.factories.signedIn(member.user, t.url);
  const reporting = await t.factories.member('reporter', org);
  reporterId = reporting.user.id;
  reporter = await t.factories.signedIn(reporting.user, t.url);
  placedUnit = (await t.factories.unit(org, 'Butik Storgatan')).id; // the factory places units in Stockholm
  const [bare] = await t.deps.db
    .insert(units)
    .values({ orgId: org.id, name: 'Lager utan adress', municipalityCode: '0180' })
    .returning({ id: units.id });
  unplacedUnit = bare?.id as string;
});
afterAll(() => t.close());

const file = (client: TestClient, body: Record<string, unknown>) =>
  client.post('/api/v1/incidents', {
    orgId: org.id,
    type: 'theft',
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    description: 'Snatteri vid kassan.',
    ...body,
  });

describe('incident map (INC-8)', () => {
  it('places reports at their own position or their unit, and counts those it cannot place', async () => {
    const own = (await file(reporter, { latitude: 57.7089, longitude: 11.9746, severity: 'serious' })).body;
    const atUnit = (await file(reporter, { unitId: placedUnit, type: 'robbery' })).body;
    await file(reporter, { unitId: unplacedUnit, type: 'vandalism' });

    const map = await manager.get(`/api/v1/incidents/map?orgId=${org.id}`);
    expect(map.status).toBe(200);
    expect(map.body.truncated).toBe(false);
    expect(map.body.withoutPosition).toBe(1);
    expect(map.body.points).toEqual([
      {
        id: atUnit.id,
        type: 'robbery',
        // Not chosen by the reporter: a robbery starts as serious.
        severity: 'serious',
        status: 'new',
        occurredAt: atUnit.occurredAt,
        latitude: 59.33,
        longitude: 18.06,
        atUnit: true,
        unitName: 'Butik Storgatan',
      },
      {
        id: own.id,
        type: 'theft',
        severity: 'serious',
        status: 'new',
        occurredAt: own.occurredAt,
        latitude: 57.7089,
        longitude: 11.9746,
        atUnit: false,
        unitName: null,
      },
    ]);
  });

  it('applies the list filters', async () => {
    const byType = await manager.get(`/api/v1/incidents/map?orgId=${org.id}&type=robbery`);
    expect(byType.body.points.map((p: { type: string }) => p.type)).toEqual(['robbery']);
    expect(byType.body.withoutPosition).toBe(0);
    const byUnit = await manager.get(`/api/v1/incidents/map?orgId=${org.id}&unitId=${unplacedUnit}`);
    expect(byUnit.body).toEqual({ points: [], truncated: false, withoutPosition: 1 });
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const byPeriod = await manager.get(
      `/api/v1/incidents/map?orgId=${org.id}&from=${encodeURIComponent(future)}`,
    );
    expect(byPeriod.body).toEqual({ points: [], truncated: false, withoutPosition: 0 });
    const byText = await manager.get(`/api/v1/incidents/map?orgId=${org.id}&q=kassan&status=new`);
    expect(byText.body.points).toHaveLength(2);
  });

  it('shows a reporter only their own reports and another organisation nothing', async () => {
    const colleague = await t.factories.member('reporter', org);
    const colleagueClient = await t.factories.signedIn(colleague.user, t.url);
    await file(colleagueClient, { latitude: 59.86, longitude: 17.64 });
    const mine = await reporter.get('/api/v1/incidents/map?mine=true');
    expect(mine.body.points).toHaveLength(2);
    const theirs = await colleagueClient.get('/api/v1/incidents/map');
    expect(theirs.body.points.map((p: { latitude: number }) => p.latitude)).toEqual([59.86]);
    const foreign = await t.factories.signedIn((await t.factories.member('manager')).user, t.url);
    expect((await foreign.get('/api/v1/incidents/map')).body).toEqual({
      points: [],
      truncated: false,
      withoutPosition: 0,
    });
    expect((await foreign.get(`/api/v1/incidents/map?orgId=${org.id}`)).body.points).toEqual([]);
  });

  it('shows the newest 2 000 and says there were more', async () => {
    const crowded = await t.factories.member('manager');
    const client = await t.factories.signedIn(crowded.user, t.url);
    const rows = Array.from({ length: 2003 }, (_, i) => ({
      orgId: crowded.org.id,
      reporterId,
      type: 'theft',
      occurredAt: new Date(Date.now() - i * 60_000),
      latitude: 59 + i / 10_000,
      longitude: 18,
      description: `Rapport ${i}`,
      formVersion: 1,
    }));
    await t.deps.db.insert(incidents).values(rows);
    const map = await client.get(`/api/v1/incidents/map?orgId=${crowded.org.id}`);
    expect(map.body.points).toHaveLength(2000);
    expect(map.body.truncated).toBe(true);
  });

  it('refuses unknown filters and answers signed-out callers with 401', async () => {
    const bad = await manager.get('/api/v1/incidents/map?type=meteor');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.type).toBeTruthy();
    expect((await t.client().get('/api/v1/incidents/map')).status).toBe(401);
  });
});
