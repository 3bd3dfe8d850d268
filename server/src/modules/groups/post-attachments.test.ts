import { GROUP_POST_ATTACHMENTS_MAX, groupPostListSchema } from '@vaksam/domain/groups';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestUser } from '../../../test/factories';
import { fileForm, hasGpsIfd, PDF, photoWithGps, picture, storedFiles } from '../../../test/files';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog, groupMembers, groupPostAttachments, groups } from '../../db/schema';

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

/** A closed group with an admin and two members seated directly (joining is tested in groups.test.ts). */
async function groupWithMembers(settings: Record<string, boolean> = {}) {
  const admin = await person({ federationMember: true, name: 'Alva Admin' });
  const created = await admin.client.post('/api/v1/groups', { name: 'Kvarteret', kind: 'local', settings });
  expect(created.status).toBe(201);
  const groupId = created.body.id as string;
  const mira = await person({ name: 'Mira Medlem' });
  const sam = await person({ name: 'Sam Svarare' });
  await t.deps.db.insert(groupMembers).values([
    { groupId, userId: mira.user.id },
    { groupId, userId: sam.user.id },
  ]);
  return { groupId, admin, mira, sam, url: `/api/v1/groups/${groupId}` };
}

async function newPost(client: TestClient, url: string, body = 'Se bilden från entrén.', parentId?: string) {
  const post = await client.post(`${url}/posts`, { body, ...(parentId ? { parentId } : {}) });
  expect(post.status, post.text).toBe(201);
  expect(post.body.attachments).toEqual([]);
  return post.body.id as string;
}

const filesOf = (url: string, postId: string) => `${url}/posts/${postId}/attachments`;
const upload = (client: TestClient, url: string, postId: string, body: FormData, key?: string) =>
  client.post(filesOf(url, postId), body, key ? { 'idempotency-key': key } : {});
const jpeg = () => picture().jpeg().toBuffer();

/** Every row's files are on disk and every file on disk belongs to a row. */
async function expectDiskToMatchRows() {
  const rows = await t.deps.db.select().from(groupPostAttachments);
  const keys = rows.flatMap((row) => [row.storageKey, row.thumbnailKey ?? []]).flat();
  expect(storedFiles(t.deps.config.dataDir).sort()).toEqual(keys.sort());
}

