import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg, TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { incidents, notificationDeliveries, notifications } from '../../db/schema';
import { INCIDENT_REPORTED_JOB } from './jobs';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Team = {
  org: TestOrg;
  unitId: string;
  reporter: TestUser;
  manager: TestUser;
  contact: TestUser | null;
  reporterClient: TestClient;
};

/** An organisation with a reporter, a manager and (unless told otherwise) a security contact. */
async function team(options: { withContact?: boolean } = {}): Promise<Team> {
  const { user: manager, org } = await t.factories.member('manager');
  const contact =
    options.withContact === false ? null : (await t.factories.member('security_contact', org)).user;
  const { user: reporter } = await t.factories.member('reporter', org);
  const unitId = (await t.factories.unit(org, 'Butik Storgatan')).id;
  return {
    org,
    unitId,
    reporter,
    manager,
    contact,
    reporterClient: await t.factories.signedIn(reporter, t.url),
  };
}

async function fileReport(team: Team, client = team.reporterClient, overrides: Record<string, unknown> = {}) {
  const response = await client.post('/api/v1/incidents', {
    orgId: team.org.id,
    type: 'robbery',
    severity: 'serious',
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    unitId: team.unitId,
    description: 'En man hotade personalen vid kassan och tog pengar.',
    ...overrides,
  });
  expect(response.status, response.text).toBe(201);
  return response.body.id as string;
}

const deliveriesOf = (incidentId: string) =>
  t.deps.db.select().from(notificationDeliveries).where(eq(notificationDeliveries.incidentId, incidentId));

