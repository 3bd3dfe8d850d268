import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg, TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { DEMO_POLICE_INTAKE_EMAIL } from '../../config';
import { auditLog, cameras, incidentEvents, policeReports, units, users } from '../../db/schema';
import { createSession } from '../../platform/auth/sessions';
import { pdfText } from '../../platform/pdf/pdf-text';
import { POLICE_MAX_ATTEMPTS } from './jobs';
import { IntakePeer } from './test-intake-peer';

let t: TestApp;
let org: TestOrg;
let manager: TestUser;
let reporter: TestUser;
let managerClient: TestClient;
let reporterClient: TestClient;
let unitId: string;
let cameraId: string;

beforeAll(async () => {
  t = await startTestApp({ policeRetryBaseSeconds: 0 });
  ({ user: manager, org } = await t.factories.member('manager'));
  ({ user: reporter } = await t.factories.member('reporter', org));
  await t.deps.db.update(users).set({ phone: '+46701234567' }).where(eq(users.id, manager.id));
  unitId = (await t.factories.unit(org, 'Butik Storgatan')).id;
  await t.deps.db
    .update(units)
    .set({ street: 'Storgatan 1', postalCode: '903 26', city: 'Umeå', municipalityCode: '2480' })
    .where(eq(units.id, unitId));
  const [camera] = await t.deps.db
    .insert(cameras)
    .values({
      orgId: org.id,
      unitId,
      name: 'Kassa 2',
      placement: 'Tak ovanför kassan',
      purpose: 'Brott',
      signage: true,
      retentionDays: 30,
    })
    .returning({ id: cameras.id });
  cameraId = camera?.id as string;
  managerClient = await t.factories.signedIn(manager, t.url);
  reporterClient = await t.factories.signedIn(reporter, t.url);
});
afterAll(() => t.close());

const robbery = (overrides: Record<string, unknown> = {}) => ({
  orgId: org.id,
  type: 'robbery',
  severity: 'serious',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  unitId,
  cameraId,
  description: 'En maskerad person hotade kassören med kniv och tog växelkassan.',
  answers: {
    valueSek: 12_000,
    itemsAffected: 'Växelkassa',
    damagePlace: 'checkout',
    modusOperandi: ['threat_with_weapon'],
    tools: ['knife'],
    perpetratorCount: 1,
    perpetratorTraits: ['masked', 'age_18_30'],
    cctvAvailable: true,
    witnesses: 2,
    injuredPersons: 0,
    policeCalled: true,
  },
  ...overrides,
});

async function fileReport(body: Record<string, unknown>): Promise<string> {
  const response = await reporterClient.post('/api/v1/incidents', body);
  expect(response.status, response.text).toBe(201);
  return response.body.id;
}

