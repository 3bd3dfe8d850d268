import { POLICE_REPORT_FORMAT, type PoliceReportPayload } from '@vaksam/domain/police/payload';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpPeer } from '../../../../test/smtp-peer';
import type { Database } from '../../../db/client';
import { createMailer } from '../../../platform/mail/mailer';
import { pdfText } from '../../../platform/pdf/pdf-text';
import { renderPoliceReportPdf } from '../pdf';
import { IntakePeer } from '../test-intake-peer';
import { emailAdapter } from './email';
import { httpAdapter } from './http';
import { PoliceDeliveryError } from './types';

const payload: PoliceReportPayload = {
  format: POLICE_REPORT_FORMAT,
  reportId: '01a20000-0000-7000-8000-00000000beef',
  builtAt: '2026-01-15T13:05:00.000Z',
  organisation: {
    name: 'Östra Butikerna AB',
    orgNumber: '556036-0793',
    contact: { name: 'Åsa Chef', email: 'asa@example.se', phone: '+46701234567' },
  },
  crime: {
    code: 'ran',
    label: 'Rån',
    incidentType: { code: 'robbery', label: 'Rån' },
    severity: { code: 'serious', label: 'Allvarlig händelse' },
  },
  time: { from: '2026-01-15T12:40:00.000Z', to: null },
  place: {
    unitName: 'Butik Storgatan',
    address: { street: 'Storgatan 1', postalCode: '903 26', city: 'Umeå' },
    municipality: { code: '2480', name: 'Umeå kommun' },
    county: { code: '24', name: 'Västerbottens län' },
    policeRegion: 'Region Nord',
    coordinates: { latitude: 63.8258, longitude: 20.263, source: 'unit' },
    scene: { code: 'checkout', label: 'Kassa' },
  },
  description: 'En maskerad person hotade kassören med kniv och tog växelkassan.',
  loss: { valueSek: 12_000, items: 'Växelkassa' },
  modusOperandi: [{ code: 'threat_with_weapon', label: 'Hot med vapen' }],
  tools: [{ code: 'knife', label: 'Kniv' }],
  perpetrators: { count: 1, descriptions: [{ code: 'masked', label: 'Maskerad' }] },
  witnesses: { any: true, count: 2 },
  injuries: { any: false, count: 0 },
  cctv: {
    available: true,
    camera: { name: 'Kassa 2', placement: 'Tak ovanför kassan', retentionDays: 30 },
    note: null,
  },
  policeAtScene: true,
  kNumber: null,
  attachments: { count: 2 },
};

let pdf: Buffer;
beforeAll(async () => {
  pdf = await renderPoliceReportPdf(payload, new Date('2026-01-15T13:10:00Z'));
});

describe('police report PDF', () => {
  it('holds every field of the payload, in Swedish', async () => {
    const text = await pdfText(pdf);
    for (const expected of [
      'Polisanmälan: Rån',
      'Från Östra Butikerna AB (556036-0793) via Vaksam',
      'Åsa Chef',
      '+46701234567',
      'asa@example.se',
      'Allvarlig händelse',
      '2026-01-15 13:40',
      'Storgatan 1, 903 26 Umeå',
      'Kassa',
      'Umeå kommun',
      'Västerbottens län',
      'Region Nord',
      '63.82580, 20.26300 (enhetens adress)',
      'En maskerad person hotade kassören med kniv och tog växelkassan.',
      'Växelkassa',
      '12 000 kr',
      'Hot med vapen',
      'Kniv',
      'Maskerad',
      'Kassa 2 (Tak ovanför kassan)',
      '30 dagar, därefter raderas filmen',
      POLICE_REPORT_FORMAT,
      'Skapad 2026-01-15 14:10 (svensk tid)',
    ])
      expect(text, expected).toContain(expected);
  });
});

