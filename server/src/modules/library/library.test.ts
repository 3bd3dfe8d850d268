import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog, libraryEntries } from '../../db/schema';
import { starterLibrary } from './starter';
import { installStarterLibrary } from './starter/install';

let t: TestApp;
let analyst: TestClient;
let member: TestClient;
let reader: TestClient;
let stranger: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  const f = t.factories;
  analyst = await f.signedIn(await f.user({ platformRole: 'analyst', totp: 'JBSWY3DPEHPK3PXP' }), t.url);
  member = await f.signedIn(await f.user({ federationMember: true }), t.url);
  reader = await f.signedIn(await f.user(), t.url);
  stranger = await f.signedIn(await f.user(), t.url);
});
afterAll(() => t.close());

type Summary = { id: string; kind: string; scope: string; sv: { title: string }; excerpt: string | null };

async function everything(client: TestClient, query = '') {
  const items: Summary[] = [];
  let cursor: string | null = null;
  do {
    const separator = query ? '&' : '';
    const page = await client.get(
      `/api/v1/library?${query}${separator}limit=7${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

const titles = (items: Summary[]) => items.map((item) => item.sv.title);

const checklist = (scope: string, title: string, items = ['Lås bakdörren', 'Larma på']) => ({
  kind: 'checklist',
  scope,
  tags: ['Stängning'],
  sv: { title, summary: 'Varje kväll', body: 'Gå igenom punkterna i ordning.', items },
  en: null,
});

describe('the library (CHK-1, CHK-3)', () => {
  it('ships the starter library: checklists and articles in Swedish and English', async () => {
    const all = await everything(analyst);
    const starter = all.filter((item) => starterLibrary.some((entry) => entry.sv.title === item.sv.title));
    expect(starter).toHaveLength(starterLibrary.length);
    expect(starter.filter((item) => item.kind === 'checklist').length).toBeGreaterThanOrEqual(8);
    expect(starter.filter((item) => item.kind !== 'checklist').length).toBeGreaterThanOrEqual(15);

    const robbery = all.find((item) => item.sv.title === 'Rån – under och efter');
    const entry = await reader.get(`/api/v1/library/${robbery?.id}`);
    expect(entry.status).toBe(200);
    expect(entry.body).toMatchObject({ kind: 'checklist', starter: true, canEdit: false });
    expect(entry.body.en.title).toBe('Robbery – during and after');
    expect(entry.body.en.items).toHaveLength(entry.body.sv.items.length);
  });

  it('shows member-only content to verified members and staff, and to nobody else through any route', async () => {
    const membersOnly = starterLibrary.filter((entry) => entry.scope === 'members').map((e) => e.sv.title);
    expect(membersOnly.length).toBeGreaterThan(0);
    expect(titles(await everything(member))).toEqual(expect.arrayContaining(membersOnly));
    expect(titles(await everything(analyst))).toEqual(expect.arrayContaining(membersOnly));

    const readerTitles = titles(await everything(reader));
    expect(readerTitles.filter((title) => membersOnly.includes(title))).toEqual([]);
    expect(titles(await everything(reader, 'scope=members'))).toEqual([]);
    const searched = titles(await everything(reader, `q=${encodeURIComponent('förebygg rån')}`));
    expect(searched.filter((title) => membersOnly.includes(title))).toEqual([]);
    expect(titles(await everything(member, `q=${encodeURIComponent('förebygg rån')}`))).toContain(
      'Förebygg rån i butiken',
    );

    const hidden = (await everything(analyst, 'scope=members'))[0];
    expect((await reader.get(`/api/v1/library/${hidden?.id}`)).status).toBe(404);
    expect((await reader.get(`/api/v1/library/${hidden?.id}/runs`)).status).toBe(404);
  });

  it('searches Swedish text by stem and by the start of a word, best match first, with an excerpt', async () => {
    const robbery = await everything(reader, `q=${encodeURIComponent('rånet')}`);
    expect(titles(robbery)[0]).toMatch(/rån/i);
    const prefix = await everything(reader, `q=${encodeURIComponent('fakt')}`);
    expect(titles(prefix)).toEqual(expect.arrayContaining([expect.stringMatching(/faktur/i)]));
    const withExcerpt = prefix.find((item) => item.excerpt?.includes('⟦'));
    expect(withExcerpt?.excerpt).toMatch(/⟦[^⟧]*fakt[^⟧]*⟧/i);
    expect(withExcerpt?.excerpt).not.toMatch(/\*\*|\]\(|(^|\s)-\s/);
    const everyExcerpt = prefix.map((item) => item.excerpt ?? '').join(' ');
    expect(everyExcerpt).not.toMatch(/(^|\s)-\s/);

    const english = await everything(reader, `q=${encodeURIComponent('invoice')}&lang=en`);
    expect(english.length).toBeGreaterThan(0);
    expect(english[0]?.excerpt ?? '').toMatch(/⟦invoice/i);

    expect(await everything(reader, `q=${encodeURIComponent('&|!():*')}`)).toEqual([]);
    expect(await everything(reader, 'q=qxzqxzqxz')).toEqual([]);
  });

  it('filters by kind and pages through the whole list without repeating an entry', async () => {
    const all = await everything(reader);
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
    const faq = await everything(reader, 'kind=faq');
    expect(faq.length).toBeGreaterThan(0);
    expect(faq.every((item) => item.kind === 'faq')).toBe(true);
  });
});

describe('writing the library (CHK-4)', () => {
  it('lets analysts write for everyone and for members, and refuses anyone else', async () => {
    const list = await reader.get('/api/v1/library');
    expect(list.body.writableScopes).toEqual(['personal']);
    expect((await analyst.get('/api/v1/library')).body.writableScopes).toEqual([
      'everyone',
      'members',
      'personal',
    ]);

    expect((await reader.post('/api/v1/library', checklist('everyone', 'Stängning'))).status).toBe(403);
    expect((await member.post('/api/v1/library', checklist('members', 'Stängning'))).status).toBe(403);

    const created = await analyst.post(
      '/api/v1/library',
      checklist('members', 'Medlemmarnas stängningsrutin'),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      scope: 'members',
      canEdit: true,
      starter: false,
      tags: ['stängning'],
    });
    expect((await member.get(`/api/v1/library/${created.body.id}`)).status).toBe(200);
    expect((await reader.get(`/api/v1/library/${created.body.id}`)).status).toBe(404);
    expect((await member.put(`/api/v1/library/${created.body.id}`, checklist('members', 'X'))).status).toBe(
      403,
    );
    expect((await member.delete(`/api/v1/library/${created.body.id}`)).status).toBe(403);

    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, created.body.id), eq(auditLog.action, 'library.entry_created')));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.details)).not.toContain('stängningsrutin');
  });

  it('keeps personal entries to their author, who may edit and delete them', async () => {
    const created = await reader.post('/api/v1/library', checklist('personal', 'Min egen kvällsrutin'));
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await stranger.get(`/api/v1/library/${id}`)).status).toBe(404);
    expect((await stranger.put(`/api/v1/library/${id}`, checklist('personal', 'Kapad'))).status).toBe(404);
    expect((await stranger.delete(`/api/v1/library/${id}`)).status).toBe(404);
    expect((await analyst.get(`/api/v1/library/${id}`)).status).toBe(404);
    expect(titles(await everything(stranger, 'q=kvällsrutin'))).toEqual([]);
    expect(titles(await everything(reader, 'q=kvällsrutin'))).toEqual(['Min egen kvällsrutin']);

    // A person cannot publish their entry to everyone by editing its scope.
    expect(
      (await reader.put(`/api/v1/library/${id}`, checklist('everyone', 'Min egen kvällsrutin'))).status,
    ).toBe(403);
    const edited = await reader.put(`/api/v1/library/${id}`, {
      ...checklist('personal', 'Min kvällsrutin', ['Släck', 'Lås', 'Larma']),
      baseUpdatedAt: created.body.updatedAt,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.sv.items).toEqual(['Släck', 'Lås', 'Larma']);

    // Someone saved since this editor loaded the entry: their change is not overwritten.
    const stale = await reader.put(`/api/v1/library/${id}`, {
      ...checklist('personal', 'Gammal version'),
      baseUpdatedAt: created.body.updatedAt,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.fields).toHaveProperty('baseUpdatedAt');
    expect((await reader.get(`/api/v1/library/${id}`)).body.sv.title).toBe('Min kvällsrutin');

    expect((await reader.delete(`/api/v1/library/${id}`)).status).toBe(200);
    expect((await reader.get(`/api/v1/library/${id}`)).status).toBe(404);
  });

  it('explains what is wrong with an entry, field by field', async () => {
    const noItems = await analyst.post('/api/v1/library', {
      ...checklist('everyone', 'Tom'),
      sv: { title: 'Tom' },
    });
    expect(noItems.status).toBe(400);
    expect(noItems.body.error.fields).toHaveProperty(['sv.items']);

    const uneven = await analyst.post('/api/v1/library', {
      ...checklist('everyone', 'Ojämn'),
      en: { title: 'Uneven', items: ['Only one'] },
    });
    expect(uneven.status).toBe(400);
    expect(uneven.body.error.fields).toHaveProperty(['en.items']);

    const faqWithItems = await analyst.post('/api/v1/library', {
      kind: 'faq',
      scope: 'everyone',
      sv: { title: 'Fråga', body: 'Svar', items: ['punkt'] },
    });
    expect(faqWithItems.status).toBe(400);
    expect(faqWithItems.body.error.fields).toHaveProperty(['sv.items']);

    const noTitle = await analyst.post('/api/v1/library', {
      kind: 'advice',
      scope: 'everyone',
      sv: { title: '  ', body: 'Text' },
    });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.fields['sv.title']).toBe('Ange en rubrik');
  });

  it('installs starter entries once: edits stay, and a deleted starter entry does not come back', async () => {
    const [first, second] = starterLibrary;
    const all = await everything(analyst);
    const edited = all.find((item) => item.sv.title === first?.sv.title);
    const removed = all.find((item) => item.sv.title === second?.sv.title);
    const entry = (await analyst.get(`/api/v1/library/${edited?.id}`)).body;
    const change = await analyst.put(`/api/v1/library/${edited?.id}`, {
      kind: entry.kind,
      scope: entry.scope,
      tags: entry.tags,
      sv: { ...entry.sv, title: 'Rån – vår version' },
      en: entry.en,
    });
    expect(change.status).toBe(200);
    expect((await analyst.delete(`/api/v1/library/${removed?.id}`)).status).toBe(200);

    await installStarterLibrary(t.deps.db);
    const after = titles(await everything(analyst));
    expect(after).toContain('Rån – vår version');
    expect(after).not.toContain(first?.sv.title);
    expect(after).not.toContain(second?.sv.title);
    const rows = await t.deps.db
      .select()
      .from(libraryEntries)
      .where(eq(libraryEntries.starterKey, first?.key ?? ''));
    expect(rows).toHaveLength(1);
  });
});

describe('running a checklist (CHK-2)', () => {
  it('saves runs with the points as they read, newest first, private to the person', async () => {
    const created = await reader.post(
      '/api/v1/library',
      checklist('personal', 'Öppning', ['Larma av', 'Tänd']),
    );
    const id = created.body.id;
    const first = await reader.post(`/api/v1/library/${id}/runs`, {
      language: 'sv',
      entryUpdatedAt: created.body.updatedAt,
      items: [{ done: true }, { done: false, note: 'Lampan trasig' }],
      note: 'Öppnade 07.55',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      title: 'Öppning',
      doneCount: 1,
      items: [
        { text: 'Larma av', done: true, note: '' },
        { text: 'Tänd', done: false, note: 'Lampan trasig' },
      ],
      note: 'Öppnade 07.55',
    });
    const second = await reader.post(`/api/v1/library/${id}/runs`, {
      language: 'sv',
      entryUpdatedAt: created.body.updatedAt,
      items: [{ done: true }, { done: true }],
    });
    expect(second.status).toBe(201);

    // The checklist changes; earlier runs still show what was ticked then.
    const edited = await reader.put(
      `/api/v1/library/${id}`,
      checklist('personal', 'Öppning', ['Larma av', 'Tänd', 'Lås upp']),
    );
    const stale = await reader.post(`/api/v1/library/${id}/runs`, {
      language: 'sv',
      entryUpdatedAt: created.body.updatedAt,
      items: [{ done: true }, { done: true }],
    });
    expect(stale.status).toBe(409);
    const wrongCount = await reader.post(`/api/v1/library/${id}/runs`, {
      language: 'sv',
      entryUpdatedAt: edited.body.updatedAt,
      items: [{ done: true }],
    });
    expect(wrongCount.status).toBe(400);
    expect(wrongCount.body.error.fields.items).toBe('Checklistan har 3 punkter');

    const history = await reader.get(`/api/v1/library/${id}/runs?limit=1`);
    expect(history.body.items.map((run: { id: string }) => run.id)).toEqual([second.body.id]);
    const older = await reader.get(`/api/v1/library/${id}/runs?limit=1&cursor=${history.body.nextCursor}`);
    expect(older.body.items[0]).toMatchObject({ id: first.body.id, items: first.body.items });
    expect(older.body.nextCursor).toBeNull();
  });

  it('keeps each person’s runs of a shared checklist to themselves, in the language they read', async () => {
    const shared = (await everything(reader, 'kind=checklist'))[0];
    const entry = (await reader.get(`/api/v1/library/${shared?.id}`)).body;
    const ticks = entry.sv.items.map(() => ({ done: true }));
    const run = await reader.post(`/api/v1/library/${shared?.id}/runs`, {
      language: 'en',
      entryUpdatedAt: entry.updatedAt,
      items: ticks,
    });
    expect(run.status).toBe(201);
    expect(run.body.title).toBe(entry.en.title);
    expect(run.body.items[0].text).toBe(entry.en.items[0]);
    expect((await stranger.get(`/api/v1/library/${shared?.id}/runs`)).body.items).toEqual([]);
  });

  it('runs only checklists', async () => {
    const faq = (await everything(reader, 'kind=faq'))[0];
    const response = await reader.post(`/api/v1/library/${faq?.id}/runs`, {
      language: 'sv',
      entryUpdatedAt: new Date().toISOString(),
      items: [],
    });
    expect(response.status).toBe(404);
  });
});