/** PDFs are binary: fetched without the text-decoding test client. */
async function getPdf(app: TestApp, user: TestUser, url: string) {
  const { token } = await createSession(app.deps.db, app.deps.config, user.id, { mfaPending: false });
  const response = await fetch(app.url + url, { headers: { cookie: `__Host-vaksam_session=${token}` } });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('preview and gaps (POL-3)', () => {
  it('builds the payload from the report and the manager as contact, and lists what the police will ask for', async () => {
    const id = await fileReport({
      orgId: org.id,
      type: 'theft',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      latitude: 63.83,
      longitude: 20.26,
      description: 'Två jackor stals från hyllan vid entrén.',
    });
    const preview = await managerClient.get(`/api/v1/incidents/${id}/police-report`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      state: 'draft',
      adapter: 'email',
      recipient: DEMO_POLICE_INTAKE_EMAIL,
      abilities: { send: true, confirm: false },
      payload: {
        format: 'vaksam.police-report.v1',
        reportId: id,
        organisation: {
          name: org.name,
          contact: { name: manager.name, email: manager.email, phone: '+46701234567' },
        },
        crime: { code: 'stold', incidentType: { code: 'theft' } },
        place: {
          unitName: null,
          municipality: null,
          coordinates: { latitude: 63.83, longitude: 20.26, source: 'report' },
        },
      },
    });
    expect(preview.body.payload.organisation.orgNumber).toMatch(/^\d{6}-\d{4}$/);
    expect(preview.body.gaps).toEqual([
      { field: 'place.municipality', severity: 'recommended', messageKey: 'municipality' },
      { field: 'loss.items', severity: 'required', messageKey: 'lossItems' },
      { field: 'loss.valueSek', severity: 'required', messageKey: 'lossValue' },
      { field: 'cctv.available', severity: 'required', messageKey: 'cctvAnswer' },
      { field: 'witnesses', severity: 'recommended', messageKey: 'witnesses' },
      { field: 'perpetrators.count', severity: 'recommended', messageKey: 'perpetratorCount' },
      { field: 'modusOperandi', severity: 'recommended', messageKey: 'modusOperandi' },
    ]);

    const refused = await managerClient.post(`/api/v1/incidents/${id}/police-report/send`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual({
      'loss.items': 'Ange vad som stals eller skadades',
      'loss.valueSek': 'Ange ungefärligt värde i kronor',
      'cctv.available': 'Ange om det finns kamerabilder',
    });
    const [row] = await t.deps.db.select().from(policeReports).where(eq(policeReports.incidentId, id));
    expect(row).toBeUndefined();

    // The reporter completes the report; the gaps go away.
    const completed = await reporterClient.patch(`/api/v1/incidents/${id}`, {
      answers: { valueSek: 1800, itemsAffected: 'Två jackor', cctvAvailable: false },
    });
    expect(completed.status).toBe(200);
    const after = await managerClient.get(`/api/v1/incidents/${id}/police-report`);
    expect(after.body.gaps.filter((g: { severity: string }) => g.severity === 'required')).toEqual([]);
  });

  it('requires a phone number of the person who sends it', async () => {
    const { user: other } = await t.factories.member('security_contact', org);
    const client = await t.factories.signedIn(other, t.url);
    const id = await fileReport(robbery());
    const refused = await client.post(`/api/v1/incidents/${id}/police-report/send`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual({
      'organisation.contact.phone':
        'Lägg till ett telefonnummer i din profil så att polisen kan nå en kontaktperson',
    });
  });

  it('renders the preview as a PDF with the fields the police read', async () => {
    const id = await fileReport(robbery());
    const { response, body } = await getPdf(t, manager, `/api/v1/incidents/${id}/police-report/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toMatch(
      /^inline; filename="polisanmalan-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.pdf"$/,
    );
    const text = await pdfText(body);
    for (const expected of [
      'Polisanmälan: Rån',
      org.name,
      manager.name,
      '+46701234567',
      'Storgatan 1, 903 26 Umeå',
      'Umeå kommun',
      'Region Nord',
      'Växelkassa',
      '12 000 kr',
      'Hot med vapen',
      'Maskerad, 18–30 år',
      'Kassa 2 (Tak ovanför kassan)',
    ])
      expect(text, expected).toContain(expected);
  });

  it('is for the managers: the reporter is refused, another organisation does not see it', async () => {
    const id = await fileReport(robbery());
    expect((await reporterClient.get(`/api/v1/incidents/${id}/police-report`)).status).toBe(403);
    expect((await reporterClient.post(`/api/v1/incidents/${id}/police-report/send`)).status).toBe(403);
    const { user: stranger } = await t.factories.member('manager');
    const strangerClient = await t.factories.signedIn(stranger, t.url);
    expect((await strangerClient.get(`/api/v1/incidents/${id}/police-report`)).status).toBe(404);
    expect((await getPdf(t, stranger, `/api/v1/incidents/${id}/police-report/pdf`)).response.status).toBe(
      404,
    );
  });
});

describe('sending by e-mail (POL-1)', () => {
  it('queues, delivers with both attachments, refuses a second send and is confirmed with a K-nummer', async () => {
    const id = await fileReport(robbery());
    const sent = await managerClient.post(`/api/v1/incidents/${id}/police-report/send`);
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({
      state: 'sending',
      requestedBy: { id: manager.id, name: manager.name },
      abilities: { send: false, confirm: false },
    });
    expect((await managerClient.post(`/api/v1/incidents/${id}/police-report/send`)).status).toBe(409);

    await t.runJobs();
    const [mail] = t.smtp.to(DEMO_POLICE_INTAKE_EMAIL).filter((m) => m.text.includes(id));
    expect(mail?.subject).toBe(
      `Polisanmälan: Rån – ${org.name} (${sent.body.payload.organisation.orgNumber})`,
    );
    expect(mail?.replyTo).toBe(manager.email);
    expect(mail?.attachments.map((a) => a.contentType)).toEqual(['application/pdf', 'application/json']);
    expect(JSON.parse(mail?.attachments[1]?.content.toString('utf8') ?? '')).toEqual(sent.body.payload);
    expect(await pdfText(mail?.attachments[0]?.content ?? Buffer.alloc(0))).toContain('Polisanmälan: Rån');

    const delivered = await managerClient.get(`/api/v1/incidents/${id}/police-report`);
    expect(delivered.body).toMatchObject({
      state: 'sent',
      attempts: 1,
      lastError: null,
      externalReference: null,
    });
    expect(delivered.body.sentAt).toEqual(expect.any(String));
    expect(delivered.body.abilities).toEqual({ send: false, confirm: true });

    // What was sent stays what is shown, whatever the report says later.
    await reporterClient.patch(`/api/v1/incidents/${id}`, { description: 'Ändrad efteråt.' });
    const snapshot = await managerClient.get(`/api/v1/incidents/${id}/police-report`);
    expect(snapshot.body.payload.description).toBe(robbery().description);

    const badK = await managerClient.post(`/api/v1/incidents/${id}/police-report/confirm`, {
      kNumber: 'K12',
    });
    expect(badK.status).toBe(400);
    expect(badK.body.error.fields.kNumber).toBe('Ogiltigt K-nummer, skriv t.ex. K123456-24');
    const confirmed = await managerClient.post(`/api/v1/incidents/${id}/police-report/confirm`, {
      kNumber: ' k 4711-26 ',
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ state: 'confirmed', kNumber: 'K4711-26' });
    expect((await reporterClient.get(`/api/v1/incidents/${id}`)).body.kNumber).toBe('K4711-26');

    const events = await t.deps.db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, id));
    expect(events.map((e) => e.changes)).toContainEqual({ kNumber: { from: null, to: 'K4711-26' } });
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
      ['police_report.send', manager.id],
      ['police_report.delivered', null],
      ['police_report.confirm', manager.id],
    ]);
  });

  it('confirms only a report that was sent', async () => {
    const id = await fileReport(robbery());
    const draft = await managerClient.post(`/api/v1/incidents/${id}/police-report/confirm`, {
      kNumber: 'K1-26',
    });
    expect(draft.status).toBe(409);
    expect(draft.body.error.fields.kNumber).toBeTruthy();
    await managerClient.post(`/api/v1/incidents/${id}/police-report/send`);
    const sending = await managerClient.post(`/api/v1/incidents/${id}/police-report/confirm`, {
      kNumber: 'K1-26',
    });
    expect(sending.status).toBe(409);
    await t.runJobs();
  });

  it('creates one police report when the send button is pressed twice at once', async () => {
    const id = await fileReport(robbery());
    const answers = await Promise.all([
      managerClient.post(`/api/v1/incidents/${id}/police-report/send`),
      managerClient.post(`/api/v1/incidents/${id}/police-report/send`),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([202, 409]);
    const rows = await t.deps.db.select().from(policeReports).where(eq(policeReports.incidentId, id));
    expect(rows).toHaveLength(1);
    await t.runJobs();
  });

  it('keeps trying while the mail server is down and delivers when it is back', async () => {
    const slow = await startTestApp({ policeRetryBaseSeconds: 3600 });
    try {
      const { user, org: slowOrg } = await slow.factories.member('manager');
      await slow.deps.db.update(users).set({ phone: '+46701234567' }).where(eq(users.id, user.id));
      const client = await slow.factories.signedIn(user, slow.url);
      const created = await client.post('/api/v1/incidents', {
        ...robbery(),
        orgId: slowOrg.id,
        unitId: (await slow.factories.unit(slowOrg)).id,
        cameraId: undefined,
      });
      expect(created.status, created.text).toBe(201);
      const id = created.body.id;
      await slow.smtp.stop();
      await client.post(`/api/v1/incidents/${id}/police-report/send`);
      await slow.runJobs();
      const waiting = await client.get(`/api/v1/incidents/${id}/police-report`);
      expect(waiting.body).toMatchObject({ state: 'sending', attempts: 1 });
      expect(waiting.body.lastError).toMatch(/^E-post kunde inte skickas/);
      await slow.smtp.start(slow.smtp.port);
      // The next attempt waits an hour; make it due now, as the clock would.
      await slow.deps.db.execute(
        sql`update pgboss.job set start_after = now() where name = 'police.send-report' and state = 'created'`,
      );
      await slow.runJobs();
      const delivered = await client.get(`/api/v1/incidents/${id}/police-report`);
      expect(delivered.body).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
      expect(slow.smtp.to(DEMO_POLICE_INTAKE_EMAIL)).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });
});

describe('the HTTP intake', () => {
  const intake = new IntakePeer();
  let h: TestApp;
  let client: TestClient;
  let hOrg: TestOrg;
  let hUnit: string;

  beforeAll(async () => {
    h = await startTestApp({
      policeAdapter: 'http',
      policeIntakeUrl: await intake.start(),
      policeIntakeToken: 'intake-token',
      policeRetryBaseSeconds: 0,
    });
    const { user, org: created } = await h.factories.member('manager');
    hOrg = created;
    await h.deps.db.update(users).set({ phone: '+46701234567' }).where(eq(users.id, user.id));
    hUnit = (await h.factories.unit(hOrg)).id;
    client = await h.factories.signedIn(user, h.url);
  });
  afterAll(async () => {
    await h.close();
    await intake.stop();
  });

  const file = async () => {
    const response = await client.post('/api/v1/incidents', {
      ...robbery(),
      orgId: hOrg.id,
      unitId: hUnit,
      cameraId: undefined,
    });
    expect(response.status, response.text).toBe(201);
    return response.body.id as string;
  };

  it('retries an outage and keeps the reference of the intake', async () => {
    const id = await file();
    const preview = await client.get(`/api/v1/incidents/${id}/police-report`);
    expect(preview.body).toMatchObject({ adapter: 'http', recipient: new URL(intake.url).host });
    intake.answerNext({ status: 503 }, { status: 201, body: { reference: 'POL-77' } });
    await client.post(`/api/v1/incidents/${id}/police-report/send`);
    await h.runJobs();
    const report = await client.get(`/api/v1/incidents/${id}/police-report`);
    expect(report.body).toMatchObject({
      state: 'sent',
      attempts: 2,
      externalReference: 'POL-77',
      lastError: null,
    });
    const [first, second] = intake.requests.slice(-2);
    expect(first?.headers['idempotency-key']).toBe(second?.headers['idempotency-key']);
    expect(second?.headers.authorization).toBe('Bearer intake-token');
    expect(second?.body.payload).toEqual(report.body.payload);
  });

  it('is confirmed at once when the intake answers with a K-nummer', async () => {
    const id = await file();
    intake.answerNext({
      status: 201,
      body: { reference: 'POL-78', status: 'confirmed', kNumber: 'K778899-26' },
    });
    await client.post(`/api/v1/incidents/${id}/police-report/send`);
    await h.runJobs();
    const report = await client.get(`/api/v1/incidents/${id}/police-report`);
    expect(report.body).toMatchObject({
      state: 'confirmed',
      kNumber: 'K778899-26',
      externalReference: 'POL-78',
    });
  });

  it('fails for good on a refusal, and may then be sent again', async () => {
    const id = await file();
    intake.answerNext({ status: 400, body: { error: 'orgNumber saknas' } });
    await client.post(`/api/v1/incidents/${id}/police-report/send`);
    await h.runJobs();
    const failed = await client.get(`/api/v1/incidents/${id}/police-report`);
    expect(failed.body).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: 'Polisens mottagning svarade 400: {"error":"orgNumber saknas"}',
      abilities: { send: true, confirm: false },
    });
    const again = await client.post(`/api/v1/incidents/${id}/police-report/send`);
    expect(again.status).toBe(202);
    await h.runJobs();
    expect((await client.get(`/api/v1/incidents/${id}/police-report`)).body.state).toBe('sent');
    const rows = await h.deps.db
      .select({ state: policeReports.state })
      .from(policeReports)
      .where(and(eq(policeReports.incidentId, id)));
    expect(rows.map((r) => r.state).sort()).toEqual(['failed', 'sent']);
  });

  it(`gives up after ${POLICE_MAX_ATTEMPTS} attempts of an intake that stays down`, async () => {
    const id = await file();
    intake.answerNext(...Array.from({ length: POLICE_MAX_ATTEMPTS }, () => ({ status: 502 })));
    await client.post(`/api/v1/incidents/${id}/police-report/send`);
    await h.runJobs();
    const report = await client.get(`/api/v1/incidents/${id}/police-report`);
    expect(report.body).toMatchObject({ state: 'failed', attempts: POLICE_MAX_ATTEMPTS });
    expect(report.body.lastError).toMatch(/^Polisens mottagning svarade 502/);
  });
});

describe('the report PDF', () => {
  it('gives whoever may read the report the whole report, in Swedish or English', async () => {
    const id = await fileReport(robbery({ kNumber: 'K123456-26' }));
    const sv = await getPdf(t, reporter, `/api/v1/incidents/${id}/pdf`);
    expect(sv.response.status).toBe(200);
    expect(sv.response.headers.get('content-disposition')).toMatch(/^inline; filename="vaksam-rapport-/);
    const text = await pdfText(sv.body);
    for (const expected of [
      'Händelserapport: Rån',
      `Organisation: ${org.name}`,
      'Allvarlig händelse',
      'Ny',
      'K123456-26',
      'Butik Storgatan',
      'Storgatan 1, 903 26 Umeå',
      'Umeå kommun',
      'En maskerad person hotade kassören med kniv och tog växelkassan.',
      'Värde (kr)',
      '12 000 kr',
      'Vad stals eller skadades?',
      'Växelkassa',
      'Antal gärningspersoner',
      'Maskerad, 18–30 år',
      'Finns kamerabilder?',
      'Kassa 2 (Tak ovanför kassan)',
      reporter.name,
    ])
      expect(text, expected).toContain(expected);

    const en = await getPdf(t, manager, `/api/v1/incidents/${id}/pdf?lang=en`);
    const english = await pdfText(en.body);
    expect(english).toContain('Incident report: Robbery');
    expect(english).toContain('SEK 12 000');
    expect(english).toContain('Is there CCTV footage?');
    expect(english).toMatch(/Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Swedish time\) · Page 1 of \d/);

    const { user: stranger } = await t.factories.member('reporter', org);
    expect((await getPdf(t, stranger, `/api/v1/incidents/${id}/pdf`)).response.status).toBe(404);
  });
});
