import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg, TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { PushServicePeer } from '../../../test/push-service-peer';
import { groupMembers, groups, organisations, units } from '../../db/schema';

let t: TestApp;
let peer: PushServicePeer;
let analystClient: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  peer = new PushServicePeer();
  await peer.start();
  const analyst = await t.factories.user({ platformRole: 'analyst', totp: 'JBSWY3DPEHPK3PXP' });
  analystClient = await t.factories.signedIn(analyst, t.url);
});
afterAll(async () => {
  await t.close();
  await peer.stop();
});

type Place = { municipalityCode: string; latitude: number; longitude: number };
const GOTEBORG: Place = { municipalityCode: '1480', latitude: 57.7089, longitude: 11.9746 };
const BORAS: Place = { municipalityCode: '1490', latitude: 57.721, longitude: 12.9401 };
const STOCKHOLM: Place = { municipalityCode: '0180', latitude: 59.3293, longitude: 18.0686 };

/** An organisation of an industry with one unit at a place, and one person in it who may be signed in. */
async function shop(sniCode: string, place: Place | null) {
  const { user, org } = await t.factories.member('reporter');
  await t.deps.db.update(organisations).set({ sniCode }).where(eq(organisations.id, org.id));
  if (place) await t.deps.db.insert(units).values({ orgId: org.id, name: 'Butiken', ...place });
  return { user, org, client: await t.factories.signedIn(user, t.url) };
}

const draft = (overrides: Record<string, unknown> = {}) => ({
  title: 'Stölder av receptbelagda läkemedel',
  body: 'Ett sällskap på tre personer avleder personalen medan en fjärde tömmer hyllorna bakom disken.',
  actions: 'Håll disken bemannad. Ring 112 vid pågående brott.',
  severity: 'warning',
  source: 'Polisen region Väst',
  ...overrides,
});

async function publish(body: Record<string, unknown>, client = analystClient) {
  const created = await client.post('/api/v1/warnings/authored', body);
  expect(created.status, created.text).toBe(201);
  expect(created.body.state).toBe('draft');
  const published = await client.post(`/api/v1/warnings/authored/${created.body.id}/publish`, {});
  expect(published.status, published.text).toBe(200);
  await t.runJobs();
  return published.body as { id: string; updatedAt: string };
}

const feedIds = async (client: TestClient) =>
  (await client.get('/api/v1/warnings')).body.items.map((w: { id: string }) => w.id) as string[];

describe('targeting (WARN-2)', () => {
  it('reaches a pharmacy in Västra Götaland and nobody outside the division or the län', async () => {
    const goteborg = await shop('47.730', GOTEBORG);
    const stockholm = await shop('47.730', STOCKHOLM);
    const clinic = await shop('86.211', BORAS);
    const noUnit = await shop('47.730', null);
    const warning = await publish(draft({ targeting: { sni: ['47'], counties: ['14'] } }));

    expect(await feedIds(goteborg.client)).toContain(warning.id);
    for (const other of [stockholm, clinic, noUnit])
      expect(await feedIds(other.client)).not.toContain(warning.id);
    const stats = (await analystClient.get(`/api/v1/warnings/authored/${warning.id}`)).body.stats;
    expect(stats.targeted).toBeGreaterThanOrEqual(1);
  });

  it('matches a section letter, a kommun, named organisations, circles and polygons', async () => {
    const retail = await shop('47.111', BORAS);
    const wholesale = await shop('46.900', GOTEBORG);
    const far = await shop('47.111', STOCKHOLM);

    const bySection = await publish(draft({ targeting: { sni: ['G'], municipalities: ['1490', '1480'] } }));
    expect(await feedIds(retail.client)).toContain(bySection.id);
    expect(await feedIds(wholesale.client)).toContain(bySection.id);
    expect(await feedIds(far.client)).not.toContain(bySection.id);

    const circle = await publish(
      draft({ targeting: { circles: [{ center: { latitude: 57.72, longitude: 12.94 }, radiusKm: 5 }] } }),
    );
    expect(await feedIds(retail.client)).toContain(circle.id);
    expect(await feedIds(wholesale.client)).not.toContain(circle.id);

    const aroundGoteborg = [
      { latitude: 57.6, longitude: 11.8 },
      { latitude: 57.6, longitude: 12.1 },
      { latitude: 57.8, longitude: 12.1 },
      { latitude: 57.8, longitude: 11.8 },
    ];
    const polygon = await publish(draft({ targeting: { sni: ['46'], polygons: [aroundGoteborg] } }));
    expect(await feedIds(wholesale.client)).toContain(polygon.id);
    expect(await feedIds(retail.client)).not.toContain(polygon.id);

    const named = await publish(draft({ targeting: { orgIds: [far.org.id] } }));
    expect(await feedIds(far.client)).toContain(named.id);
    expect(await feedIds(retail.client)).not.toContain(named.id);
  });

  it('previews the count by industry and by län before sending', async () => {
    await shop('47.730', GOTEBORG);
    await shop('47.730', BORAS);
    const preview = await analystClient.post('/api/v1/warnings/preview', {
      targeting: { sni: ['47'], counties: ['14'] },
    });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body.recipients).toBeGreaterThanOrEqual(2);
    expect(preview.body.byIndustry).toEqual([{ section: 'G', recipients: preview.body.recipients }]);
    expect(preview.body.byCounty).toEqual([{ countyCode: '14', recipients: preview.body.recipients }]);
  });

  it('refuses to publish a platform warning that narrows by nothing', async () => {
    const created = await analystClient.post('/api/v1/warnings/authored', draft());
    const published = await analystClient.post(`/api/v1/warnings/authored/${created.body.id}/publish`, {});
    expect(published.status).toBe(400);
    expect(published.body.error.fields.targeting).toBeTruthy();
    expect((await analystClient.post('/api/v1/warnings/preview', { targeting: {} })).status).toBe(400);
  });
});

