import net from 'node:net';
import { luhnCheckDigit } from '@vaksam/domain/identifiers/luhn';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../../test/client';
import { makeOrgNumber } from '../../../../test/factories';
import { invoicePdf, picture } from '../../../../test/files';
import { startTestApp, type TestApp } from '../../../../test/harness';
import { Jobs } from '../../../platform/jobs';
import { RateLimiter } from '../../../platform/rate-limit';
import { INTAKE_LIMITS } from './limits';
import { type InvoiceIntake, startInvoiceIntake } from './server';

const INTAKE_ADDRESS = 'kontroll@vaksam.local';

let t: TestApp;
let intake: InvoiceIntake;
let analystClient: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  const analyst = await t.factories.user({ platformRole: 'analyst', totp: 'JBSWY3DPEHPK3PXP' });
  analystClient = await t.factories.signedIn(analyst, t.url);
  intake = await startInvoiceIntake(t.deps, { port: 0, host: '127.0.0.1', address: INTAKE_ADDRESS });
});
afterAll(async () => {
  await intake?.close();
  await t?.close();
});

let serial = 0;
const newSender = () => `anna.${++serial}@butiken.example`;

/** A valid bankgiro (8 digits, Luhn over the whole number), different on every call. */
function makeBankgiro(): string {
  const payload = `6${String(process.pid % 1000).padStart(3, '0')}${String(++serial).padStart(3, '0')}`;
  const digits = payload + luhnCheckDigit(payload);
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}

async function publishBankgiro(bankgiro: string): Promise<{ id: string; companyName: string }> {
  const response = await analystClient.post('/api/v1/admin/fraud-entries', {
    companyName: `Nordiska Fakturacentralen ${++serial} AB`,
    identifiers: [{ kind: 'bankgiro', value: bankgiro }],
    description: 'Skickar fakturor för annonser i en katalog som ingen har beställt.',
  });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

/** A mail from another MTA to the intake, over real SMTP. */
function send(mail: Mail.Options, port = intake.port) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  return transport.sendMail({
    to: INTAKE_ADDRESS,
    subject: 'Fwd: Faktura',
    text: 'Se bifogad faktura.',
    ...mail,
  });
}

/** The replies the app's queue delivered to `address` once every queued mail has gone out. */
async function repliesTo(address: string) {
  await t.runJobs();
  return t.smtp.to(address);
}

const pdfAttachment = (content: Buffer, filename = 'faktura.pdf') => ({
  filename,
  content,
  contentType: 'application/pdf',
});

