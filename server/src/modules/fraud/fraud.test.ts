import { luhnCheckDigit } from '@vaksam/domain/identifiers/luhn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import { makeOrgNumber, type TestUser } from '../../../test/factories';
import { invoicePdf, PDF, picture } from '../../../test/files';
import { startTestApp, type TestApp } from '../../../test/harness';
import { PushServicePeer } from '../../../test/push-service-peer';
import { currentMonth } from './service';

let t: TestApp;
let analyst: TestUser;
let analystClient: TestClient;
let reporterClient: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.factories.user({ platformRole: 'analyst', name: 'Ana Lys', totp: 'JBSWY3DPEHPK3PXP' });
  analystClient = await t.factories.signedIn(analyst, t.url);
  reporterClient = await t.factories.signedIn((await t.factories.member('reporter')).user, t.url);
});
afterAll(() => t.close());

let serial = 0;
/** A valid bankgiro (8 digits, Luhn over the whole number), different on every call. */
function makeBankgiro(): string {
  const payload = `5${String(process.pid % 1000).padStart(3, '0')}${String(++serial).padStart(3, '0')}`;
  const digits = payload + luhnCheckDigit(payload);
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}

async function publish(overrides: Record<string, unknown> = {}) {
  const orgNumber = makeOrgNumber();
  const bankgiro = makeBankgiro();
  const response = await analystClient.post('/api/v1/admin/fraud-entries', {
    companyName: `Nordiska Företagsregistret ${++serial} AB`,
    addresses: ['Box 123, 111 22 Stockholm'],
    identifiers: [
      { kind: 'organisationsnummer', value: orgNumber },
      { kind: 'bankgiro', value: bankgiro },
      { kind: 'website', value: `https://www.registret-${serial}.se/faktura` },
    ],
    description: 'Skickar fakturor för registrering i ett företagsregister.\nBeloppet är ofta 4 990 kr.',
    ...overrides,
  });
  expect(response.status, response.text).toBe(201);
  return { entry: response.body, orgNumber, bankgiro };
}

function upload(file: Buffer, name = 'faktura.pdf', type = 'application/pdf') {
  const body = new FormData();
  body.append('file', new Blob([file], { type }), name);
  return t.client().post('/api/v1/fraud-list/check-invoice', body);
}

