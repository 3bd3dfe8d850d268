import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { cameraLogEntries } from '../../db/schema';

let t: TestApp;
let org: TestOrg;
let manager: TestClient;
let managerName: string;
let reporter: TestClient;
let cameraId: string;
let unitId: string;

const camera = {
  name: 'Kassa 2',
  placement: 'I taket ovanför kassa 2',
  purpose: 'Förebygga och utreda rån',
  signage: true,
  retentionDays: 30,
  accessHolders: ['Butikschef'],
};
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const access = (overrides: Record<string, unknown> = {}) => ({
  kind: 'access',
  occurredAt: hoursAgo(2),
  person: 'Anna Andersson, butikschef',
  action: 'viewed',
  reason: 'Kontrollerade snatteriet vid kassa 2',
  ...overrides,
});
const disclosure = (overrides: Record<string, unknown> = {}) => ({
  kind: 'disclosure',
  occurredAt: hoursAgo(5),
  requester: 'Polisen',
  reference: 'K123456-26',
  decision: 'pending',
  ...overrides,
});

beforeAll(async () => {
  t = await startTestApp();
  const member = await t.factories.member('security_contact');
  org = member.org;
  managerName = member.user.name;
  manager = await t.factories.signedIn(member.user, t.url);
  reporter = await t.factories.signedIn((await t.factories.member('reporter', org)).user, t.url);
  unitId = (await t.factories.unit(org)).id;
  cameraId = (await manager.post(`/api/v1/orgs/${org.id}/units/${unitId}/cameras`, camera)).body.id;
});
afterAll(() => t.close());

const logUrl = (id = cameraId, orgId = org.id) => `/api/v1/orgs/${orgId}/cameras/${id}/log`;

