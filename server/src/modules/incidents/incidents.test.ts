import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg, TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { cameras, incidents } from '../../db/schema';

let t: TestApp;
let org: TestOrg;
let reporter: TestUser;
let manager: TestUser;
let reporterClient: TestClient;
let managerClient: TestClient;
let unitId: string;

beforeAll(async () => {
  t = await startTestApp();
  ({ user: manager, org } = await t.factories.member('manager'));
  ({ user: reporter } = await t.factories.member('reporter', org));
  unitId = (await t.factories.unit(org, 'Butik Storgatan')).id;
  reporterClient = await t.factories.signedIn(reporter, t.url);
  managerClient = await t.factories.signedIn(manager, t.url);
});
afterAll(() => t.close());

const basic = (overrides: Record<string, unknown> = {}) => ({
  orgId: org.id,
  type: 'theft',
  occurredAt: new Date(Date.now() - 60_000).toISOString(),
  unitId,
  description: 'Två jackor stals från hyllan vid entrén.',
  ...overrides,
});

describe('reporting', () => {
  it('files a basic report with type, time, unit and a short text', async () => {
    const created = await reporterClient.post('/api/v1/incidents', basic());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'theft',
      severity: 'disturbance',
      status: 'new',
      unitName: 'Butik Storgatan',
      orgName: org.name,
      reporter: { id: reporter.id },
      abilities: { edit: true, delete: true, handle: false },
    });
  });

  it('files a detailed report and refuses answers that do not fit the type', async () => {
    const detailed = await reporterClient.post(
      '/api/v1/incidents',
      basic({
        type: 'robbery',
        severity: 'serious',
        answers: {
          valueSek: 12_000,
          tools: ['knife'],
          perpetratorCount: 1,
          perpetratorTraits: ['masked'],
          cctvAvailable: true,
          cctvCamera: 'Kassa 2',
        },
      }),
    );
    expect(detailed.status).toBe(201);
    expect(detailed.body.answers).toMatchObject({ valueSek: 12_000, cctvCamera: 'Kassa 2' });
    const wrong = await reporterClient.post(
      '/api/v1/incidents',
      basic({ type: 'fire', answers: { valueSek: 5, shoeSize: 42 } }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({
      'answers.valueSek': 'Frågan gäller inte den här händelsen',
      'answers.shoeSize': 'Okänd fråga',
    });
  });

  it('needs a unit of the organisation or a position, and a time that is not in the future', async () => {
    const other = await t.factories.unit(await t.factories.org());
    const cases = [
      [basic({ unitId: other.id }), 'unitId'],
      [basic({ unitId: null }), 'unitId'],
      [basic({ unitId: null, latitude: 59.3 }), 'longitude'],
      [basic({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }), 'occurredAt'],
    ] as const;
    for (const [body, field] of cases) {
      const response = await reporterClient.post('/api/v1/incidents', body);
      expect(response.status, field).toBe(400);
      expect(response.body.error.fields[field], field).toBeTruthy();
    }
    const byPosition = await reporterClient.post(
      '/api/v1/incidents',
      basic({ unitId: null, latitude: 57.7, longitude: 11.97 }),
    );
    expect(byPosition.status).toBe(201);
  });
});