describe('Varningslistan (FRAUD-1, FRAUD-2)', () => {
  it('publishes an entry that anyone reads without logging in, with no word of who keeps it', async () => {
    const { entry, orgNumber, bankgiro } = await publish();
    expect(entry).toMatchObject({
      orgNumber: `${orgNumber.slice(0, 6)}-${orgNumber.slice(6)}`,
      reportCount: 1,
      excerpt: 'Skickar fakturor för registrering i ett företagsregister.',
    });
    expect(entry.identifiers).toEqual([
      {
        kind: 'organisationsnummer',
        value: orgNumber,
        formatted: `${orgNumber.slice(0, 6)}-${orgNumber.slice(6)}`,
      },
      { kind: 'bankgiro', value: bankgiro.replace('-', ''), formatted: bankgiro },
      { kind: 'website', value: `registret-${serial}.se`, formatted: `registret-${serial}.se` },
    ]);

    const anonymous = t.client();
    const list = await anonymous.get('/api/v1/fraud-list?limit=5');
    expect(list.status).toBe(200);
    expect(list.body.items[0].id).toBe(entry.id);
    const page = await anonymous.get(`/api/v1/fraud-list/${entry.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual(entry);
    for (const text of [list.text, page.text]) {
      expect(text).not.toContain(analyst.id);
      expect(text).not.toContain(analyst.name);
      expect(text).not.toContain(analyst.email);
    }
  });

  it('lists newest first in pages', async () => {
    const first = (await publish()).entry;
    const second = (await publish()).entry;
    const page1 = await t.client().get('/api/v1/fraud-list?limit=1');
    expect(page1.body.items.map((e: { id: string }) => e.id)).toEqual([second.id]);
    const page2 = await t.client().get(`/api/v1/fraud-list?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((e: { id: string }) => e.id)).toEqual([first.id]);
  });

  it('finds an entry by organisationsnummer, bankgiro, web address and a misspelt name', async () => {
    const { entry, orgNumber, bankgiro } = await publish({ companyName: 'Svenska Branschkatalogen Nord AB' });
    const search = (q: string) => t.client().get(`/api/v1/fraud-list/search?q=${encodeURIComponent(q)}`);

    for (const [q, kind] of [
      [`${orgNumber.slice(0, 6)}-${orgNumber.slice(6)}`, 'organisationsnummer'],
      [`16${orgNumber}`, 'organisationsnummer'],
      [bankgiro.replace('-', ' '), 'bankgiro'],
      [`http://registret-${serial}.se`, 'website'],
    ] as const) {
      const found = await search(q);
      expect(found.status, q).toBe(200);
      expect(found.body.verdict, q).toBe('listed');
      expect(found.body.matches[0], q).toMatchObject({
        entry: { id: entry.id },
        matchedOn: kind,
        similarity: 1,
      });
    }

    const misspelt = await search('svenska bransch katalogen nrd');
    expect(misspelt.body.verdict).toBe('similar');
    expect(misspelt.body.matches[0]).toMatchObject({ entry: { id: entry.id }, matchedOn: 'name' });
    expect(misspelt.body.matches[0].similarity).toBeLessThan(1);

    const exact = await search('svenska branschkatalogen nord ab');
    expect(exact.body.verdict).toBe('listed');

    const unknown = await search('Ica Kvantum Sala');
    expect(unknown.body).toMatchObject({ verdict: 'not_listed', matches: [] });
  });

  it('finds names by a word many senders share, and by a rare word among common ones', async () => {
    const shared = `Fakturaverket${serial}`;
    const entries = [];
    // Without numbers: 56 random organisationsnummer could collide.
    const named = (companyName: string) => publish({ companyName, identifiers: [] });
    for (let i = 0; i < 55; i++) entries.push((await named(`${shared} Region ${i} AB`)).entry);
    const rare = (await named(`${shared} Zyxelborg AB`)).entry;
    const search = (q: string) => t.client().get(`/api/v1/fraud-list/search?q=${encodeURIComponent(q)}`);

    const common = await search(shared.slice(0, -3) + shared.slice(-2));
    expect(common.body.verdict).toBe('similar');
    expect(common.body.matches).toHaveLength(10);

    const distinctive = await search(`${shared} Zyxelbrog`);
    expect(distinctive.body.verdict).toBe('similar');
    expect(distinctive.body.matches[0].entry.id).toBe(rare.id);
    expect(entries.map((e) => e.id)).not.toContain(distinctive.body.matches[0].entry.id);
  });

  it('reads a number with a wrong check digit as no identifier at all', async () => {
    const { bankgiro } = await publish();
    const digits = bankgiro.replace('-', '');
    const wrong = digits.slice(0, -1) + ((Number(digits.at(-1)) + 1) % 10);
    const result = await t.client().get(`/api/v1/fraud-list/search?q=${wrong}`);
    expect(result.status).toBe(200);
    expect(result.body.readAs.map((r: { kind: string }) => r.kind)).not.toContain('bankgiro');
    expect(result.body.verdict).toBe('not_listed');
  });

  it('refuses an empty or overlong query with a field error', async () => {
    for (const q of ['', ' ', 'x'.repeat(201)]) {
      const response = await t.client().get(`/api/v1/fraud-list/search?q=${encodeURIComponent(q)}`);
      expect(response.status, JSON.stringify(q)).toBe(400);
      expect(response.body.error.fields.q).toBeTruthy();
    }
  });
});