describe('invoices forwarded by e-mail (FRAUD-6)', () => {
  it('answers a listed bankgiro with a warning, the entry and the advice', async () => {
    const bankgiro = makeBankgiro();
    const entry = await publishBankgiro(bankgiro);
    const sender = newSender();
    const info = await send({
      from: sender,
      attachments: [pdfAttachment(await invoicePdf(['Att betala: 4 990,00 kr', `Bankgiro: ${bankgiro}`]))],
    });
    expect(info.response).toMatch(/^250 /);

    const [reply, ...more] = await repliesTo(sender);
    expect(more).toEqual([]);
    expect(reply?.subject).toContain('Varning: fakturan finns på Varningslistan');
    const link = `${t.deps.config.publicUrl}/fraud-list/${entry.id}`;
    expect(reply?.text).toContain(
      `Bankgiro ${bankgiro}: finns på Varningslistan som ”${entry.companyName}”, se ${link}`,
    );
    expect(reply?.text).toContain(`Bankgiro ${bankgiro}: listed as "${entry.companyName}", see ${link}`);
    expect(reply?.text).toContain(`${t.deps.config.publicUrl}/fraud-list/advice`);
    // Swedish first, then English.
    expect(reply?.text.indexOf('VARNING')).toBeLessThan(reply?.text.indexOf('WARNING') ?? -1);
    expect(reply?.attachments).toEqual([]);
  });

  it('answers a clean invoice with not listed', async () => {
    const org = makeOrgNumber();
    const sender = newSender();
    await send({
      from: sender,
      attachments: [pdfAttachment(await invoicePdf([`Org.nr ${org.slice(0, 6)}-${org.slice(6)}`]))],
    });
    const [reply] = await repliesTo(sender);
    expect(reply?.subject).toContain('inget på Varningslistan');
    expect(reply?.text).toContain(
      `Organisationsnummer ${org.slice(0, 6)}-${org.slice(6)}: finns inte på listan`,
    );
    expect(reply?.text).toContain('not listed');
    expect(reply?.text).not.toMatch(/fraud-list\/[0-9a-f]{8}-/);
  });

  it('answers a mail without attachment with how to send the invoice', async () => {
    const sender = newSender();
    await send({ from: sender });
    const [reply] = await repliesTo(sender);
    expect(reply?.subject).toContain('ingen PDF hittades');
    expect(reply?.text).toContain(`vidarebefordra fakturan till ${INTAKE_ADDRESS}`);
    expect(reply?.text).toContain(`forward the invoice to ${INTAKE_ADDRESS}`);
  });

  it('refuses any other recipient with 550 and sends nothing', async () => {
    const sender = newSender();
    const refused = send({ from: sender, to: 'someone-else@vaksam.local' });
    await expect(refused).rejects.toMatchObject({ responseCode: 550 });
    expect(await repliesTo(sender)).toEqual([]);
  });

  it('accepts automatic mail without answering it, but answers Auto-Submitted: no', async () => {
    const autoReply = newSender();
    const list = newSender();
    const person = newSender();
    const accepted = [
      await send({ from: autoReply, headers: { 'Auto-Submitted': 'auto-replied' } }),
      await send({ from: list, headers: { Precedence: 'bulk' } }),
      await send({ from: person, headers: { 'Auto-Submitted': 'no' } }),
    ];
    for (const info of accepted) expect(info.response).toMatch(/^250 /);
    expect(await repliesTo(autoReply)).toEqual([]);
    expect(await repliesTo(list)).toEqual([]);
    expect(await repliesTo(person)).toHaveLength(1);
  });

  it('answers nothing to an empty return path', async () => {
    const sender = newSender();
    const info = await send({ from: sender, envelope: { from: '', to: INTAKE_ADDRESS } });
    expect(info.response).toMatch(/^250 /);
    expect(await repliesTo(sender)).toEqual([]);
  });

  it('answers the Reply-To of the message rather than a rewritten envelope', async () => {
    const person = newSender();
    const envelopeFrom = `srs0=abc=${serial}@forwarder.example`;
    await send({ from: person, replyTo: person, envelope: { from: envelopeFrom, to: INTAKE_ADDRESS } });
    expect(await repliesTo(person)).toHaveLength(1);
    expect(await repliesTo(envelopeFrom)).toEqual([]);
  });

  it('judges attachments by their bytes, not their names', async () => {
    const fake = newSender();
    await send({
      from: fake,
      attachments: [pdfAttachment(await picture().png().toBuffer(), 'faktura.pdf')],
    });
    const [fakeReply] = await repliesTo(fake);
    expect(fakeReply?.subject).toContain('ingen PDF hittades');

    const renamed = newSender();
    const org = makeOrgNumber();
    await send({
      from: renamed,
      attachments: [
        {
          filename: 'bild.png',
          contentType: 'image/png',
          content: await invoicePdf([`Org.nr ${org.slice(0, 6)}-${org.slice(6)}`]),
        },
      ],
    });
    const [renamedReply] = await repliesTo(renamed);
    expect(renamedReply?.text).toContain('Bilaga 1 (bild.png): inget av det vi hittade');
  });

  it('says which PDF could not be read, and checks at most five', async () => {
    const sender = newSender();
    const broken = Buffer.from('%PDF-1.7\nthis is not a pdf at all');
    const clean = await invoicePdf(['Hej']);
    await send({
      from: sender,
      attachments: [
        pdfAttachment(broken, 'trasig.pdf'),
        ...[1, 2, 3, 4, 5].map((n) => pdfAttachment(clean, `faktura-${n}.pdf`)),
      ],
    });
    const [reply] = await repliesTo(sender);
    expect(reply?.text).toContain('Bilaga 1 (trasig.pdf): PDF-filen gick inte att läsa');
    expect(reply?.text).toContain('Bilaga 5 (faktura-4.pdf): vi hittade inget organisationsnummer');
    expect(reply?.text).not.toContain('faktura-5.pdf');
    expect(reply?.text).toContain('1 till lästes inte');
  });

  it('refuses a message over 20 MB with 552, declared or sent', async () => {
    const declared = await rawSmtp(intake.port, [
      'EHLO mta.example',
      `MAIL FROM:<big@butiken.example> SIZE=${INTAKE_LIMITS.messageBytes + 1}`,
    ]);
    expect(declared[1]).toContain(`SIZE ${INTAKE_LIMITS.messageBytes}`);
    expect(declared[2]).toMatch(/^552 /);

    const sender = newSender();
    const huge = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(16 * 1024 * 1024, 'a')]);
    const refused = send({ from: sender, attachments: [pdfAttachment(huge)] });
    await expect(refused).rejects.toMatchObject({ responseCode: 552 });
    expect(await repliesTo(sender)).toEqual([]);
  });

  it('answers 451 when the reply cannot be queued, so the sending MTA keeps the mail', async () => {
    // A real queue on the same database that was never given the mail job: queueing the reply fails.
    const brokenQueue = new Jobs(t.deps.database.executor, t.deps.logger);
    const failing = await startInvoiceIntake(
      { ...t.deps, jobs: brokenQueue, limiter: new RateLimiter() },
      { port: 0, host: '127.0.0.1', address: INTAKE_ADDRESS },
    );
    try {
      const sender = newSender();
      await expect(send({ from: sender }, failing.port)).rejects.toMatchObject({ responseCode: 451 });
      expect(await repliesTo(sender)).toEqual([]);
    } finally {
      await failing.close();
    }
  });

  it('answers 451 to a sender over its rate limit, so its MTA tries again later', async () => {
    const limited = await startInvoiceIntake(
      { ...t.deps, limiter: new RateLimiter() },
      { port: 0, host: '127.0.0.1', address: INTAKE_ADDRESS, limits: { mailsPerWindow: 2 } },
    );
    try {
      const sender = newSender();
      await send({ from: sender }, limited.port);
      await send({ from: sender }, limited.port);
      await expect(send({ from: sender }, limited.port)).rejects.toMatchObject({ responseCode: 451 });
      expect(await repliesTo(sender)).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});

/** Speaks SMTP line by line and collects each reply, for what nodemailer will not send (a declared SIZE). */
function rawSmtp(port: number, commands: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const replies: string[] = [];
    let buffer = '';
    let current = '';
    socket.setEncoding('utf8');
    socket.on('error', reject);
    socket.on('data', (data: string) => {
      buffer += data;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        current += `${line}\n`;
        // "250-…" continues a reply, "250 …" ends it.
        if (line[3] === '-') continue;
        replies.push(current);
        current = '';
        const next = commands[replies.length - 1];
        if (next === undefined) {
          socket.end('QUIT\r\n');
          resolve(replies);
        } else socket.write(`${next}\r\n`);
      }
    });
  });
}
