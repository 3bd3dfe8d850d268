import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg, TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog, notificationDeliveries } from '../../db/schema';
import { SEND_EMAIL_JOB } from './fan-out';

let t: TestApp;
let org: TestOrg;
let unitId: string;
let reporter: TestUser;
let contact: TestUser;
let reporterClient: TestClient;
let contactClient: TestClient;

beforeAll(async () => {
  t = await startTestApp({ rateLimitForwardPerHour: 4 });
  ({ user: contact, org } = await t.factories.member('security_contact'));
  ({ user: reporter } = await t.factories.member('reporter', org));
  unitId = (await t.factories.unit(org, 'Kontoret')).id;
  reporterClient = await t.factories.signedIn(reporter, t.url);
  contactClient = await t.factories.signedIn(contact, t.url);
});
afterAll(() => t.close());

async function fileReport(client = reporterClient) {
  const response = await client.post('/api/v1/incidents', {
    orgId: org.id,
    type: 'threat',
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    unitId,
    description: 'En besökare hotade receptionisten.',
  });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

describe('forwarding a report by e-mail', () => {
  it('sends the PDF with the note to the address and shows the forward among the report’s deliveries', async () => {
    const id = await fileReport();
    await t.runJobs();
    const forwarded = await reporterClient.post(`/api/v1/incidents/${id}/forward`, {
      email: 'forsakring@example.se',
      message: '  Till skadeanmälan, se bilagan.  ',
    });
    expect(forwarded.status).toBe(201);
    expect(forwarded.body).toMatchObject({
      kind: 'incident_forwarded',
      channel: 'email',
      state: 'queued',
      recipient: { kind: 'forward', name: null, address: 'f***@example.se' },
      sender: { id: reporter.id, name: reporter.name },
    });
    await t.runJobs();

    const [mail] = t.smtp.to('forsakring@example.se');
    expect(mail?.subject).toBe('Vidarebefordrad rapport: Hot');
    expect(mail?.text).toContain(`${reporter.name} (${reporter.email}, ${org.name}) har vidarebefordrat`);
    expect(mail?.text).toContain('Meddelande: ”Till skadeanmälan, se bilagan.”');
    expect(mail?.replyTo).toBe(reporter.email);
    expect(mail?.attachments).toHaveLength(1);
    expect(mail?.attachments[0]?.contentType).toBe('application/pdf');
    expect(mail?.attachments[0]?.content.subarray(0, 5).toString()).toBe('%PDF-');

    const receipts = await contactClient.get(`/api/v1/incidents/${id}/deliveries`);
    expect(receipts.status).toBe(200);
    const forward = receipts.body.items.find(
      (d: { recipient: { kind: string } }) => d.recipient.kind === 'forward',
    );
    expect(forward).toMatchObject({ state: 'delivered', attempts: 1, sender: { name: reporter.name } });
    const kinds = receipts.body.items.map(
      (d: { recipient: { kind: string }; channel: string; state: string }) =>
        `${d.recipient.kind}:${d.channel}:${d.state}`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        'security_contact:email:delivered',
        'reporter:email:delivered',
        'forward:email:delivered',
      ]),
    );
    // Addresses are masked for everyone who reads the receipts.
    expect(receipts.text).not.toContain(contact.email);
    expect(receipts.text).not.toContain('forsakring@example.se');

    const [audit] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'incident.forwarded'), eq(auditLog.targetId, id)));
    expect(audit?.actorUserId).toBe(reporter.id);
    expect(JSON.stringify(audit?.details)).not.toContain('forsakring');
  });

  it('tells the reporter when someone else forwards their report', async () => {
    const id = await fileReport();
    await t.runJobs();
    expect(
      (await contactClient.post(`/api/v1/incidents/${id}/forward`, { email: 'polis.kontakt@example.se' }))
        .status,
    ).toBe(201);
    await t.runJobs();
    const [notice] = (await reporterClient.get('/api/v1/notifications')).body.items;
    expect(notice).toMatchObject({
      kind: 'incident_forwarded',
      title: 'Din rapport har vidarebefordrats',
      body: expect.stringContaining(`${contact.name} skickade din rapport (Hot, `),
    });
    expect(notice.body).toContain('till p***@example.se.');
  });

  it('retries while the mail server is away and delivers when it is back', async () => {
    const id = await fileReport();
    await t.runJobs();
    await t.smtp.stop();
    try {
      await reporterClient.post(`/api/v1/incidents/${id}/forward`, { email: 'styrelsen@example.se' });
      await t.runJobs();
      const [row] = await t.deps.db
        .select()
        .from(notificationDeliveries)
        .where(
          and(eq(notificationDeliveries.incidentId, id), eq(notificationDeliveries.recipientKind, 'forward')),
        );
      expect(row).toMatchObject({ state: 'queued', attempts: 1 });
      expect(row?.lastError).toBeTruthy();
      expect(row?.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now());
    } finally {
      await t.smtp.start(t.smtp.port);
    }
    await t.deps.db.execute(sql`update pgboss.job set start_after = now() where name = ${SEND_EMAIL_JOB}`);
    await t.runJobs();
    expect(t.smtp.to('styrelsen@example.se')).toHaveLength(1);
  });

  it('refuses a bad address or a long note per field, and limits forwards per person and hour', async () => {
    const id = await fileReport();
    const bad = await reporterClient.post(`/api/v1/incidents/${id}/forward`, {
      email: 'inte-en-adress',
      message: 'x'.repeat(501),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ email: 'Ogiltig e-postadress', message: 'Högst 500 tecken' });

    const { user } = await t.factories.member('manager', org);
    const client = await t.factories.signedIn(user, t.url);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await client.post(`/api/v1/incidents/${id}/forward`, { email: `m${i}@example.se` })).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 429]);
  });

  it('is closed to those who cannot see the report', async () => {
    const id = await fileReport();
    const { user: stranger } = await t.factories.member('manager');
    const { user: colleague } = await t.factories.member('reporter', org);
    for (const user of [stranger, colleague]) {
      const client = await t.factories.signedIn(user, t.url);
      expect((await client.post(`/api/v1/incidents/${id}/forward`, { email: 'a@example.se' })).status).toBe(
        404,
      );
      expect((await client.get(`/api/v1/incidents/${id}/deliveries`)).status).toBe(404);
    }
  });
});
