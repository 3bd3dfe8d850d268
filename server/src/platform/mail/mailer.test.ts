import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { enqueueMail } from './outbox';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('mail attachments', () => {
  it('arrive byte for byte after a trip through the job queue and SMTP', async () => {
    // Random bytes include every value a careless text conversion would mangle.
    const binary = randomBytes(64 * 1024);
    const text = 'Räksmörgås; åäö ÅÄÖ\n';
    await t.deps.db.transaction((tx) =>
      enqueueMail(t.deps.jobs, tx, {
        to: 'attachments@example.se',
        subject: 'Bilagor',
        text: 'Två bilagor.',
        replyTo: 'svar@example.se',
        attachments: [
          {
            filename: 'data.bin',
            contentType: 'application/octet-stream',
            contentBase64: binary.toString('base64'),
          },
          {
            filename: 'anteckning åäö.txt',
            contentType: 'text/plain; charset=utf-8',
            contentBase64: Buffer.from(text).toString('base64'),
          },
        ],
      }),
    );
    await t.runJobs();
    const [mail] = t.smtp.to('attachments@example.se');
    expect(mail?.replyTo).toBe('svar@example.se');
    expect(mail?.attachments.map((a) => a.filename)).toEqual(['data.bin', 'anteckning åäö.txt']);
    expect(mail?.attachments[0]?.content.equals(binary)).toBe(true);
    expect(mail?.attachments[1]?.content.toString('utf8')).toBe(text);
  });

  it('leaves mails without attachments as they were', async () => {
    await t.deps.db.transaction((tx) =>
      enqueueMail(t.deps.jobs, tx, { to: 'plain@example.se', subject: 'Hej', text: 'Bara text.' }),
    );
    await t.runJobs();
    const [mail] = t.smtp.to('plain@example.se');
    expect(mail?.text.trim()).toBe('Bara text.');
    expect(mail?.attachments).toEqual([]);
  });
});
