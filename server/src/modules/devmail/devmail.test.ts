import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ useSmtp: false });
});
afterAll(() => t.close());

describe('dev mailbox attachments', () => {
  it('keeps attachments, lists them and serves them for download as they were sent', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% åäö \x00\x01\xff\n%%EOF\n', 'latin1');
    await t.deps.mailer.deliver({
      to: 'polisen-intake@example.invalid',
      subject: 'Polisanmälan: Rån',
      text: 'Se bilagorna.',
      attachments: [
        {
          filename: 'polisanmalan.pdf',
          contentType: 'application/pdf',
          contentBase64: pdf.toString('base64'),
        },
        {
          filename: 'polisanmälan.json',
          contentType: 'application/json',
          contentBase64: Buffer.from('{"a":1}').toString('base64'),
        },
      ],
    });
    await t.deps.mailer.deliver({ to: 'plain@example.se', subject: 'Utan bilaga', text: 'Hej' });

    const list = await t.client().get('/api/v1/dev/mail');
    const [plain, withFiles] = list.body.items;
    expect(plain.attachments).toEqual([]);
    expect(withFiles.attachments).toEqual([
      {
        filename: 'polisanmalan.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        url: `/api/v1/dev/mail/${withFiles.id}/attachments/0`,
      },
      {
        filename: 'polisanmälan.json',
        contentType: 'application/json',
        size: 7,
        url: `/api/v1/dev/mail/${withFiles.id}/attachments/1`,
      },
    ]);

    const download = await fetch(t.url + withFiles.attachments[0].url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="polisanmalan.pdf"; filename*=UTF-8''polisanmalan.pdf`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    const json = await fetch(t.url + withFiles.attachments[1].url);
    expect(json.headers.get('content-disposition')).toBe(
      `attachment; filename="polisanm_lan.json"; filename*=UTF-8''polisanm%C3%A4lan.json`,
    );

    expect((await t.client().get(`/api/v1/dev/mail/${withFiles.id}/attachments/2`)).status).toBe(404);
    expect((await t.client().get(`/api/v1/dev/mail/${plain.id}/attachments/0`)).status).toBe(404);

    const page = await t.client().get('/dev/mail');
    expect(page.text).toContain(
      `<a href="/api/v1/dev/mail/${withFiles.id}/attachments/1" download>polisanmälan.json</a>`,
    );
    expect(page.text).toContain('(application/pdf,');
  });
});