describe('e-mail intake', () => {
  const smtp = new SmtpPeer();
  let mailer: ReturnType<typeof createMailer>;
  beforeAll(async () => {
    // The database is only used by the dev mailbox, which an SMTP mailer never touches.
    mailer = createMailer(
      { smtpUrl: await smtp.start(), mailFrom: 'Vaksam <no-reply@vaksam.test>' },
      {} as Database,
    );
  });
  afterAll(() => smtp.stop());

  it('mails the PDF and the JSON intact to the intake, replying to the contact person', async () => {
    const receipt = await emailAdapter(mailer, 'intake@polisen.test').deliver({
      deliveryId: 'd1',
      payload,
      pdf,
    });
    expect(receipt).toEqual({ reference: null, kNumber: null });
    const [mail] = smtp.to('intake@polisen.test');
    expect(mail?.subject).toBe('Polisanmälan: Rån – Östra Butikerna AB (556036-0793)');
    expect(mail?.replyTo).toBe('asa@example.se');
    expect(mail?.text).toContain('Kontaktperson: Åsa Chef, +46701234567, asa@example.se.');
    const [attachedPdf, attachedJson] = mail?.attachments ?? [];
    expect(attachedPdf?.filename).toBe('polisanmalan-2026-01-15-0000beef.pdf');
    expect(attachedPdf?.contentType).toBe('application/pdf');
    expect(attachedPdf?.content.equals(pdf)).toBe(true);
    expect(attachedJson?.filename).toBe('polisanmalan-2026-01-15-0000beef.json');
    expect(JSON.parse(attachedJson?.content.toString('utf8') ?? '')).toEqual(payload);
  });

  it('treats a refused recipient as final and an unreachable server as worth retrying', async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) =>
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })),
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const address = refusing.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const refused = createMailer(
        { smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, mailFrom: 'x@y.se' },
        {} as Database,
      );
      const error = await emailAdapter(refused, 'intake@polisen.test')
        .deliver({ deliveryId: 'd2', payload, pdf })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PoliceDeliveryError);
      expect(error).toMatchObject({ permanent: true });
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
    const unreachable = createMailer(
      { smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, mailFrom: 'x@y.se' },
      {} as Database,
    );
    const error = await emailAdapter(unreachable, 'intake@polisen.test')
      .deliver({ deliveryId: 'd3', payload, pdf })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: false });
  });
});

describe('HTTP intake', () => {
  const intake = new IntakePeer();
  beforeAll(() => intake.start());
  afterAll(() => intake.stop());

  it('posts the payload and the PDF with the bearer token and our delivery id, and keeps the reference', async () => {
    intake.answerNext({ status: 201, body: { reference: 'POL-2026-0042' } });
    const receipt = await httpAdapter(intake.url, 'hemligt').deliver({
      deliveryId: 'delivery-1',
      payload,
      pdf,
    });
    expect(receipt).toEqual({ reference: 'POL-2026-0042', kNumber: null });
    const request = intake.requests.at(-1);
    expect(request?.headers.authorization).toBe('Bearer hemligt');
    expect(request?.headers['idempotency-key']).toBe('delivery-1');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body.payload).toEqual(payload);
    expect(Buffer.from(request?.body.pdfBase64 ?? '', 'base64').equals(pdf)).toBe(true);
  });

  it('takes a K-nummer in the answer as confirmation, and ignores one that is not valid', async () => {
    intake.answerNext(
      { status: 200, body: { reference: 'R1', status: 'confirmed', kNumber: 'k 123456-26' } },
      { status: 200, body: { status: 'confirmed', kNumber: 'not a K-nummer' } },
    );
    const adapter = httpAdapter(intake.url, null);
    expect(await adapter.deliver({ deliveryId: 'd', payload, pdf })).toEqual({
      reference: 'R1',
      kNumber: 'K123456-26',
    });
    expect(await adapter.deliver({ deliveryId: 'd', payload, pdf })).toEqual({
      reference: null,
      kNumber: null,
    });
    expect(intake.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('gives up on a 4xx and retries 5xx, 429 and unreachable intakes', async () => {
    const adapter = httpAdapter(intake.url, null);
    const outcome = (status: number) => {
      intake.answerNext({ status, body: { error: 'nope' } });
      return adapter.deliver({ deliveryId: 'd', payload, pdf }).catch((e: unknown) => e);
    };
    expect(await outcome(400)).toMatchObject({
      permanent: true,
      message: 'Polisens mottagning svarade 400: {"error":"nope"}',
    });
    expect(await outcome(422)).toMatchObject({ permanent: true });
    expect(await outcome(503)).toMatchObject({ permanent: false });
    expect(await outcome(429)).toMatchObject({ permanent: false });
    const closed = new IntakePeer();
    const url = await closed.start();
    await closed.stop();
    const unreachable = await httpAdapter(url, null)
      .deliver({ deliveryId: 'd', payload, pdf })
      .catch((e: unknown) => e);
    expect(unreachable).toMatchObject({
      permanent: false,
      message: 'Polisens mottagning gick inte att nå (ECONNREFUSED)',
    });
  });
});