describe('a new report', () => {
  it('mails the security contact at once and sends the reporter a copy with the PDF; managers are not alerted', async () => {
    const office = await team();
    const id = await fileReport(office);
    await t.runJobs();

    const contact = office.contact as TestUser;
    const alert = t.smtp.to(contact.email).find((mail) => mail.subject.startsWith('Ny rapport: Rån'));
    expect(alert?.subject).toBe('Ny rapport: Rån (allvarlig händelse) – Butik Storgatan');
    expect(alert?.text).toContain(`${office.reporter.name} har rapporterat en händelse i ${office.org.name}`);
    expect(alert?.text).toContain(`/incidents/${id}`);
    // The alert is a pointer behind the login: the free text never travels by mail to staff.
    expect(alert?.text).not.toContain('hotade personalen');

    const copy = t.smtp
      .to(office.reporter.email)
      .find((mail) => mail.subject === 'Kopia av din rapport: Rån');
    expect(copy?.text).toContain('hela rapporten finns som PDF i bilagan');
    expect(copy?.attachments).toEqual([
      expect.objectContaining({ contentType: 'application/pdf', filename: expect.stringMatching(/\.pdf$/) }),
    ]);
    expect(copy?.attachments[0]?.content.subarray(0, 5).toString()).toBe('%PDF-');

    expect(t.smtp.to(office.manager.email)).toEqual([]);

    const rows = await deliveriesOf(id);
    const summary = rows.map((r) => `${r.recipientKind}:${r.channel}:${r.state}`).sort();
    expect(summary).toEqual([
      'reporter:email:delivered',
      'reporter:in_app:delivered',
      'security_contact:email:delivered',
      'security_contact:in_app:delivered',
    ]);
  });

  it('alerts the managers when the organisation has no security contact, but never the reporter about their own report', async () => {
    const office = await team({ withContact: false });
    const managerClient = await t.factories.signedIn(office.manager, t.url);
    const { user: otherManager } = await t.factories.member('manager', office.org);
    const id = await fileReport(office, managerClient);
    await t.runJobs();
    expect(t.smtp.to(otherManager.email).map((m) => m.subject)).toEqual([
      'Ny rapport: Rån (allvarlig händelse) – Butik Storgatan',
    ]);
    expect(t.smtp.to(office.manager.email).map((m) => m.subject)).toEqual(['Kopia av din rapport: Rån']);
    const rows = await deliveriesOf(id);
    expect(rows.filter((r) => r.recipientKind === 'manager').map((r) => r.recipientUserId)).toEqual([
      otherManager.id,
      otherManager.id,
    ]);
  });

  it('follows each person’s preferences per kind and channel', async () => {
    const office = await team();
    const contactClient = await t.factories.signedIn(office.contact as TestUser, t.url);
    const changed = await contactClient.request('PUT', '/api/v1/notifications/preferences', {
      incident_reported: { email: false },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.incident_reported).toEqual({ in_app: true, push: true, email: false });
    await office.reporterClient.request('PUT', '/api/v1/notifications/preferences', {
      incident_copy: { email: false, in_app: false },
    });

    const id = await fileReport(office);
    await t.runJobs();
    const rows = await deliveriesOf(id);
    expect(rows.map((r) => `${r.recipientKind}:${r.channel}`)).toEqual(['security_contact:in_app']);
    expect(t.smtp.to((office.contact as TestUser).email)).toEqual([]);
    expect(t.smtp.to(office.reporter.email)).toEqual([]);
  });

  it('writes nothing twice when the fan-out runs again', async () => {
    const office = await team();
    const id = await fileReport(office);
    await t.runJobs();
    const before = (await deliveriesOf(id)).length;
    const mails = t.smtp.received.length;
    await t.deps.jobs.send(t.deps.db, INCIDENT_REPORTED_JOB, { incidentId: id });
    await t.runJobs();
    expect((await deliveriesOf(id)).length).toBe(before);
    expect(t.smtp.received.length).toBe(mails);
  });

  it('writes its notice job with the report itself: a report that does not commit leaves no job', async () => {
    const office = await team();
    // Waiting in the outbox or already relayed into the queue: either way it exists.
    const jobsFor = async () =>
      Number(
        (
          (await t.deps.db.execute(
            sql`select (select count(*) from pgboss.job where name = ${INCIDENT_REPORTED_JOB})
                     + (select count(*) from outbox where job_name = ${INCIDENT_REPORTED_JOB}) as n`,
          )) as unknown as { rows: { n: number }[] }
        ).rows[0]?.n,
      );
    // A deferred trigger fails the commit itself, after the report and its job were both written.
    await t.deps.db.execute(
      sql.raw(`
      create or replace function test_refuse_commit() returns trigger language plpgsql as $$
      begin
        if new.description like 'ROLLBACK%' then raise exception 'refused at commit'; end if;
        return null;
      end $$`),
    );
    await t.deps.db.execute(
      sql.raw(`
      create constraint trigger test_refuse_commit after insert on incidents
        deferrable initially deferred for each row execute function test_refuse_commit()`),
    );
    try {
      const before = await jobsFor();
      const refused = await office.reporterClient.post('/api/v1/incidents', {
        orgId: office.org.id,
        type: 'theft',
        occurredAt: new Date().toISOString(),
        unitId: office.unitId,
        description: 'ROLLBACK: den här rapporten sparas aldrig',
      });
      expect(refused.status).toBe(500);
      expect(await jobsFor()).toBe(before);
      const stored = await t.deps.db
        .select({ id: incidents.id })
        .from(incidents)
        .where(eq(incidents.orgId, office.org.id));
      expect(stored).toEqual([]);
      await fileReport(office);
      expect(await jobsFor()).toBe(before + 1);
    } finally {
      await t.deps.db.execute(sql.raw('drop trigger test_refuse_commit on incidents'));
    }
  });
});

describe('status changes', () => {
  it('tell the reporter in the app (and by push, not mail, by default) when someone else changes the status', async () => {
    const office = await team();
    const id = await fileReport(office);
    await t.runJobs();
    const managerClient = await t.factories.signedIn(office.manager, t.url);
    const changed = await managerClient.post(`/api/v1/incidents/${id}/status`, { status: 'in_progress' });
    expect(changed.status).toBe(200);
    await t.runJobs();
    const list = await office.reporterClient.get('/api/v1/notifications');
    expect(list.body.items[0]).toMatchObject({
      kind: 'incident_status_changed',
      title: 'Din rapport är nu ”Under hantering”',
      url: `/incidents/${id}`,
      readAt: null,
    });
    const mails = t.smtp.to(office.reporter.email).map((m) => m.subject);
    expect(mails).toEqual(['Kopia av din rapport: Rån']);
  });
});

describe('the notification centre', () => {
  it('lists one’s own notices newest first with cursor paging, counts the unread and marks them read', async () => {
    const office = await team();
    const contactClient = await t.factories.signedIn(office.contact as TestUser, t.url);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await fileReport(office));
      await t.runJobs();
    }

    expect((await contactClient.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 3 });
    const first = await contactClient.get('/api/v1/notifications?limit=2');
    expect(first.body.items.map((n: { url: string }) => n.url)).toEqual([
      `/incidents/${ids[2]}`,
      `/incidents/${ids[1]}`,
    ]);
    expect(first.body.items[0]).toMatchObject({
      kind: 'incident_reported',
      title: 'Ny rapport: Rån (allvarlig händelse)',
      body: expect.stringContaining(`${office.org.name}, Butik Storgatan · `),
    });
    const second = await contactClient.get(`/api/v1/notifications?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((n: { url: string }) => n.url)).toEqual([`/incidents/${ids[0]}`]);
    expect(second.body.nextCursor).toBeNull();

    const opened = await contactClient.post(`/api/v1/notifications/${first.body.items[0].id}/read`);
    expect(opened.status).toBe(200);
    expect(opened.body.readAt).toEqual(expect.any(String));
    expect((await contactClient.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 2 });
    const [inApp] = await t.deps.db
      .select({ state: notificationDeliveries.state })
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.notificationId, first.body.items[0].id));
    expect(inApp?.state).toBe('read');

    expect((await contactClient.post('/api/v1/notifications/read-all')).status).toBe(200);
    expect((await contactClient.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 0 });
    const stillDelivered = await t.deps.db
      .select()
      .from(notificationDeliveries)
      .where(
        and(
          eq(notificationDeliveries.recipientUserId, (office.contact as TestUser).id),
          eq(notificationDeliveries.channel, 'in_app'),
          eq(notificationDeliveries.state, 'delivered'),
        ),
      );
    expect(stillDelivered).toEqual([]);
  });

  it('does not let anyone read or mark another person’s notice', async () => {
    const office = await team();
    await fileReport(office);
    await t.runJobs();
    const [theirs] = await t.deps.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, (office.contact as TestUser).id));
    const managerClient = await t.factories.signedIn(office.manager, t.url);
    expect((await managerClient.get('/api/v1/notifications')).body.items).toEqual([]);
    const marked = await managerClient.post(`/api/v1/notifications/${theirs?.id}/read`);
    expect(marked.status).toBe(404);
    expect(marked.body.error.message).toBe('Aviseringen hittades inte');
  });

  it('writes notices in the recipient’s language', async () => {
    const office = await team();
    const contactClient = await t.factories.signedIn(office.contact as TestUser, t.url);
    expect((await contactClient.patch('/api/v1/profile', { language: 'en' })).status).toBe(200);
    await fileReport(office);
    await t.runJobs();
    const [notice] = (await contactClient.get('/api/v1/notifications')).body.items;
    expect(notice.title).toBe('New report: Robbery (serious incident)');
    const mail = t.smtp.to((office.contact as TestUser).email)[0];
    expect(mail?.subject).toBe('New report: Robbery (serious incident) – Butik Storgatan');
  });
});

describe('preferences', () => {
  it('start from the defaults and change only the switches named', async () => {
    const { user } = await t.factories.member('reporter');
    const client = await t.factories.signedIn(user, t.url);
    const defaults = await client.get('/api/v1/notifications/preferences');
    expect(defaults.body).toEqual({
      incident_reported: { in_app: true, push: true, email: true },
      incident_copy: { in_app: true, push: false, email: true },
      incident_status_changed: { in_app: true, push: true, email: false },
      incident_forwarded: { in_app: true, push: false, email: false },
      reminder: { in_app: true, push: true, email: true },
      group_post: { in_app: true, push: true, email: false },
      warning: { in_app: true, push: true, email: true },
      fraud_entry: { in_app: true, push: true, email: false },
    });
    await client.request('PUT', '/api/v1/notifications/preferences', { incident_copy: { push: true } });
    const changed = await client.request('PUT', '/api/v1/notifications/preferences', {
      incident_copy: { email: false },
      reminder: { in_app: false },
    });
    expect(changed.body.incident_copy).toEqual({ in_app: true, push: true, email: false });
    expect(changed.body.reminder).toEqual({ in_app: false, push: true, email: true });
    expect((await client.get('/api/v1/notifications/preferences')).body).toEqual(changed.body);
  });

  it('refuses unknown kinds and channels and values that are not switches, per field', async () => {
    const { user } = await t.factories.member('reporter');
    const client = await t.factories.signedIn(user, t.url);
    const bad = await client.request('PUT', '/api/v1/notifications/preferences', {
      incident_copy: { sms: true, email: 'ja' },
      weather: { email: true },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({
      weather: 'Okänt fält',
      'incident_copy.sms': 'Okänt fält',
      'incident_copy.email': 'Ange på eller av',
    });
  });
});
