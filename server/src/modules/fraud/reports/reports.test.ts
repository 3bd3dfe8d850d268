import {
  FRAUD_REPORT_LIMITS,
  fraudReportListSchema,
  fraudReportReviewSchema,
  fraudReportSchema,
} from '@vaksam/domain/fraud-reports';
import { luhnCheckDigit } from '@vaksam/domain/identifiers/luhn';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../../test/client';
import { makeOrgNumber, type TestOrg, type TestUser } from '../../../../test/factories';
import { fileForm, hasGpsIfd, invoicePdf, photoWithGps, picture, storedFiles } from '../../../../test/files';
import { startTestApp, type TestApp } from '../../../../test/harness';
import { auditLog, users } from '../../../db/schema';

let t: TestApp;
let org: TestOrg;
let reporter: TestUser;
let reporterClient: TestClient;
let managerClient: TestClient;
let analystClient: TestClient;
let strangerClient: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.factories.org();
  await t.factories.unit(org, 'Butiken');
  reporter = (await t.factories.member('reporter', org)).user;
  reporterClient = await t.factories.signedIn(reporter, t.url);
  managerClient = await t.factories.signedIn((await t.factories.member('manager', org)).user, t.url);
  const analyst = await t.factories.user({ platformRole: 'analyst', totp: 'JBSWY3DPEHPK3PXP' });
  analystClient = await t.factories.signedIn(analyst, t.url);
  strangerClient = await t.factories.signedIn(await t.factories.user(), t.url);
});
afterAll(() => t.close());

let serial = 0;
/** A valid bankgiro (8 digits, Luhn over the whole number), different on every call, as NNNN-NNNN. */
function makeBankgiro(): string {
  const payload = `6${String(process.pid % 1000).padStart(3, '0')}${String(++serial).padStart(3, '0')}`;
  const digits = payload + luhnCheckDigit(payload);
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}
const dashed = (orgNumber: string) => `${orgNumber.slice(0, 6)}-${orgNumber.slice(6)}`;

async function report(client: TestClient = reporterClient, overrides: Record<string, unknown> = {}) {
  const orgNumber = makeOrgNumber();
  const bankgiro = makeBankgiro();
  const response = await client.post('/api/v1/fraud-reports', {
    companyName: `Företagsguiden Norden ${++serial} AB`,
    identifiers: [
      { kind: 'organisationsnummer', value: dashed(orgNumber) },
      { kind: 'bankgiro', value: bankgiro.replace('-', ' ') },
    ],
    amountSek: 4990.5,
    invoiceDate: '2026-03-02',
    description: 'Fakturan gällde en annons i en företagskatalog som vi aldrig beställt.',
    ...overrides,
  });
  expect(response.status, response.text).toBe(201);
  return { report: response.body, orgNumber, bankgiro };
}

const upload = (client: TestClient, reportId: string, body: FormData, key?: string) =>
  client.post(`/api/v1/fraud-reports/${reportId}/files`, body, key ? { 'idempotency-key': key } : {});

async function mailsTo(email: string) {
  await t.runJobs();
  return t.smtp.to(email);
}

