import { GROUP_DOCUMENTS_MAX, groupDocumentListSchema } from '@vaksam/domain/groups';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestUser } from '../../../test/factories';
import { hasGpsIfd, PDF, photoWithGps, picture, storedFiles } from '../../../test/files';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog, groupDocuments, groupMembers, groups } from '../../db/schema';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ useSmtp: false });
});
afterAll(() => t.close());

type Person = { user: TestUser; client: TestClient };

async function person(options: { federationMember?: boolean; name?: string } = {}): Promise<Person> {
  const user = await t.factories.user(options);
  return { user, client: await t.factories.signedIn(user, t.url) };
}

/** A closed group with an admin and a member seated directly (joining is tested in groups.test.ts). */
async function groupWithMember() {
  const admin = await person({ federationMember: true, name: 'Alva Admin' });
  const created = await admin.client.post('/api/v1/groups', { name: 'Kvarteret', kind: 'local' });
  expect(created.status).toBe(201);
  const groupId = created.body.id as string;
  const mira = await person({ name: 'Mira Medlem' });
  await t.deps.db.insert(groupMembers).values({ groupId, userId: mira.user.id });
  return { groupId, admin, mira, url: `/api/v1/groups/${groupId}/documents` };
}

/** The form as the web app sends it: the title first, then the file (or, with `titleLast`, the other way round). */
function documentForm(
  bytes: Uint8Array,
  name: string,
  title: string | null = 'Utrymningsplan',
  options: { titleLast?: boolean } = {},
) {
  const body = new FormData();
  if (title !== null && !options.titleLast) body.append('title', title);
  body.append('file', new Blob([bytes], { type: 'application/octet-stream' }), name);
  if (title !== null && options.titleLast) body.append('title', title);
  return body;
}

const upload = (client: TestClient, url: string, body: FormData, key?: string) =>
  client.post(url, body, key ? { 'idempotency-key': key } : {});
const jpeg = () => picture().jpeg().toBuffer();

/** Every row's files are on disk and every file on disk belongs to a row. */
async function expectDiskToMatchRows() {
  const rows = await t.deps.db.select().from(groupDocuments);
  const keys = rows.flatMap((row) => [row.storageKey, row.thumbnailKey ?? []]).flat();
  expect(storedFiles(t.deps.config.dataDir).sort()).toEqual(keys.sort());
}