describe('idempotency', () => {
  it('creates one report for 50 concurrent submissions with the same key and answers them identically', async () => {
    const body = basic({ description: 'Skickad från en telefon med dålig täckning.' });
    const key = 'offline-outbox-0f4c2d1e';
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        reporterClient.post('/api/v1/incidents', body, { 'idempotency-key': key }),
      ),
    );
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(responses.map((r) => r.text)).size).toBe(1);
    const [{ n } = { n: 0 }] = await t.deps.db
      .select({ n: count() })
      .from(incidents)
      .where(eq(incidents.description, 'Skickad från en telefon med dålig täckning.'));
    expect(n).toBe(1);
  });

  it('answers 422 to the same key with another body, and 400 to a malformed key', async () => {
    const key = 'offline-outbox-9a8b7c6d';
    expect((await reporterClient.post('/api/v1/incidents', basic(), { 'idempotency-key': key })).status).toBe(
      201,
    );
    const changed = await reporterClient.post('/api/v1/incidents', basic({ description: 'Annan text' }), {
      'idempotency-key': key,
    });
    expect(changed.status).toBe(422);
    expect(changed.body.error.fields['Idempotency-Key']).toBeTruthy();
    const malformed = await reporterClient.post('/api/v1/incidents', basic(), { 'idempotency-key': 'x y' });
    expect(malformed.status).toBe(400);
  });

  it('lets a submission that failed validation be retried with the same key', async () => {
    const key = 'offline-outbox-retry-001';
    expect(
      (await reporterClient.post('/api/v1/incidents', basic({ unitId: null }), { 'idempotency-key': key }))
        .status,
    ).toBe(400);
    expect(
      (await reporterClient.post('/api/v1/incidents', basic({ unitId: null }), { 'idempotency-key': key }))
        .status,
    ).toBe(400);
    const retried = await reporterClient.post(
      '/api/v1/incidents',
      basic({ unitId: null, latitude: 59.3, longitude: 18 }),
      { 'idempotency-key': key },
    );
    expect(retried.status).toBe(201);
  });
});

describe('handling', () => {
  it('shows managers every report of the organisation and reporters only their own, with filters', async () => {
    const { user: colleague } = await t.factories.member('reporter', org);
    const colleagueClient = await t.factories.signedIn(colleague, t.url);
    await colleagueClient.post(
      '/api/v1/incidents',
      basic({ type: 'vandalism', description: 'Klotter på fasaden mot parkeringen.' }),
    );
    const all = await managerClient.get(`/api/v1/incidents?orgId=${org.id}&limit=200`);
    const reporters = new Set(all.body.items.map((i: { reporter: { id: string } }) => i.reporter.id));
    expect(reporters).toEqual(new Set([reporter.id, colleague.id]));
    const own = await colleagueClient.get('/api/v1/incidents');
    expect(own.body.items.map((i: { reporter: { id: string } }) => i.reporter.id)).toEqual([colleague.id]);
    const vandalism = await managerClient.get(`/api/v1/incidents?type=vandalism`);
    expect(vandalism.body.items).toHaveLength(1);
    const search = await managerClient.get(`/api/v1/incidents?q=${encodeURIComponent('klotter')}`);
    expect(search.body.items).toHaveLength(1);
    const wildcard = await managerClient.get(`/api/v1/incidents?q=${encodeURIComponent('%')}`);
    expect(wildcard.body.items).toHaveLength(0);
    const firstPage = await managerClient.get('/api/v1/incidents?limit=2');
    const secondPage = await managerClient.get(
      `/api/v1/incidents?limit=2&cursor=${firstPage.body.nextCursor}`,
    );
    expect(secondPage.body.items[0].id).not.toBe(firstPage.body.items[1].id);
    expect(secondPage.body.items[0].id < firstPage.body.items[1].id).toBe(true);
  });

  it('moves a report through the status workflow with notes, keeping the history', async () => {
    const created = await reporterClient.post('/api/v1/incidents', basic());
    const id = created.body.id;
    expect(
      (
        await managerClient.post(`/api/v1/incidents/${id}/status`, {
          status: 'in_progress',
          note: 'Tittar på kamerabilderna',
        })
      ).body.status,
    ).toBe('in_progress');
    expect(
      (await managerClient.post(`/api/v1/incidents/${id}/notes`, { text: 'Polisanmälan gjord.' })).status,
    ).toBe(201);
    expect(
      (await managerClient.post(`/api/v1/incidents/${id}/status`, { status: 'closed' })).body.status,
    ).toBe('closed');
    const reopen = await managerClient.post(`/api/v1/incidents/${id}/status`, { status: 'resolved' });
    expect(reopen.status).toBe(409);
    expect((await reporterClient.patch(`/api/v1/incidents/${id}`, { description: 'Ändrad' })).status).toBe(
      409,
    );
    const history = await reporterClient.get(`/api/v1/incidents/${id}/history`);
    expect(history.body.items.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'status_changed',
      'note_added',
      'status_changed',
    ]);
    expect(history.body.items[1]).toMatchObject({
      changes: { from: 'new', to: 'in_progress' },
      note: 'Tittar på kamerabilderna',
      actor: { id: manager.id },
    });
  });

  it('lets the reporter edit and delete their own report; a deleted report is gone for everyone', async () => {
    const created = await reporterClient.post('/api/v1/incidents', basic());
    const id = created.body.id;
    const edited = await reporterClient.patch(`/api/v1/incidents/${id}`, {
      type: 'robbery',
      answers: { valueSek: 500 },
    });
    expect(edited.body).toMatchObject({ type: 'robbery', answers: { valueSek: 500 } });
    const toFire = await reporterClient.patch(`/api/v1/incidents/${id}`, { type: 'fire' });
    expect(toFire.status).toBe(400);
    expect(toFire.body.error.fields['answers.valueSek']).toBeTruthy();
    expect((await reporterClient.delete(`/api/v1/incidents/${id}`)).status).toBe(200);
    expect((await managerClient.get(`/api/v1/incidents/${id}`)).status).toBe(404);
    expect((await reporterClient.get(`/api/v1/incidents/${id}`)).status).toBe(404);
  });
});