describe('keeping the list (analysts)', () => {
  it('refuses identifiers with a wrong checksum, naming each by its place', async () => {
    const response = await analystClient.post('/api/v1/admin/fraud-entries', {
      companyName: 'Fel AB',
      identifiers: [
        { kind: 'organisationsnummer', value: '556036-0794' },
        { kind: 'bankgiro', value: makeBankgiro() },
        { kind: 'iban', value: 'SE45 5000 0000 0583 9825 7467' },
      ],
      description: 'Test',
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual([
      'identifiers.0.value',
      'identifiers.2.value',
    ]);
  });

  it('sends a second publication of a listed identifier to the existing entry (409)', async () => {
    const { entry, bankgiro } = await publish();
    const again = await analystClient.post('/api/v1/admin/fraud-entries', {
      companyName: 'Annat Namn AB',
      identifiers: [{ kind: 'bankgiro', value: bankgiro }],
      description: 'Samma bankgiro',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields['identifiers.0.value']).toContain(entry.companyName);
  });

  it('edits an entry, and refuses an edit made over someone else’s (409)', async () => {
    const { entry } = await publish();
    const body = {
      companyName: 'Nytt Namn AB',
      addresses: [],
      identifiers: [],
      description: 'Ny beskrivning',
    };
    const edited = await analystClient.put(`/api/v1/admin/fraud-entries/${entry.id}`, {
      ...body,
      updatedAt: entry.updatedAt,
    });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body).toMatchObject({ companyName: 'Nytt Namn AB', identifiers: [], orgNumber: null });
    const stale = await analystClient.put(`/api/v1/admin/fraud-entries/${entry.id}`, {
      ...body,
      updatedAt: entry.updatedAt,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.fields.updatedAt).toBeTruthy();
  });

  it('removes an entry from the list, the entry page and the search', async () => {
    const { entry, bankgiro } = await publish();
    expect((await analystClient.delete(`/api/v1/admin/fraud-entries/${entry.id}`)).status).toBe(200);
    expect((await t.client().get(`/api/v1/fraud-list/${entry.id}`)).status).toBe(404);
    const search = await t.client().get(`/api/v1/fraud-list/search?q=${bankgiro}`);
    expect(search.body.verdict).toBe('not_listed');
    const list = await t.client().get('/api/v1/fraud-list?limit=100');
    expect(list.body.items.map((e: { id: string }) => e.id)).not.toContain(entry.id);
    expect((await analystClient.delete(`/api/v1/admin/fraud-entries/${entry.id}`)).status).toBe(404);
  });

  it('does not exist for anyone but the platform’s staff', async () => {
    const { entry } = await publish();
    const body = { companyName: 'X AB', description: 'Fakturor' };
    expect((await reporterClient.post('/api/v1/admin/fraud-entries', body)).status).toBe(404);
    expect((await reporterClient.delete(`/api/v1/admin/fraud-entries/${entry.id}`)).status).toBe(404);
    expect((await t.client().delete(`/api/v1/admin/fraud-entries/${entry.id}`)).status).toBe(401);
  });
});

describe('the monthly top list (FRAUD-7)', () => {
  it('ranks this month’s entries by their reports in the month, and leaves last month’s out', async () => {
    const few = (await publish()).entry;
    const many = (await publish()).entry;
    for (let i = 0; i < 3; i++) {
      const recorded = await analystClient.post(`/api/v1/admin/fraud-entries/${many.id}/reports`, {});
      expect(recorded.status).toBe(201);
    }
    const lastYear = new Date(Date.now() - 400 * 86_400_000).toISOString();
    await analystClient.post(`/api/v1/admin/fraud-entries/${few.id}/reports`, { receivedAt: lastYear });

    const top = await t.client().get('/api/v1/fraud-list/top');
    expect(top.status).toBe(200);
    expect(top.body.month).toBe(currentMonth());
    const ranked = top.body.items.map((item: { entry: { id: string }; reportsInMonth: number }) => [
      item.entry.id,
      item.reportsInMonth,
    ]);
    expect(ranked[0]).toEqual([many.id, 4]);
    expect(ranked).toContainEqual([few.id, 1]);
    expect((await t.client().get(`/api/v1/fraud-list/${few.id}`)).body.reportCount).toBe(2);

    const earlier = await t.client().get(`/api/v1/fraud-list/top?month=${lastYear.slice(0, 7)}`);
    expect(earlier.body.items).toEqual([
      expect.objectContaining({ entry: expect.objectContaining({ id: few.id }), reportsInMonth: 1 }),
    ]);
    expect((await t.client().get('/api/v1/fraud-list/top?month=2026-13')).status).toBe(400);
  });

  it('refuses a report from the future', async () => {
    const { entry } = await publish();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const response = await analystClient.post(`/api/v1/admin/fraud-entries/${entry.id}/reports`, {
      receivedAt: future,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields.receivedAt).toBeTruthy();
  });
});

describe('checking an invoice (FRAUD-6)', () => {
  it('reads the numbers on a PDF invoice and says which are listed', async () => {
    const { entry, bankgiro } = await publish();
    const otherOrg = makeOrgNumber();
    const pdf = await invoicePdf([
      'Fakturanummer 20261204',
      'Att betala: 4 990,00 kr',
      `Bankgiro: ${bankgiro}`,
      `Org.nr: ${otherOrg.slice(0, 6)}-${otherOrg.slice(6)}`,
    ]);
    const response = await upload(pdf);
    expect(response.status, response.text).toBe(200);
    expect(response.body.verdict).toBe('listed');
    const byKind = Object.fromEntries(
      response.body.found.map((f: { kind: string; entries: { id: string }[] }) => [f.kind, f.entries]),
    );
    expect(byKind.bankgiro.map((e: { id: string }) => e.id)).toEqual([entry.id]);
    expect(byKind.organisationsnummer).toEqual([]);
  });

  it('answers not listed, or nothing found, for a clean invoice', async () => {
    const org = makeOrgNumber();
    const clean = await upload(await invoicePdf([`Org.nr ${org.slice(0, 6)}-${org.slice(6)}`]));
    expect(clean.body).toMatchObject({ verdict: 'not_listed' });
    const empty = await upload(PDF);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ verdict: 'nothing_found', found: [] });
  });

  it('refuses other types, empty and broken files, and files over the limit, with clear 4xx', async () => {
    const png = await upload(await picture().png().toBuffer(), 'faktura.pdf', 'application/pdf');
    expect(png.status).toBe(415);
    expect(png.body.error.fields.file).toBeTruthy();
    const empty = await upload(Buffer.alloc(0));
    expect(empty.status).toBe(422);
    const broken = await upload(Buffer.from('%PDF-1.7\nthis is not a pdf at all'));
    expect(broken.status).toBe(422);
    expect(broken.body.error.fields.file).toBeTruthy();
    const huge = await upload(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(15 * 1024 * 1024 + 1)]));
    expect(huge.status).toBe(413);
    const pathName = await upload(await invoicePdf(['Hej']), '../../etc/passwd.pdf');
    expect(pathName.status).toBe(200);
  });
});