describe('group documents (GRP-6)', () => {
  it('stores an admin’s PDF as sent and a picture without EXIF or GPS, for the members to list and fetch', async () => {
    const { admin, mira, url, groupId } = await groupWithMember();
    const pdf = await upload(admin.client, url, documentForm(PDF, 'Utrymningsplan plan 2.pdf'));
    expect(pdf.status, pdf.text).toBe(201);
    expect(pdf.body).toEqual({
      id: expect.any(String),
      title: 'Utrymningsplan',
      displayName: 'Utrymningsplan plan 2.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      width: null,
      height: null,
      hasThumbnail: false,
      createdAt: expect.any(String),
      uploadedBy: { id: admin.user.id, name: 'Alva Admin' },
      canRemove: true,
    });

    const original = await photoWithGps('jpeg');
    expect(hasGpsIfd((await sharp(original).metadata()).exif)).toBe(true);
    const photo = await upload(
      admin.client,
      url,
      documentForm(original, 'IMG_0042.JPG', '  Karta över nödutgångarna  '),
    );
    expect(photo.status, photo.text).toBe(201);
    expect(photo.body).toMatchObject({
      title: 'Karta över nödutgångarna',
      displayName: 'IMG_0042.jpg',
      contentType: 'image/jpeg',
      width: 48,
      height: 64,
      hasThumbnail: true,
    });
    expect(storedFiles(t.deps.config.dataDir)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^groups/${groupId}/[0-9a-f-]{36}\\.pdf$`))]),
    );

    // Members read the list, newest first, and may not remove anything.
    const list = await mira.client.get(url);
    expect(list.status).toBe(200);
    expect(groupDocumentListSchema.parse(list.body)).toEqual(list.body);
    expect(list.body.items).toEqual([
      { ...photo.body, canRemove: false },
      { ...pdf.body, canRemove: false },
    ]);
    expect(list.body.nextCursor).toBeNull();
    expect((await admin.client.get(url)).body.items.map((d: { canRemove: boolean }) => d.canRemove)).toEqual([
      true,
      true,
    ]);
    const first = await mira.client.get(`${url}?limit=1`);
    expect(first.body.items.map((d: { id: string }) => d.id)).toEqual([photo.body.id]);
    const second = await mira.client.get(`${url}?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((d: { id: string }) => d.id)).toEqual([pdf.body.id]);
    expect(second.body.nextCursor).toBeNull();

    const served = await mira.client.download(`${url}/${pdf.body.id}`);
    expect(served.status).toBe(200);
    expect(served.bytes.equals(PDF)).toBe(true);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Utrymningsplan plan 2\.pdf"; /,
    );
    expect(served.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toMatch(/^private/);
    expect((await mira.client.get(`${url}/${pdf.body.id}/thumbnail`)).status).toBe(404);

    const image = await mira.client.download(`${url}/${photo.body.id}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('content-disposition')).toMatch(/^inline; filename="IMG_0042\.jpg"/);
    const metadata = await sharp(image.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect([metadata.width, metadata.height]).toEqual([48, 64]);
    expect(image.bytes.includes('Vaksam test')).toBe(false);
    const thumbnail = await mira.client.download(`${url}/${photo.body.id}/thumbnail`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(thumbnail.bytes).metadata()).exif).toBeUndefined();

    // Another group's document is not found under this one.
    const other = await groupWithMember();
    expect((await other.admin.client.get(`${other.url}/${pdf.body.id}`)).status).toBe(404);
    expect((await other.admin.client.delete(`${other.url}/${pdf.body.id}`)).status).toBe(404);
    await expectDiskToMatchRows();
  });

  it('answers an empty list for a group without documents', async () => {
    const { mira, url } = await groupWithMember();
    const list = await mira.client.get(url);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [], nextCursor: null });
  });

  it('checks the title before the file is stored, and refuses bad bodies with field-level 4xx', async () => {
    const { admin, url } = await groupWithMember();
    const image = await jpeg();

    const missing = await upload(admin.client, url, documentForm(PDF, 'plan.pdf', null));
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual({ title: 'Ge dokumentet en titel' });
    const blank = await upload(admin.client, url, documentForm(PDF, 'plan.pdf', '   '));
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields.title).toBe('Ge dokumentet en titel');
    for (const titleLast of [false, true]) {
      const long = await upload(
        admin.client,
        url,
        documentForm(image, 'a.jpg', 'x'.repeat(201), { titleLast }),
      );
      expect(long.status, `title last: ${titleLast}`).toBe(400);
      expect(long.body.error.fields.title).toBe('Högst 200 tecken');
    }
    // Longer than the form parser keeps of a field.
    const huge = await upload(admin.client, url, documentForm(PDF, 'plan.pdf', 'å'.repeat(2_000)));
    expect(huge.status).toBe(400);
    expect(huge.body.error.fields.title).toBeTruthy();
    const twice = documentForm(PDF, 'plan.pdf', 'Plan');
    twice.append('title', 'Plan igen');
    const sentTwice = await upload(admin.client, url, twice);
    expect(sentTwice.status).toBe(400);
    expect(sentTwice.body.error.fields.title).toBeTruthy();

    const noFile = new FormData();
    noFile.append('title', 'Plan');
    const withoutFile = await upload(admin.client, url, noFile);
    expect(withoutFile.status).toBe(422);
    expect(withoutFile.body.error.fields.file).toBeTruthy();
    const nothing = new FormData();
    nothing.append('x', 'y');
    const unknown = await upload(admin.client, url, nothing);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.x).toBe('Okänt fält');
    const json = await admin.client.post(url, { title: 'Plan', file: 'aGVq' });
    expect(json.status).toBe(400);
    expect(json.body.error.fields.file).toBeTruthy();
    const notAnImage = await upload(admin.client, url, documentForm(Buffer.from('Ingen bild.'), 'bild.jpg'));
    expect(notAnImage.status).toBe(415);
    expect(notAnImage.body.error.fields.file).toBeTruthy();
    const badKey = await upload(admin.client, url, documentForm(PDF, 'plan.pdf'), 'kort');
    expect(badKey.status).toBe(400);
    expect((await admin.client.get(`${url}?limit=0`)).status).toBe(400);
    expect((await admin.client.get(`${url}?cursor=inte-en-markör`)).status).toBe(400);

    // A title sent after the file is read and stored too.
    const late = await upload(admin.client, url, documentForm(image, 'a.jpg', 'Sent', { titleLast: true }));
    expect(late.status, late.text).toBe(201);
    expect(late.body.title).toBe('Sent');
    expect((await admin.client.get(url)).body.items).toHaveLength(1);
    await expectDiskToMatchRows();
  });

  it('stores a retried upload once and refuses the key for another document', async () => {
    const { admin, url } = await groupWithMember();
    const key = `outbox-${crypto.randomUUID()}`;
    const first = await upload(admin.client, url, documentForm(PDF, 'plan.pdf'), key);
    const retry = await upload(admin.client, url, documentForm(PDF, 'plan.pdf'), key);
    expect(first.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const misuse = await upload(admin.client, url, documentForm(PDF, 'plan.pdf', 'Annan titel'), key);
    expect(misuse.status).toBe(422);
    expect((await admin.client.get(url)).body.items).toHaveLength(1);
    await expectDiskToMatchRows();
  });

  it(`keeps at most ${GROUP_DOCUMENTS_MAX} documents per group, also when they arrive at once`, async () => {
    const { admin, url } = await groupWithMember();
    for (let i = 0; i < GROUP_DOCUMENTS_MAX - 2; i++) {
      const sent = await upload(admin.client, url, documentForm(PDF, `plan-${i}.pdf`, `Plan ${i}`));
      expect(sent.status, sent.text).toBe(201);
    }
    const atOnce = await Promise.all(
      Array.from({ length: 4 }, (_, i) => upload(admin.client, url, documentForm(PDF, `sist-${i}.pdf`))),
    );
    expect(atOnce.map((r) => r.status).sort()).toEqual([201, 201, 409, 409]);
    const full = await upload(admin.client, url, documentForm(PDF, 'en-till.pdf'));
    expect(full.status).toBe(409);
    expect(full.body.error.fields.file).toMatch(/50 dokument/);
    const all = await admin.client.get(`${url}?limit=100`);
    expect(all.body.items).toHaveLength(GROUP_DOCUMENTS_MAX);

    // Removing one makes room.
    expect((await admin.client.delete(`${url}/${all.body.items[0].id}`)).status).toBe(200);
    expect((await upload(admin.client, url, documentForm(PDF, 'ny.pdf'))).status).toBe(201);
    await expectDiskToMatchRows();
  });
});

describe('who sees and changes a group’s documents', () => {
  it('lets members read, only admins add and remove, and hides it all from everyone outside', async () => {
    const { admin, mira, url, groupId } = await groupWithMember();
    const added = await upload(admin.client, url, documentForm(await jpeg(), 'karta.jpg', 'Karta'));
    expect(added.status).toBe(201);
    const file = `${url}/${added.body.id}`;

    expect((await mira.client.download(file)).status).toBe(200);
    expect((await mira.client.download(`${file}/thumbnail`)).status).toBe(200);
    const byMember = await upload(mira.client, url, documentForm(PDF, 'plan.pdf'));
    expect(byMember.status).toBe(403);
    expect((await mira.client.delete(file)).status).toBe(403);

    const outsider = await person();
    const banned = await person();
    await t.deps.db.insert(groupMembers).values({ groupId, userId: banned.user.id, bannedAt: new Date() });
    for (const stranger of [outsider, banned]) {
      expect((await stranger.client.get(url)).status).toBe(404);
      expect((await stranger.client.download(file)).status).toBe(404);
      expect((await stranger.client.download(`${file}/thumbnail`)).status).toBe(404);
      expect((await upload(stranger.client, url, documentForm(PDF, 'plan.pdf'))).status).toBe(404);
      expect((await stranger.client.delete(file)).status).toBe(404);
    }
    expect((await t.client().get(url)).status).toBe(401);
    await expectDiskToMatchRows();
  });

  it('removes the row and then the files, and audits it without the file’s name or title', async () => {
    const { admin, mira, url, groupId } = await groupWithMember();
    const image = await upload(
      admin.client,
      url,
      documentForm(await jpeg(), 'hemlig-karta.jpg', 'Larmkoder'),
    );
    const pdf = await upload(admin.client, url, documentForm(PDF, 'hemlig-plan.pdf', 'Larmkoder'));
    const count = () => storedFiles(t.deps.config.dataDir).length;
    const before = count();

    expect((await admin.client.delete(`${url}/${image.body.id}`)).status).toBe(200);
    expect(count()).toBe(before - 2);
    expect((await admin.client.delete(`${url}/${pdf.body.id}`)).status).toBe(200);
    expect(count()).toBe(before - 3);
    expect((await admin.client.delete(`${url}/${pdf.body.id}`)).status).toBe(404);
    expect((await mira.client.download(`${url}/${image.body.id}`)).status).toBe(404);
    expect((await mira.client.download(`${url}/${image.body.id}/thumbnail`)).status).toBe(404);
    expect((await mira.client.get(url)).body.items).toEqual([]);

    const audit = await t.deps.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.targetId, groupId));
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['group.document_added', 'group.document_removed']),
    );
    expect(audit.find((entry) => entry.action === 'group.document_removed')?.details).toMatchObject({
      documentId: image.body.id,
      contentType: 'image/jpeg',
    });
    expect(JSON.stringify(audit)).not.toMatch(/hemlig|Larmkoder/);
    await expectDiskToMatchRows();
  });

  it('keeps an archived group’s documents as they are, still readable', async () => {
    const { admin, mira, url, groupId } = await groupWithMember();
    const added = await upload(admin.client, url, documentForm(PDF, 'plan.pdf'));
    await t.deps.db.update(groups).set({ archivedAt: new Date() }).where(eq(groups.id, groupId));
    const refused = await upload(admin.client, url, documentForm(PDF, 'plan-2.pdf'));
    expect(refused.status).toBe(409);
    expect((await admin.client.delete(`${url}/${added.body.id}`)).status).toBe(409);
    const list = await admin.client.get(url);
    expect(list.body.items).toEqual([{ ...added.body, canRemove: false }]);
    expect((await mira.client.download(`${url}/${added.body.id}`)).status).toBe(200);
    await expectDiskToMatchRows();
  });
});