describe('delivery (WARN-3)', () => {
  it('pushes to every device with high urgency, mails those without push, and counts deliveries and opens', async () => {
    const withPush = await shop('47.730', GOTEBORG);
    const device = peer.createSubscription();
    expect((await withPush.client.post('/api/v1/push/subscriptions', device)).status).toBe(201);
    const withoutPush = await shop('47.730', GOTEBORG);
    // Named organisations too, so that the figures count these two people alone.
    const orgIds = [withPush.org.id, withoutPush.org.id];
    const warning = await publish(draft({ targeting: { sni: ['47'], municipalities: ['1480'], orgIds } }));
    await t.runJobs();

    const [push] = peer.to(device.endpoint);
    expect(push?.json).toMatchObject({
      title: 'Varning: Stölder av receptbelagda läkemedel',
      url: `/warnings/${warning.id}`,
      tag: `warning-${warning.id}`,
    });
    expect(push?.urgency).toBe('high');
    expect(t.smtp.to(withPush.user.email)).toEqual([]);
    const [mail] = t.smtp.to(withoutPush.user.email);
    expect(mail?.subject).toBe('Varning: Stölder av receptbelagda läkemedel');
    expect(mail?.text).toContain(`/warnings/${warning.id}`);

    expect((await withPush.client.get('/api/v1/warnings/unread-count')).body.count).toBe(1);
    const opened = await withPush.client.post(`/api/v1/warnings/${warning.id}/open`, {});
    expect(opened.status).toBe(200);
    expect(opened.body.openedAt).not.toBeNull();
    expect((await withPush.client.get('/api/v1/warnings/unread-count')).body.count).toBe(0);
    const rated = await withoutPush.client.put(`/api/v1/warnings/${warning.id}/feedback`, {
      feedback: 'useful',
    });
    expect(rated.body.feedback).toBe('useful');

    const stats = (await analystClient.get(`/api/v1/warnings/authored/${warning.id}`)).body.stats;
    expect(stats).toEqual({ targeted: 2, delivered: 2, opened: 2, useful: 1, notUseful: 0 });
  });

  it('reaches those a changed targeting adds, once, and leaves feeds when withdrawn or expired', async () => {
    const goteborg = await shop('47.730', GOTEBORG);
    const boras = await shop('47.730', BORAS);
    const warning = await publish(draft({ targeting: { sni: ['47'], municipalities: ['1480'] } }));
    expect(await feedIds(boras.client)).not.toContain(warning.id);

    const widened = await analystClient.put(`/api/v1/warnings/authored/${warning.id}`, {
      ...draft({ targeting: { sni: ['47'], municipalities: ['1480', '1490'] } }),
      updatedAt: warning.updatedAt,
    });
    expect(widened.status, widened.text).toBe(200);
    await t.runJobs();
    expect(await feedIds(boras.client)).toContain(warning.id);
    expect(t.smtp.to(goteborg.user.email).filter((m) => m.subject.includes('receptbelagda'))).toHaveLength(1);

    const stale = await analystClient.put(`/api/v1/warnings/authored/${warning.id}`, {
      ...draft({ targeting: { sni: ['47'] } }),
      updatedAt: warning.updatedAt,
    });
    expect(stale.status).toBe(409);

    expect((await analystClient.post(`/api/v1/warnings/authored/${warning.id}/withdraw`, {})).status).toBe(
      200,
    );
    expect(await feedIds(goteborg.client)).not.toContain(warning.id);
    expect((await goteborg.client.post(`/api/v1/warnings/${warning.id}/open`, {})).status).toBe(404);

    const brief = await publish(
      draft({
        targeting: { municipalities: ['1480'] },
        validFrom: new Date(Date.now() - 3_600_000).toISOString(),
        validUntil: new Date(Date.now() + 1_500).toISOString(),
      }),
    );
    expect(await feedIds(goteborg.client)).toContain(brief.id);
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expect(await feedIds(goteborg.client)).not.toContain(brief.id);
  });
});

describe('group warnings (WARN-5)', () => {
  let group: { id: string };
  let admin: TestUser;
  let member: { user: TestUser; org: TestOrg; client: TestClient };
  let outsider: { client: TestClient };

  beforeAll(async () => {
    admin = (await t.factories.member('manager')).user;
    member = await shop('47.730', STOCKHOLM);
    outsider = await shop('47.730', STOCKHOLM);
    const [row] = await t.deps.db
      .insert(groups)
      .values({ name: 'Butiker i city', kind: 'local', createdBy: admin.id })
      .returning({ id: groups.id });
    if (!row) throw new Error('group not created');
    group = row;
    await t.deps.db.insert(groupMembers).values([
      { groupId: group.id, userId: admin.id, role: 'admin' },
      { groupId: group.id, userId: member.user.id, role: 'member' },
    ]);
  });

  it('lets a group admin warn the group’s members only, and no one else author for the group', async () => {
    const adminClient = await t.factories.signedIn(admin, t.url);
    const warning = await publish(draft({ groupId: group.id }), adminClient);
    expect(await feedIds(member.client)).toContain(warning.id);
    expect(await feedIds(outsider.client)).not.toContain(warning.id);

    const asMember = await member.client.post('/api/v1/warnings/authored', draft({ groupId: group.id }));
    expect(asMember.status).toBe(403);
    expect((await member.client.get(`/api/v1/warnings/authored/${warning.id}`)).status).toBe(404);
    expect(
      (await outsider.client.post('/api/v1/warnings/authored', draft({ groupId: group.id }))).status,
    ).toBe(404);
    expect((await adminClient.post('/api/v1/warnings/authored', draft())).status).toBe(404);
  });
});
