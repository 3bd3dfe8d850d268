import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { ATTACHMENT_MAX_BYTES } from '@vaksam/domain/attachments';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg, TestUser } from '../../../test/factories';
import {
  fileForm as form,
  hasGpsIfd,
  PDF,
  photoWithGps,
  picture,
  storedFiles as storedFilesIn,
} from '../../../test/files';
import { startTestApp, type TestApp } from '../../../test/harness';
import { incidentAttachments, incidents } from '../../db/schema';

let t: TestApp;
let org: TestOrg;
let reporter: TestUser;
let reporterClient: TestClient;
let managerClient: TestClient;

beforeAll(async () => {
  t = await startTestApp({ useSmtp: false });
  let manager: TestUser;
  ({ user: manager, org } = await t.factories.member('manager'));
  ({ user: reporter } = await t.factories.member('reporter', org));
  reporterClient = await t.factories.signedIn(reporter, t.url);
  managerClient = await t.factories.signedIn(manager, t.url);
});
afterAll(() => t.close());

const HEIC_FIXTURE = readFileSync(
  path.join(import.meta.dirname, '../../../test/fixtures/photo-with-gps.heic'),
);
async function newIncident(client = reporterClient): Promise<string> {
  const created = await client.post('/api/v1/incidents', {
    orgId: org.id,
    type: 'theft',
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    latitude: 59.33,
    longitude: 18.06,
    description: 'En jacka stals från hyllan vid entrén.',
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

const base = (incidentId: string) => `/api/v1/incidents/${incidentId}/attachments`;
const upload = (client: TestClient, incidentId: string, body: FormData, key?: string) =>
  client.post(base(incidentId), body, key ? { 'idempotency-key': key } : {});

const storedFiles = () => storedFilesIn(t.deps.config.dataDir);

/** Every row's files are on disk and every file on disk belongs to a row: nothing half-done is left. */
async function expectDiskToMatchRows() {
  const rows = await t.deps.db.select().from(incidentAttachments);
  const keys = rows.flatMap((row) => [row.storageKey, row.thumbnailKey ?? []]).flat();
  expect(storedFiles().sort()).toEqual(keys.sort());
}

describe('uploading photos and documents', () => {
  it('serves a JPEG back without EXIF or GPS, upright, and a thumbnail without them either', async () => {
    const original = await photoWithGps('jpeg');
    const before = await sharp(original).metadata();
    expect(hasGpsIfd(before.exif)).toBe(true);
    expect(before.orientation).toBe(6);

    const incidentId = await newIncident();
    const added = await upload(reporterClient, incidentId, form(original, 'IMG_0042.JPG', 'image/jpeg'));
    expect(added.status, added.text).toBe(201);
    // Orientation 6 is a quarter turn: the stored copy is turned upright and carries no orientation tag.
    expect(added.body).toMatchObject({
      incidentId,
      displayName: 'IMG_0042.jpg',
      contentType: 'image/jpeg',
      width: 48,
      height: 64,
      hasThumbnail: true,
      uploadedBy: { id: reporter.id, name: reporter.name },
      canDelete: true,
    });

    const served = await reporterClient.download(`${base(incidentId)}/${added.body.id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toBe(
      `inline; filename="IMG_0042.jpg"; filename*=UTF-8''IMG_0042.jpg`,
    );
    expect(served.headers.get('cache-control')).toMatch(/^private/);
    const after = await sharp(served.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([48, 64]);
    // Turned clockwise, the blue top-left corner of the sensor image is now top right.
    const { data: pixels } = await sharp(served.bytes).raw().toBuffer({ resolveWithObject: true });
    const blueAt = (x: number, y: number) => {
      const [r = 0, , b = 0] = pixels.subarray((y * 48 + x) * 3, (y * 48 + x) * 3 + 3);
      return b > r;
    };
    expect([blueAt(40, 5), blueAt(5, 5), blueAt(40, 50)]).toEqual([true, false, false]);
    expect(served.bytes.includes('Vaksam test')).toBe(false);
    expect(served.bytes.length).toBe(added.body.size);

    const thumbnail = await reporterClient.download(`${base(incidentId)}/${added.body.id}/thumbnail`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect(thumbnail.headers.get('x-content-type-options')).toBe('nosniff');
    const thumb = await sharp(thumbnail.bytes).metadata();
    expect(thumb.format).toBe('webp');
    expect(thumb.exif).toBeUndefined();
    expect(hasGpsIfd(thumb.exif)).toBe(false);
  });

  it('takes an iPhone HEIC, stores it as JPEG and drops its EXIF and GPS', async () => {
    expect(hasGpsIfd((await sharp(HEIC_FIXTURE).metadata()).exif)).toBe(true);
    const incidentId = await newIncident();
    const added = await upload(reporterClient, incidentId, form(HEIC_FIXTURE, 'IMG_0001.HEIC', 'image/heic'));
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({ displayName: 'IMG_0001.jpg', contentType: 'image/jpeg', width: 64 });
    for (const suffix of ['', '/thumbnail']) {
      const served = await reporterClient.download(`${base(incidentId)}/${added.body.id}${suffix}`);
      const metadata = await sharp(served.bytes).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(served.bytes.includes('Vaksam test')).toBe(false);
    }
  });

  it('takes PNG and WebP (re-encoded in their own format) and a PDF byte for byte', async () => {
    const incidentId = await newIncident();
    const png = await picture().png().toBuffer();
    const pngAdded = await upload(reporterClient, incidentId, form(png, 'skylt.png', 'image/png'));
    expect(pngAdded.body).toMatchObject({ contentType: 'image/png', width: 64, height: 48 });

    const webp = await photoWithGps('webp');
    expect(hasGpsIfd((await sharp(webp).metadata()).exif)).toBe(true);
    const webpAdded = await upload(reporterClient, incidentId, form(webp, 'entré.webp', 'image/webp'));
    expect(webpAdded.body).toMatchObject({ contentType: 'image/webp', displayName: 'entré.webp' });
    const webpServed = await reporterClient.download(`${base(incidentId)}/${webpAdded.body.id}`);
    expect((await sharp(webpServed.bytes).metadata()).exif).toBeUndefined();
    expect(webpServed.headers.get('content-disposition')).toContain(`filename*=UTF-8''entr%C3%A9.webp`);

    const pdfAdded = await upload(
      reporterClient,
      incidentId,
      form(PDF, 'polisanmälan.pdf', 'application/pdf'),
    );
    expect(pdfAdded.status, pdfAdded.text).toBe(201);
    expect(pdfAdded.body).toMatchObject({
      contentType: 'application/pdf',
      displayName: 'polisanmälan.pdf',
      size: PDF.length,
      width: null,
      hasThumbnail: false,
    });
    const pdf = await reporterClient.download(`${base(incidentId)}/${pdfAdded.body.id}`);
    expect(pdf.bytes.equals(PDF)).toBe(true);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="polisanm_lan\.pdf"; /);
    expect(pdf.headers.get('content-security-policy')).toMatch(/^sandbox/);
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await reporterClient.get(`${base(incidentId)}/${pdfAdded.body.id}/thumbnail`)).status).toBe(404);

    const listed = await managerClient.get(base(incidentId));
    expect(listed.body.items.map((a: { contentType: string }) => a.contentType)).toEqual([
      'image/png',
      'image/webp',
      'application/pdf',
    ]);
    // The manager may handle the report, so may remove anyone's file.
    expect(listed.body.items.every((a: { canDelete: boolean }) => a.canDelete)).toBe(true);
  });

  it('keeps only a safe display name and stores the file under a name of its own', async () => {
    const incidentId = await newIncident();
    const jpeg = await picture().jpeg().toBuffer();
    const traversal = await upload(reporterClient, incidentId, form(jpeg, '../../etc/passwd.jpg'));
    expect(traversal.status, traversal.text).toBe(201);
    expect(traversal.body.displayName).toBe('passwd.jpg');
    const sneaky = await upload(
      reporterClient,
      incidentId,
      form(jpeg, '..\\..\\bild\u202Egpj.exe\u0007.jpg'),
    );
    expect(sneaky.body.displayName).toBe('bildgpj.exe.jpg');
    const nameless = await upload(reporterClient, incidentId, form(jpeg, '...'));
    expect(nameless.body.displayName).toBe('bild-3.jpg');
    const renamed = await upload(
      reporterClient,
      incidentId,
      form(await picture().png().toBuffer(), 'foto.jpg'),
    );
    expect(renamed.body.displayName).toBe('foto.png');
    for (const file of storedFiles()) {
      expect(file).toMatch(/^[0-9a-f-]{36}\/[0-9a-f-]{36}(-thumb)?\.(jpg|png|webp|pdf)$/);
    }
    expect(storedFiles().some((file) => file.includes('passwd'))).toBe(false);
  });
});

describe('refusing bad uploads', () => {
  let incidentId: string;
  beforeAll(async () => {
    incidentId = await newIncident();
  });

  it('judges the type by content: text named .jpg, a GIF and an SVG answer 415 and list what is accepted', async () => {
    const gif = await picture().gif().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const [bytes, name] of [
      [Buffer.from('Det här är ingen bild, bara text.'), 'bild.jpg'],
      [gif, 'bild.gif'],
      [svg, 'bild.png'],
    ] as const) {
      const refused = await upload(reporterClient, incidentId, form(bytes, name, 'image/jpeg'));
      expect(refused.status, name).toBe(415);
      expect(refused.body.error.code).toBe('unsupported_media_type');
      expect(refused.body.error.message).toContain('JPEG, PNG, WebP, HEIC eller PDF');
      expect(refused.body.error.fields.file).toBeTruthy();
    }
  });

  it('refuses an empty file, a file over 15 MB, and an image too large to decode', async () => {
    const empty = await upload(reporterClient, incidentId, form(new Uint8Array(0), 'tom.jpg'));
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.file).toMatch(/tom/);

    const huge = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x20);
    PDF.copy(huge);
    const tooLarge = await upload(reporterClient, incidentId, form(huge, 'stor.pdf'));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe('payload_too_large');
    expect(tooLarge.body.error.fields.file).toMatch(/15 MB/);

    const bomb = await upload(reporterClient, incidentId, form(pngClaiming(20_000, 20_000), 'bomb.png'));
    expect(bomb.status).toBe(422);
    expect(bomb.body.error.fields.file).toMatch(/megapixlar/);

    expect((await reporterClient.get(base(incidentId))).body.items).toEqual([]);
    await expectDiskToMatchRows();
  });

  it('answers a body that is not a single file field with field-level 4xx', async () => {
    const json = await reporterClient.post(base(incidentId), { file: 'aGVq' });
    expect(json.status).toBe(400);
    expect(json.body.error.fields.file).toBeTruthy();

    const noFile = new FormData();
    noFile.append('file', 'bara text');
    const textField = await upload(reporterClient, incidentId, noFile);
    expect(textField.status).toBe(422);
    expect(textField.body.error.fields.file).toBeTruthy();

    const empty = await upload(reporterClient, incidentId, new FormData());
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.file).toBeTruthy();

    const jpeg = await picture().jpeg().toBuffer();
    const wrongField = await upload(reporterClient, incidentId, form(jpeg, 'a.jpg', 'image/jpeg', 'photo'));
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.fields.photo).toBe('Okänt fält');

    const extra = form(jpeg, 'a.jpg');
    extra.append('comment', 'hej');
    const extraField = await upload(reporterClient, incidentId, extra);
    expect(extraField.status).toBe(400);
    expect(extraField.body.error.fields.comment).toBe('Okänt fält');

    const two = form(jpeg, 'a.jpg');
    two.append('file', new Blob([jpeg]), 'b.jpg');
    const twoFiles = await upload(reporterClient, incidentId, two);
    expect(twoFiles.status).toBe(422);
    expect(twoFiles.body.error.fields.file).toMatch(/en fil/);

    const badKey = await upload(reporterClient, incidentId, form(jpeg, 'a.jpg'), 'kort');
    expect(badKey.status).toBe(400);
    expect(badKey.body.error.fields['Idempotency-Key']).toBeTruthy();

    expect((await reporterClient.get(base(incidentId))).body.items).toEqual([]);
    await expectDiskToMatchRows();
  });
});

describe('who sees and changes attachments', () => {
  it('hides them from another reporter of the organisation and from other organisations', async () => {
    const incidentId = await newIncident();
    const jpeg = await picture().jpeg().toBuffer();
    const added = await upload(reporterClient, incidentId, form(jpeg, 'a.jpg'));
    const { user: colleague } = await t.factories.member('reporter', org);
    const { user: stranger } = await t.factories.member('manager');
    for (const user of [colleague, stranger]) {
      const client = await t.factories.signedIn(user, t.url);
      expect((await client.get(base(incidentId))).status).toBe(404);
      expect((await client.download(`${base(incidentId)}/${added.body.id}`)).status).toBe(404);
      expect((await client.download(`${base(incidentId)}/${added.body.id}/thumbnail`)).status).toBe(404);
      expect((await upload(client, incidentId, form(jpeg, 'b.jpg'))).status).toBe(404);
      expect((await client.delete(`${base(incidentId)}/${added.body.id}`)).status).toBe(404);
    }
    // An attachment is only found under its own report.
    const other = await newIncident();
    expect((await reporterClient.download(`${base(other)}/${added.body.id}`)).status).toBe(404);
  });

  it('lets the uploader and the managers remove a file, removes it from disk and notes it in the history', async () => {
    const incidentId = await newIncident();
    const jpeg = await picture().jpeg().toBuffer();
    const mine = await upload(reporterClient, incidentId, form(jpeg, 'mitt.jpg'));
    const managers = await upload(managerClient, incidentId, form(jpeg, 'chefens.jpg'));
    expect(managers.status).toBe(201);

    const asReporter = (await reporterClient.get(base(incidentId))).body.items;
    expect(asReporter.map((a: { canDelete: boolean }) => a.canDelete)).toEqual([true, false]);
    expect((await reporterClient.delete(`${base(incidentId)}/${managers.body.id}`)).status).toBe(403);

    const filesBefore = storedFiles().length;
    expect((await reporterClient.delete(`${base(incidentId)}/${mine.body.id}`)).status).toBe(200);
    expect(storedFiles().length).toBe(filesBefore - 2);
    expect((await reporterClient.download(`${base(incidentId)}/${mine.body.id}`)).status).toBe(404);
    expect((await managerClient.delete(`${base(incidentId)}/${managers.body.id}`)).status).toBe(200);
    expect((await reporterClient.get(base(incidentId))).body.items).toEqual([]);

    const history = (await reporterClient.get(`/api/v1/incidents/${incidentId}/history`)).body.items;
    const changes = history
      .map((e: { changes: { attachment?: object } }) => e.changes.attachment)
      .filter(Boolean);
    expect(changes).toEqual([
      { added: mine.body.id, contentType: 'image/jpeg' },
      { added: managers.body.id, contentType: 'image/jpeg' },
      { removed: mine.body.id, contentType: 'image/jpeg' },
      { removed: managers.body.id, contentType: 'image/jpeg' },
    ]);
    expect(JSON.stringify(history)).not.toContain('mitt.jpg');
  });

  it('refuses changes to a closed report and hides the files of a deleted one', async () => {
    const incidentId = await newIncident();
    const jpeg = await picture().jpeg().toBuffer();
    const added = await upload(reporterClient, incidentId, form(jpeg, 'a.jpg'));
    await t.deps.db.update(incidents).set({ status: 'closed' }).where(eq(incidents.id, incidentId));
    expect((await upload(reporterClient, incidentId, form(jpeg, 'b.jpg'))).status).toBe(409);
    expect((await managerClient.delete(`${base(incidentId)}/${added.body.id}`)).status).toBe(409);
    expect((await reporterClient.download(`${base(incidentId)}/${added.body.id}`)).status).toBe(200);

    await t.deps.db.update(incidents).set({ deletedAt: new Date() }).where(eq(incidents.id, incidentId));
    expect((await managerClient.get(base(incidentId))).status).toBe(404);
    expect((await managerClient.download(`${base(incidentId)}/${added.body.id}`)).status).toBe(404);
  });
});

describe('retried uploads', () => {
  it('stores a retried upload once, also when the retries race, and refuses the key for other content', async () => {
    const incidentId = await newIncident();
    const jpeg = await picture().jpeg().toBuffer();
    const key = `outbox-${crypto.randomUUID()}`;
    const first = await upload(reporterClient, incidentId, form(jpeg, 'IMG_1.jpg'), key);
    const retry = await upload(reporterClient, incidentId, form(jpeg, 'IMG_1.jpg'), key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);

    const raceKey = `outbox-${crypto.randomUUID()}`;
    const raced = await Promise.all(
      [1, 2, 3].map(() => upload(reporterClient, incidentId, form(jpeg, 'IMG_2.jpg'), raceKey)),
    );
    const ok = raced.filter((r) => r.status === 201);
    expect(ok.length).toBeGreaterThan(0);
    // A retry that arrives while the first is still being written may be told to come back (409).
    expect(raced.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(new Set(ok.map((r) => r.body.id)).size).toBe(1);

    const other = await picture().png().toBuffer();
    const misuse = await upload(reporterClient, incidentId, form(other, 'IMG_1.png'), key);
    expect(misuse.status).toBe(422);
    expect(misuse.body.error.fields['Idempotency-Key']).toBeTruthy();

    const items = (await reporterClient.get(base(incidentId))).body.items;
    expect(items.map((a: { displayName: string }) => a.displayName)).toEqual(['IMG_1.jpg', 'IMG_2.jpg']);
    // The files of the answered retries were removed again.
    await expectDiskToMatchRows();
  });
});

/** A PNG whose header claims the given size, with no real pixels behind it: a decompression bomb's shape. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