describe('reporting a fraudulent invoice (FRAUD-4)', () => {
  it('keeps the fields normalised, a PDF as sent and a photo without its GPS position', async () => {
    const { report: created, orgNumber, bankgiro } = await report();
    expect(fraudReportSchema.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      identifiers: [
        { kind: 'organisationsnummer', value: orgNumber, formatted: dashed(orgNumber) },
        { kind: 'bankgiro', value: bankgiro.replace('-', ''), formatted: bankgiro },
      ],
      amountSek: 4990.5,
      invoiceDate: '2026-03-02',
      state: 'pending',
      entryId: null,
      incidentId: null,
      files: [],
    });

    const pdf = await invoicePdf([
      'Företagsguiden Norden AB',
      `Bankgiro ${bankgiro}`,
      'Att betala 4 990,50 kr',
    ]);
    const sentPdf = await upload(reporterClient, created.id, fileForm(pdf, 'faktura.pdf'), 'pdf-upload-1');
    expect(sentPdf.status, sentPdf.text).toBe(201);
    const original = await photoWithGps('jpeg');
    expect(hasGpsIfd((await sharp(original).metadata()).exif)).toBe(true);
    const photo = await upload(
      reporterClient,
      created.id,
      fileForm(original, 'IMG_0042.JPG'),
      'photo-upload-1',
    );
    expect(photo.status, photo.text).toBe(201);
    // A retry from the offline outbox is answered with the first upload.
    const retry = await upload(
      reporterClient,
      created.id,
      fileForm(original, 'IMG_0042.JPG'),
      'photo-upload-1',
    );
    expect(retry.body.id).toBe(photo.body.id);
    expect(photo.body).toMatchObject({ displayName: 'IMG_0042.jpg', contentType: 'image/jpeg', width: 48 });

    const mine = await reporterClient.get(`/api/v1/fraud-reports/${created.id}`);
    expect(mine.body.files.map((f: { id: string }) => f.id)).toEqual([sentPdf.body.id, photo.body.id]);
    const files = storedFiles(t.deps.config.dataDir).filter((f) => f.includes(created.id));
    expect(files).toHaveLength(3);
    for (const file of files) expect(file).toMatch(new RegExp(`^fraud-reports/${created.id}/[0-9a-f-]{36}`));

    const servedPhoto = await reporterClient.download(
      `/api/v1/fraud-reports/${created.id}/files/${photo.body.id}`,
    );
    expect(servedPhoto.status).toBe(200);
    expect(servedPhoto.headers.get('content-type')).toBe('image/jpeg');
    expect(servedPhoto.headers.get('x-content-type-options')).toBe('nosniff');
    expect(servedPhoto.headers.get('content-disposition')).toMatch(/^inline; filename="IMG_0042\.jpg"/);
    expect(hasGpsIfd((await sharp(servedPhoto.bytes).metadata()).exif)).toBe(false);
    const servedPdf = await analystClient.download(
      `/api/v1/fraud-reports/${created.id}/files/${sentPdf.body.id}`,
    );
    expect(servedPdf.bytes.equals(pdf)).toBe(true);
    expect(servedPdf.headers.get('content-disposition')).toMatch(/^attachment; filename="faktura\.pdf"/);
    expect(servedPdf.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
  });

  it('refuses a wrong checksum by its place in the form, and a file beyond the limit', async () => {
    const wrong = await reporterClient.post('/api/v1/fraud-reports', {
      companyName: 'Felsiffran AB',
      identifiers: [
        { kind: 'website', value: 'felsiffran.se' },
        { kind: 'bankgiro', value: '5050-1056' },
      ],
      description: 'Fel kontrollsiffra.',
    });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.error.fields)).toEqual(['identifiers.1.value']);

    const { report: created } = await report();
    const png = await picture().png().toBuffer();
    for (let i = 0; i < FRAUD_REPORT_LIMITS.files; i++)
      expect((await upload(reporterClient, created.id, fileForm(png, `sida-${i}.png`))).status).toBe(201);
    const extra = await upload(reporterClient, created.id, fileForm(png, 'en-till.png'));
    expect(extra.status).toBe(409);
    expect(extra.body.error.fields.file).toBeTruthy();
  });

  it('files it as an incident of type fraudulent invoice that the managers see', async () => {
    const { report: created, bankgiro } = await report(reporterClient, { incident: { orgId: org.id } });
    expect(created.incidentId).toEqual(expect.any(String));
    const incident = await managerClient.get(`/api/v1/incidents/${created.incidentId}`);
    expect(incident.status, incident.text).toBe(200);
    expect(incident.body).toMatchObject({
      type: 'fraudulent_invoice',
      orgId: org.id,
      unitName: 'Butiken',
      reporter: { id: reporter.id },
      answers: { valueSek: 4991 },
    });
    expect(incident.body.description).toContain(created.companyName);
    expect(incident.body.description).toContain(`Bankgiro: ${bankgiro}`);
    expect(incident.body.description).toContain(created.description);
    // Platform staff never learn of an organisation's report (PRIV-4).
    const review = await analystClient.get(`/api/v1/admin/fraud-reports/${created.id}`);
    expect(review.text).not.toContain(created.incidentId);
  });

  it('answers 404 for an organisation the reporter is not in, and stores nothing', async () => {
    const stranger = await t.factories.user();
    const client = await t.factories.signedIn(stranger, t.url);
    const refused = await client.post('/api/v1/fraud-reports', {
      companyName: 'Utomstående AB',
      description: 'Försöker rapportera in i en annan organisation.',
      incident: { orgId: org.id },
    });
    expect(refused.status).toBe(404);
    expect((await client.get('/api/v1/fraud-reports')).body.items).toEqual([]);
  });

  it('shows a report and its files to nobody but the reporter and the analysts', async () => {
    const { report: created } = await report();
    const file = await upload(
      reporterClient,
      created.id,
      fileForm(await picture().png().toBuffer(), 'a.png'),
    );
    const fileUrl = `/api/v1/fraud-reports/${created.id}/files/${file.body.id}`;
    for (const client of [strangerClient, managerClient]) {
      expect((await client.get(`/api/v1/fraud-reports/${created.id}`)).status).toBe(404);
      expect((await client.download(fileUrl)).status).toBe(404);
      expect(
        (await upload(client, created.id, fileForm(await picture().png().toBuffer(), 'b.png'))).status,
      ).toBe(404);
      expect((await client.get('/api/v1/admin/fraud-reports')).status).toBe(404);
    }
    expect((await analystClient.download(fileUrl)).status).toBe(200);
    const list = await reporterClient.get('/api/v1/fraud-reports?limit=100');
    expect(fraudReportListSchema.parse(list.body)).toEqual(list.body);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(created.id);
  });
});