describe('files on group posts (GRP-4)', () => {
  it('stores a photo without EXIF or GPS, with a thumbnail, and shows it on the post in the feed and thread', async () => {
    const { mira, sam, url, groupId } = await groupWithMembers();
    const postId = await newPost(mira.client, url);
    const original = await photoWithGps('jpeg');
    expect(hasGpsIfd((await sharp(original).metadata()).exif)).toBe(true);

    const added = await upload(mira.client, url, postId, fileForm(original, 'IMG_0042.JPG', 'image/jpeg'));
    expect(added.status, added.text).toBe(201);
    const shown = {
      id: added.body.id,
      displayName: 'IMG_0042.jpg',
      contentType: 'image/jpeg',
      size: expect.any(Number),
      width: 48,
      height: 64,
      hasThumbnail: true,
    };
    expect(added.body).toEqual(shown);
    expect(storedFiles(t.deps.config.dataDir)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^groups/${groupId}/[0-9a-f-]{36}\\.jpg$`))]),
    );

    const feed = await sam.client.get(`${url}/posts`);
    expect(feed.body.items[0]).toMatchObject({ id: postId, attachments: [shown] });
    const thread = await sam.client.get(`${url}/posts/${postId}`);
    expect(thread.body.attachments).toEqual([shown]);
    // The feed is sent as text without a second validation: it must hold to the schema and to the thread's own view.
    expect(groupPostListSchema.parse(feed.body)).toEqual(feed.body);
    const { replies: _replies, ...single } = thread.body;
    expect(feed.body.items[0]).toEqual(single);

    const served = await sam.client.download(`${filesOf(url, postId)}/${added.body.id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toBe(
      `inline; filename="IMG_0042.jpg"; filename*=UTF-8''IMG_0042.jpg`,
    );
    expect(served.headers.get('cache-control')).toMatch(/^private/);
    const metadata = await sharp(served.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect([metadata.width, metadata.height]).toEqual([48, 64]);
    expect(served.bytes.includes('Vaksam test')).toBe(false);
    expect(served.bytes.length).toBe(added.body.size);

    const thumbnail = await sam.client.download(`${filesOf(url, postId)}/${added.body.id}/thumbnail`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect(thumbnail.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await sharp(thumbnail.bytes).metadata()).exif).toBeUndefined();
  });

  it('serves a PDF as it came, only as a download in a sandbox, and on replies too', async () => {
    const { admin, mira, url } = await groupWithMembers();
    const threadId = await newPost(admin.client, url, 'Protokoll från mötet');
    const replyId = await newPost(mira.client, url, 'Här är min anteckning', threadId);
    const added = await upload(mira.client, url, replyId, fileForm(PDF, 'anteckning.pdf', 'application/pdf'));
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({
      contentType: 'application/pdf',
      size: PDF.length,
      hasThumbnail: false,
    });

    const pdf = await admin.client.download(`${filesOf(url, replyId)}/${added.body.id}`);
    expect(pdf.bytes.equals(PDF)).toBe(true);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="anteckning\.pdf"; /);
    expect(pdf.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await admin.client.get(`${filesOf(url, replyId)}/${added.body.id}/thumbnail`)).status).toBe(404);
    // Only under its own post.
    expect((await admin.client.get(`${filesOf(url, threadId)}/${added.body.id}`)).status).toBe(404);

    const thread = await admin.client.get(`${url}/posts/${threadId}`);
    expect(thread.body.attachments).toEqual([]);
    expect(thread.body.replies[0].attachments).toEqual([
      expect.objectContaining({ id: added.body.id, displayName: 'anteckning.pdf' }),
    ]);
  });

  it('judges the type by content and refuses bad bodies with field-level 4xx, leaving nothing on disk', async () => {
    const { mira, url } = await groupWithMembers();
    const postId = await newPost(mira.client, url);
    const gif = await picture().gif().toBuffer();
    for (const [bytes, name] of [
      [Buffer.from('Det här är ingen bild.'), 'bild.jpg'],
      [gif, 'bild.gif'],
    ] as const) {
      const refused = await upload(mira.client, url, postId, fileForm(bytes, name, 'image/jpeg'));
      expect(refused.status, name).toBe(415);
      expect(refused.body.error.message).toContain('JPEG, PNG, WebP, HEIC eller PDF');
      expect(refused.body.error.fields.file).toBeTruthy();
    }
    const empty = await upload(mira.client, url, postId, fileForm(new Uint8Array(0), 'tom.jpg'));
    expect(empty.status).toBe(422);
    const json = await mira.client.post(filesOf(url, postId), { file: 'aGVq' });
    expect(json.status).toBe(400);
    expect(json.body.error.fields.file).toBeTruthy();
    const wrongField = await upload(
      mira.client,
      url,
      postId,
      fileForm(await jpeg(), 'a.jpg', 'image/jpeg', 'x'),
    );
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.fields.x).toBe('Okänt fält');
    const badKey = await upload(mira.client, url, postId, fileForm(await jpeg(), 'a.jpg'), 'kort');
    expect(badKey.status).toBe(400);

    expect((await mira.client.get(`${url}/posts/${postId}`)).body.attachments).toEqual([]);
    await expectDiskToMatchRows();
  });

  it(`takes at most ${GROUP_POST_ATTACHMENTS_MAX} files per post, also when they arrive at once`, async () => {
    const { mira, url } = await groupWithMembers();
    const postId = await newPost(mira.client, url);
    const image = await jpeg();
    const sent = await Promise.all(
      Array.from({ length: GROUP_POST_ATTACHMENTS_MAX + 2 }, (_, i) =>
        upload(mira.client, url, postId, fileForm(image, `bild-${i}.jpg`)),
      ),
    );
    expect(sent.filter((r) => r.status === 201)).toHaveLength(GROUP_POST_ATTACHMENTS_MAX);
    const refused = sent.filter((r) => r.status !== 201);
    expect(refused.map((r) => r.status)).toEqual([409, 409]);
    expect(refused[0]?.body.error.fields.file).toMatch(/4 filer/);
    expect((await mira.client.get(`${url}/posts/${postId}`)).body.attachments).toHaveLength(
      GROUP_POST_ATTACHMENTS_MAX,
    );
    await expectDiskToMatchRows();
  });

  it('stores a retried upload once and refuses the key for other content', async () => {
    const { mira, url } = await groupWithMembers();
    const postId = await newPost(mira.client, url);
    const key = `outbox-${crypto.randomUUID()}`;
    const first = await upload(mira.client, url, postId, fileForm(await jpeg(), 'IMG_1.jpg'), key);
    const retry = await upload(mira.client, url, postId, fileForm(await jpeg(), 'IMG_1.jpg'), key);
    expect(first.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const misuse = await upload(mira.client, url, postId, fileForm(PDF, 'IMG_1.pdf'), key);
    expect(misuse.status).toBe(422);
    expect((await mira.client.get(`${url}/posts/${postId}`)).body.attachments).toHaveLength(1);
    await expectDiskToMatchRows();
  });
});

describe('who sees and changes a post’s files', () => {
  it('lets members read, only the author add, and the author or an admin remove', async () => {
    const { admin, mira, sam, url, groupId } = await groupWithMembers();
    const postId = await newPost(mira.client, url);
    const image = await jpeg();
    const first = await upload(mira.client, url, postId, fileForm(image, 'a.jpg'));
    const second = await upload(mira.client, url, postId, fileForm(image, 'b.jpg'));
    const file = (id: string) => `${filesOf(url, postId)}/${id}`;

    // Other members and admins read the files, but do not add to someone else's post.
    expect((await upload(sam.client, url, postId, fileForm(image, 'c.jpg'))).status).toBe(403);
    expect((await upload(admin.client, url, postId, fileForm(image, 'c.jpg'))).status).toBe(403);
    expect((await sam.client.download(file(first.body.id))).status).toBe(200);

    // Outside the group, the group and its files do not exist; the banned are outside.
    const outsider = await person();
    const banned = await person();
    await t.deps.db.insert(groupMembers).values({ groupId, userId: banned.user.id, bannedAt: new Date() });
    for (const stranger of [outsider, banned]) {
      expect((await stranger.client.download(file(first.body.id))).status).toBe(404);
      expect((await stranger.client.download(`${file(first.body.id)}/thumbnail`)).status).toBe(404);
      expect((await upload(stranger.client, url, postId, fileForm(image, 'c.jpg'))).status).toBe(404);
      expect((await stranger.client.delete(file(first.body.id))).status).toBe(404);
    }

    expect((await sam.client.delete(file(first.body.id))).status).toBe(403);
    const before = storedFiles(t.deps.config.dataDir).length;
    expect((await mira.client.delete(file(first.body.id))).status).toBe(200);
    expect(storedFiles(t.deps.config.dataDir).length).toBe(before - 2);
    expect((await mira.client.download(file(first.body.id))).status).toBe(404);
    expect((await admin.client.delete(file(second.body.id))).status).toBe(200);
    expect((await admin.client.delete(file(second.body.id))).status).toBe(404);
    expect((await sam.client.get(`${url}/posts/${postId}`)).body.attachments).toEqual([]);
    const audit = await t.deps.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.targetId, groupId));
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['group.post_attachment_deleted', 'group.post_attachment_removed']),
    );
    expect(JSON.stringify(audit)).not.toContain('a.jpg');
    await expectDiskToMatchRows();
  });

  it('shows a waiting thread’s files only to its author and the admins until it is approved', async () => {
    const { admin, mira, sam, url } = await groupWithMembers({ moderation: true });
    const postId = await newPost(mira.client, url, 'Misstänkt bil på parkeringen');
    const added = await upload(mira.client, url, postId, fileForm(await jpeg(), 'bil.jpg'));
    expect(added.status, added.text).toBe(201);
    const file = `${filesOf(url, postId)}/${added.body.id}`;
    expect((await mira.client.download(file)).status).toBe(200);
    expect((await admin.client.download(file)).status).toBe(200);
    expect((await sam.client.download(file)).status).toBe(404);
    expect((await sam.client.download(`${file}/thumbnail`)).status).toBe(404);

    const queue = await admin.client.get(`${url}/posts?view=pending`);
    expect(queue.body.items[0].attachments).toEqual([expect.objectContaining({ id: added.body.id })]);
    expect((await admin.client.post(`${url}/posts/${postId}/approval`)).body.attachments).toHaveLength(1);
    expect((await sam.client.download(file)).status).toBe(200);
  });

  it('deletes the files of a removed or deleted post from disk, and serves them no more', async () => {
    const { admin, mira, sam, url } = await groupWithMembers();
    const image = await jpeg();
    const removedByAdmin = await newPost(mira.client, url, 'Första');
    const deletedByAuthor = await newPost(mira.client, url, 'Andra');
    const kept = await newPost(sam.client, url, 'Tredje');
    const count = () => storedFiles(t.deps.config.dataDir).length;
    const before = count();
    const ids: Record<string, string[]> = {};
    for (const postId of [removedByAdmin, deletedByAuthor]) {
      ids[postId] = [];
      for (const body of [fileForm(image, 'a.jpg'), fileForm(PDF, 'b.pdf')]) {
        ids[postId].push((await upload(mira.client, url, postId, body)).body.id);
      }
    }
    await upload(sam.client, url, kept, fileForm(image, 'c.jpg'));
    // A photo has its thumbnail beside it; a PDF has none.
    expect(count()).toBe(before + 3 + 3 + 2);

    expect((await admin.client.delete(`${url}/posts/${removedByAdmin}`)).status).toBe(200);
    expect(count()).toBe(before + 3 + 2);
    expect((await mira.client.delete(`${url}/posts/${deletedByAuthor}`)).status).toBe(200);
    expect(count()).toBe(before + 2);
    await expectDiskToMatchRows();

    for (const [postId, files] of Object.entries(ids)) {
      for (const id of files) {
        expect((await admin.client.download(`${filesOf(url, postId)}/${id}`)).status).toBe(404);
      }
      expect((await mira.client.post(filesOf(url, postId), fileForm(image, 'd.jpg'))).status).toBe(404);
    }
    const feed = await sam.client.get(`${url}/posts`);
    expect(feed.body.items.map((post: { id: string }) => post.id)).toEqual([kept]);
    expect(feed.body.items[0].attachments).toHaveLength(1);
  });

  it('keeps an archived group’s files as they are, still readable', async () => {
    const { admin, mira, url, groupId } = await groupWithMembers();
    const postId = await newPost(mira.client, url);
    const added = await upload(mira.client, url, postId, fileForm(await jpeg(), 'a.jpg'));
    await t.deps.db.update(groups).set({ archivedAt: new Date() }).where(eq(groups.id, groupId));
    const refused = await upload(mira.client, url, postId, fileForm(await jpeg(), 'b.jpg'));
    expect(refused.status).toBe(409);
    expect((await admin.client.delete(`${filesOf(url, postId)}/${added.body.id}`)).status).toBe(409);
    expect((await mira.client.download(`${filesOf(url, postId)}/${added.body.id}`)).status).toBe(200);
    await expectDiskToMatchRows();
  });
});