describe('police reference (K-nummer)', () => {
  it('is recorded by the reporter or a manager, normalized, kept in the history, and validated', async () => {
    const created = await reporterClient.post('/api/v1/incidents', basic());
    const id = created.body.id;
    const recorded = await managerClient.request('PUT', `/api/v1/incidents/${id}/police-reference`, {
      kNumber: '5000-k 123456-25',
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body.kNumber).toBe('5000-K123456-25');
    const bad = await reporterClient.request('PUT', `/api/v1/incidents/${id}/police-reference`, {
      kNumber: '123456',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.kNumber).toMatch(/K-nummer/);
    const history = await reporterClient.get(`/api/v1/incidents/${id}/history`);
    expect(history.body.items.at(-1).changes).toEqual({ kNumber: { from: null, to: '5000-K123456-25' } });
  });

  it('registers a report the police wrote on site with its K-nummer', async () => {
    const onSite = await reporterClient.post(
      '/api/v1/incidents',
      basic({ type: 'violence', kNumber: 'K98765-26' }),
    );
    expect(onSite.status).toBe(201);
    expect(onSite.body.kNumber).toBe('K98765-26');
    const listed = await managerClient.get(`/api/v1/incidents?orgId=${org.id}&type=violence`);
    expect(listed.body.items[0].kNumber).toBe('K98765-26');
  });
});

describe('personal-data incidents (PRIV-6)', () => {
  it('carry the 72-hour deadline and remind the managers a day before it while the case is open', async () => {
    const created = await reporterClient.post(
      '/api/v1/incidents',
      basic({ type: 'personal_data_incident', description: 'Ett USB-minne med kundlistor har försvunnit.' }),
    );
    expect(created.status).toBe(201);
    const deadline = new Date(created.body.authorityDeadline).getTime();
    expect(deadline - new Date(created.body.createdAt).getTime()).toBe(72 * 3_600_000);
    const closed = await reporterClient.post(
      '/api/v1/incidents',
      basic({ type: 'personal_data_incident', description: 'Mejl till fel mottagare.' }),
    );
    await managerClient.post(`/api/v1/incidents/${closed.body.id}/status`, { status: 'closed' });
    expect((await reporterClient.post('/api/v1/incidents', basic())).body.authorityDeadline).toBeNull();

    const [job] = (
      (await t.deps.db.execute(
        sql`select start_after from pgboss.job where name = 'incidents.authority-reminder' and data->>'incidentId' = ${created.body.id}`,
      )) as unknown as { rows: unknown[] }
    ).rows as { start_after: Date }[];
    expect(new Date(job?.start_after ?? 0).getTime()).toBe(deadline - 24 * 3_600_000);
    // Jump to the reminder time instead of waiting two days.
    await t.deps.db.execute(
      sql`update pgboss.job set start_after = now() where name = 'incidents.authority-reminder'`,
    );
    await t.runJobs();
    const reminders = t.smtp.to(manager.email).filter((mail) => mail.subject.includes('IMY'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.text).toContain(`/incidents/${created.body.id}`);
  });

  it('leave out a manager who switched reminder mails off', async () => {
    const switched = await managerClient.put('/api/v1/notifications/preferences', {
      reminder: { email: false },
    });
    expect(switched.status).toBe(200);
    try {
      const before = t.smtp.to(manager.email).length;
      const created = await reporterClient.post(
        '/api/v1/incidents',
        basic({ type: 'personal_data_incident', description: 'En pärm med personalakter saknas.' }),
      );
      expect(created.status).toBe(201);
      await t.deps.db.execute(
        sql`update pgboss.job set start_after = now() where name = 'incidents.authority-reminder' and data->>'incidentId' = ${created.body.id}`,
      );
      await t.runJobs();
      expect(
        t.smtp
          .to(manager.email)
          .slice(before)
          .filter((mail) => mail.subject.includes('IMY')),
      ).toEqual([]);
    } finally {
      await managerClient.put('/api/v1/notifications/preferences', { reminder: { email: true } });
    }
  });
});

describe('camera footage (CAM-2)', () => {
  it('names the camera and reminds the managers to secure the footage before retention deletes it', async () => {
    const [camera] = await t.deps.db
      .insert(cameras)
      .values({
        orgId: org.id,
        unitId,
        name: 'Kassa 2',
        placement: 'Tak',
        purpose: 'Rån',
        signage: true,
        retentionDays: 30,
      })
      .returning({ id: cameras.id });
    const occurredAt = new Date(Date.now() - 3_600_000);
    const created = await reporterClient.post(
      '/api/v1/incidents',
      basic({
        type: 'robbery',
        occurredAt: occurredAt.toISOString(),
        cameraId: camera?.id,
        answers: { cctvAvailable: true },
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body.cameraId).toBe(camera?.id);
    const { rows } = (await t.deps.db.execute(
      sql`select start_after from pgboss.job where name = 'incidents.secure-footage' and data->>'incidentId' = ${created.body.id}`,
    )) as unknown as { rows: { start_after: Date }[] };
    expect(new Date(rows[0]?.start_after ?? 0).getTime()).toBe(occurredAt.getTime() + 28 * 86_400_000);
    await t.deps.db.execute(
      sql`update pgboss.job set start_after = now() where name = 'incidents.secure-footage'`,
    );
    await t.runJobs();
    expect(
      t.smtp.to(manager.email).some((mail) => mail.subject.includes('Säkra filmen från kamera Kassa 2')),
    ).toBe(true);

    const later = await reporterClient.post('/api/v1/incidents', basic({ type: 'theft' }));
    const named = await reporterClient.patch(`/api/v1/incidents/${later.body.id}`, { cameraId: camera?.id });
    expect(named.body.cameraId).toBe(camera?.id);
    const scheduled = (await t.deps.db.execute(
      sql`select 1 from pgboss.job where name = 'incidents.secure-footage' and data->>'incidentId' = ${later.body.id}`,
    )) as unknown as { rows: unknown[] };
    expect(scheduled.rows).toHaveLength(1);
    expect(
      (await reporterClient.patch(`/api/v1/incidents/${later.body.id}`, { cameraId: null })).body.cameraId,
    ).toBeNull();

    const foreignCamera = await reporterClient.post(
      '/api/v1/incidents',
      basic({ cameraId: '01a20000-0000-7000-8000-000000000000' }),
    );
    expect(foreignCamera.status).toBe(400);
    expect(foreignCamera.body.error.fields.cameraId).toBeTruthy();
  });
});