describe('the analysts’ queue (FRAUD-4)', () => {
  it('lists the pending reports first, in pages, or one state', async () => {
    const { report: older } = await report();
    const { report: newer } = await report();
    await analystClient.post(`/api/v1/admin/fraud-reports/${newer.id}/reject`, { reason: 'Dubblett.' });
    const all = await analystClient.get('/api/v1/admin/fraud-reports?limit=100');
    expect(all.status).toBe(200);
    const states: string[] = all.body.items.map((r: { state: string }) => r.state);
    const firstDecided = states.findIndex((state) => state !== 'pending');
    expect(firstDecided).toBeGreaterThan(0);
    expect(states.slice(firstDecided)).not.toContain('pending');
    const ids: string[] = all.body.items.map((r: { id: string }) => r.id);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await analystClient.get(
        `/api/v1/admin/fraud-reports?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      paged.push(...page.body.items.map((r) => r.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(ids);

    const rejected = await analystClient.get('/api/v1/admin/fraud-reports?state=rejected');
    expect(rejected.body.items.map((r: { id: string }) => r.id)).toEqual([newer.id]);
  });

  it('publishes a report as an entry the search finds, which never names the reporter', async () => {
    const { report: created, bankgiro } = await report();
    const review = await analystClient.get(`/api/v1/admin/fraud-reports/${created.id}`);
    expect(fraudReportReviewSchema.parse(review.body)).toEqual(review.body);
    expect(review.body.reporter).toEqual({ id: reporter.id, name: reporter.name, email: reporter.email });

    const published = await analystClient.post(`/api/v1/admin/fraud-reports/${created.id}/publish`, {
      companyName: created.companyName,
      identifiers: created.identifiers.map((i: { kind: string; formatted: string }) => ({
        kind: i.kind,
        value: i.formatted,
      })),
      description: 'Skickar fakturor för annonser i en företagskatalog.',
    });
    expect(published.status, published.text).toBe(200);
    expect(published.body).toMatchObject({ state: 'published', entryId: expect.any(String) });
    const entryId = published.body.entryId;

    const search = await t.client().get(`/api/v1/fraud-list/search?q=${encodeURIComponent(bankgiro)}`);
    expect(search.body.verdict).toBe('listed');
    expect(search.body.matches[0].entry).toMatchObject({ id: entryId, reportCount: 1 });
    const entry = await t.client().get(`/api/v1/fraud-list/${entryId}`);
    for (const text of [search.text, entry.text]) {
      for (const secret of [reporter.id, reporter.name, reporter.email]) expect(text).not.toContain(secret);
    }

    const mine = await reporterClient.get(`/api/v1/fraud-reports/${created.id}`);
    expect(mine.body).toMatchObject({ state: 'published', entryId, decidedAt: expect.any(String) });
    const [mail] = (await mailsTo(reporter.email)).filter((m) => m.subject.includes(created.companyName));
    expect(mail?.subject).toBe(`Din rapport om ${created.companyName} finns på Varningslistan`);
    expect(mail?.text).toContain(`/fraud-list/${entryId}`);

    const again = await analystClient.post(`/api/v1/admin/fraud-reports/${created.id}/reject`, {
      reason: 'Nej.',
    });
    expect(again.status).toBe(409);
    const audit = await t.deps.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'fraud_report'), eq(auditLog.targetId, created.id)));
    expect(audit.map((a) => a.action)).toEqual(['fraud_report.published']);
  });

  it('refuses to publish an identifier already listed, as for any entry, and leaves the report pending', async () => {
    const { report: first } = await report();
    const body = (r: { companyName: string; identifiers: { kind: string; formatted: string }[] }) => ({
      companyName: r.companyName,
      identifiers: r.identifiers.map((i) => ({ kind: i.kind, value: i.formatted })),
      description: 'Katalogfakturor.',
    });
    expect(
      (await analystClient.post(`/api/v1/admin/fraud-reports/${first.id}/publish`, body(first))).status,
    ).toBe(200);
    const { report: second } = await report();
    const taken = await analystClient.post(`/api/v1/admin/fraud-reports/${second.id}/publish`, {
      ...body(second),
      identifiers: [...body(second).identifiers, ...body(first).identifiers],
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({
      'identifiers.2.value': expect.stringContaining(first.companyName),
      'identifiers.3.value': expect.stringContaining(first.companyName),
    });
    expect((await reporterClient.get(`/api/v1/fraud-reports/${second.id}`)).body.state).toBe('pending');
  });

  it('merges a report into a listed entry: one report more, and the identifiers it lacked', async () => {
    const existingOrgNumber = makeOrgNumber();
    const entry = await analystClient.post('/api/v1/admin/fraud-entries', {
      companyName: `Katalogförlaget ${++serial} AB`,
      identifiers: [{ kind: 'organisationsnummer', value: existingOrgNumber }],
      description: 'Fakturor för katalogannonser.',
    });
    const otherSite = `annat-${++serial}.se`;
    const other = await analystClient.post('/api/v1/admin/fraud-entries', {
      companyName: 'Annat förlag AB',
      identifiers: [{ kind: 'website', value: otherSite }],
      description: 'En annan avsändare.',
    });
    // The reporter reads mail in English: the decision is told in their language.
    await t.deps.db.update(users).set({ language: 'en' }).where(eq(users.id, reporter.id));
    const newBankgiro = makeBankgiro();
    const { report: created } = await report(reporterClient, {
      identifiers: [
        { kind: 'organisationsnummer', value: existingOrgNumber },
        { kind: 'bankgiro', value: newBankgiro },
        { kind: 'website', value: `https://${otherSite}/faktura` },
      ],
    });

    const missing = await analystClient.post(`/api/v1/admin/fraud-reports/${created.id}/merge`, {
      entryId: created.id,
    });
    expect(missing.status).toBe(422);
    const merged = await analystClient.post(`/api/v1/admin/fraud-reports/${created.id}/merge`, {
      entryId: entry.body.id,
    });
    expect(merged.status, merged.text).toBe(200);
    expect(merged.body).toMatchObject({ state: 'merged', entryId: entry.body.id });

    const after = await t.client().get(`/api/v1/fraud-list/${entry.body.id}`);
    expect(after.body.reportCount).toBe(2);
    expect(
      after.body.identifiers.map((i: { kind: string; value: string }) => `${i.kind}:${i.value}`),
    ).toEqual([`organisationsnummer:${existingOrgNumber}`, `bankgiro:${newBankgiro.replace('-', '')}`]);
    expect((await t.client().get(`/api/v1/fraud-list/${other.body.id}`)).body.reportCount).toBe(1);

    const [mail] = (await mailsTo(reporter.email)).filter((m) => m.subject.includes(created.companyName));
    expect(mail?.subject).toBe(`Your report of ${created.companyName} is on Varningslistan`);
    expect(mail?.text).toContain(`/fraud-list/${entry.body.id}`);
    await t.deps.db.update(users).set({ language: 'sv' }).where(eq(users.id, reporter.id));

    const again = await analystClient.post(`/api/v1/admin/fraud-reports/${created.id}/merge`, {
      entryId: entry.body.id,
    });
    expect(again.status).toBe(409);
    expect((await t.client().get(`/api/v1/fraud-list/${entry.body.id}`)).body.reportCount).toBe(2);
  });

  it('rejects a report with a reason the reporter reads, after which it takes no files', async () => {
    const { report: created } = await report();
    const reason = 'Fakturan gäller en tjänst som ert företag har beställt.';
    const rejected = await analystClient.post(`/api/v1/admin/fraud-reports/${created.id}/reject`, { reason });
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', rejectionReason: reason, entryId: null });
    const mine = await reporterClient.get(`/api/v1/fraud-reports/${created.id}`);
    expect(mine.body).toMatchObject({ state: 'rejected', rejectionReason: reason });
    expect(mine.text).not.toContain('decidedBy');

    const mails = (await mailsTo(reporter.email)).filter(
      (m) => m.subject === 'Din rapport publicerades inte',
    );
    expect(mails.filter((m) => m.text.includes(`Skäl: ${reason}`))).toHaveLength(1);
    const second = await analystClient.post(`/api/v1/admin/fraud-reports/${created.id}/publish`, {
      companyName: created.companyName,
      description: 'Katalogfakturor.',
    });
    expect(second.status).toBe(409);
    const late = await upload(
      reporterClient,
      created.id,
      fileForm(await picture().png().toBuffer(), 'sen.png'),
    );
    expect(late.status).toBe(409);
  });
});