describe('footage log (CAM-3)', () => {
  it('starts empty and records access with who, when, why and the related report', async () => {
    expect((await manager.get(logUrl())).body).toEqual({ items: [], nextCursor: null });
    const report = await reporter.post('/api/v1/incidents', {
      orgId: org.id,
      type: 'theft',
      unitId,
      cameraId,
      occurredAt: hoursAgo(3),
      description: 'Snatteri vid kassa 2.',
    });
    const added = await manager.post(logUrl(), access({ incidentId: report.body.id, action: 'exported' }));
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      kind: 'access',
      person: 'Anna Andersson, butikschef',
      action: 'exported',
      reason: 'Kontrollerade snatteriet vid kassa 2',
      requester: null,
      decision: null,
      incident: { id: report.body.id, type: 'theft' },
      supersedes: null,
      supersededBy: null,
      recordedBy: { name: managerName },
    });
    const listed = await manager.get(logUrl());
    expect(listed.body.items).toEqual([added.body]);
  });

  it('follows a disclosure request from pending to a decision, as a new entry superseding the first', async () => {
    const pending = await manager.post(logUrl(), disclosure());
    expect(pending.status).toBe(201);
    const decided = await manager.post(
      logUrl(),
      disclosure({
        decision: 'granted',
        decidedBy: 'Sara Svensson, säkerhetschef',
        decidedAt: hoursAgo(1),
        note: 'Kopia på USB lämnad till polisen.',
        supersedes: pending.body.id,
      }),
    );
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({
      decision: 'granted',
      supersedes: pending.body.id,
      supersededBy: null,
    });
    const listed = await manager.get(logUrl());
    const first = listed.body.items.find((e: { id: string }) => e.id === pending.body.id);
    expect(first.supersededBy).toBe(decided.body.id);
    expect(listed.body.items[0].id).toBe(decided.body.id);

    const again = await manager.post(
      logUrl(),
      disclosure({
        decision: 'refused',
        decidedBy: 'X',
        decidedAt: hoursAgo(1),
        supersedes: pending.body.id,
      }),
    );
    expect(again.status).toBe(409);
    expect(again.body.error.fields.supersedes).toBeTruthy();
  });

  it('validates each kind with field-level messages', async () => {
    const missing = await manager.post(logUrl(), { kind: 'access', occurredAt: hoursAgo(1) });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields).sort()).toEqual(['action', 'person', 'reason']);
    const mixed = await manager.post(logUrl(), access({ requester: 'Polisen' }));
    expect(mixed.body.error.fields.requester).toMatch(/utlämnande/);
    const undecided = await manager.post(logUrl(), disclosure({ decision: 'refused' }));
    expect(Object.keys(undecided.body.error.fields).sort()).toEqual(['decidedAt', 'decidedBy']);
    const future = await manager.post(
      logUrl(),
      access({ occurredAt: new Date(Date.now() + 86_400_000).toISOString() }),
    );
    expect(future.body.error.fields.occurredAt).toBe('Tidpunkten ligger i framtiden');
    const backwards = await manager.post(
      logUrl(),
      disclosure({ decision: 'refused', decidedBy: 'Sara', decidedAt: hoursAgo(10) }),
    );
    expect(backwards.body.error.fields.decidedAt).toBe('Beslutet kan inte komma före begäran');
    const foreignReport = await manager.post(
      logUrl(),
      access({ incidentId: '01a20000-0000-7000-8000-000000000000' }),
    );
    expect(foreignReport.body.error.fields.incidentId).toBe('Rapporten finns inte i organisationen');
    const accessEntry = (await manager.get(logUrl())).body.items.find(
      (e: { kind: string }) => e.kind === 'access',
    );
    const crossKind = await manager.post(logUrl(), disclosure({ supersedes: accessEntry.id }));
    expect(crossKind.body.error.fields.supersedes).toMatch(/samma slag/);
  });

  it('is append-only in the database itself', async () => {
    await expect(t.deps.db.update(cameraLogEntries).set({ person: 'Någon annan' })).rejects.toThrow();
    await expect(t.deps.db.delete(cameraLogEntries)).rejects.toThrow();
    await expect(t.deps.db.execute(sql`truncate camera_log_entries`)).rejects.toThrow();
    expect((await manager.get(logUrl())).body.items.length).toBeGreaterThan(0);
  });

  it('keeps the log of a camera taken out of the register', async () => {
    const removed = await manager.delete(`/api/v1/orgs/${org.id}/cameras/${cameraId}`);
    expect(removed.status).toBe(200);
    expect((await reporter.get(`/api/v1/orgs/${org.id}/units/${unitId}/cameras`)).body.items).toEqual([]);
    const kept = await manager.get(`/api/v1/orgs/${org.id}/cameras/${cameraId}`);
    expect(kept.body.removedAt).toEqual(expect.any(String));
    expect((await manager.get(logUrl())).body.items.length).toBeGreaterThan(0);
    expect(
      (await manager.patch(`/api/v1/orgs/${org.id}/cameras/${cameraId}`, { retentionDays: 7 })).status,
    ).toBe(404);
    const whole = await manager.get(`/api/v1/orgs/${org.id}/cameras`);
    expect(
      whole.body.items.map((c: { id: string; removedAt: string | null }) => [c.id, Boolean(c.removedAt)]),
    ).toEqual([[cameraId, true]]);
    // A camera without a log leaves the register for good.
    const spare = (await manager.post(`/api/v1/orgs/${org.id}/units/${unitId}/cameras`, camera)).body.id;
    await manager.delete(`/api/v1/orgs/${org.id}/cameras/${spare}`);
    expect((await manager.get(`/api/v1/orgs/${org.id}/cameras/${spare}`)).status).toBe(404);
    const rows = await t.deps.db.select().from(cameraLogEntries).where(eq(cameraLogEntries.cameraId, spare));
    expect(rows).toEqual([]);
  });

  it('is for managers and security contacts: reporters 403, other organisations 404', async () => {
    expect((await reporter.get(logUrl())).status).toBe(403);
    expect((await reporter.post(logUrl(), access())).status).toBe(403);
    const foreign = await t.factories.member('manager');
    const foreignClient = await t.factories.signedIn(foreign.user, t.url);
    expect((await foreignClient.get(logUrl())).status).toBe(404);
    // Another organisation's camera under one's own organisation is not found either.
    expect((await foreignClient.get(logUrl(cameraId, foreign.org.id))).status).toBe(404);
    expect((await manager.get(logUrl('01a20000-0000-7000-8000-000000000000'))).status).toBe(404);
  });
});