describe('following the list (FRAUD-3)', () => {
  it('tells followers of each new entry in the app and by push, and nobody else', async () => {
    const peer = new PushServicePeer();
    await peer.start();
    try {
      const follower = await t.factories.signedIn(await t.factories.user(), t.url);
      const bystander = await t.factories.signedIn(await t.factories.user(), t.url);
      const device = peer.createSubscription();
      expect((await follower.post('/api/v1/push/subscriptions', device)).status).toBe(201);
      expect((await follower.get('/api/v1/fraud-list/following')).body).toEqual({ following: false });
      expect((await follower.put('/api/v1/fraud-list/following', { following: true })).body).toEqual({
        following: true,
      });
      expect((await t.client().put('/api/v1/fraud-list/following', { following: true })).status).toBe(401);

      const { entry } = await publish({ companyName: 'Följda Bluffbolaget AB' });
      await t.runJobs();
      expect(peer.to(device.endpoint).map((push) => push.json)).toEqual([
        {
          title: 'Nytt på Varningslistan: Följda Bluffbolaget AB',
          body: expect.stringContaining('bluffakturor'),
          url: `/fraud-list/${entry.id}`,
          tag: `fraud-entry-${entry.id}`,
        },
      ]);
      const notices = (await follower.get('/api/v1/notifications')).body.items;
      expect(notices[0]).toMatchObject({ kind: 'fraud_entry', url: `/fraud-list/${entry.id}` });
      expect((await bystander.get('/api/v1/notifications')).body.items).toEqual([]);

      await follower.put('/api/v1/fraud-list/following', { following: false });
      await publish({ companyName: 'Ofölja Bluffbolaget AB' });
      await t.runJobs();
      expect(peer.to(device.endpoint)).toHaveLength(1);
    } finally {
      await peer.stop();
    }
  });
});
