import { findPaymentIdentifiers } from '@vaksam/domain/fraud/identifiers-in-text';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractPdfText, MAX_PAGES, UnreadablePdfError } from './invoice-text';

type Doc = PDFKit.PDFDocument;

function renderPdf(draw: (doc: Doc) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, ...options });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

async function identifiersIn(pdf: Buffer) {
  return findPaymentIdentifiers(await extractPdfText(pdf)).map(({ kind, normalized }) => [kind, normalized]);
}

/** Text at a fixed position, without pdfkit wrapping or moving the cursor for the next call. */
function at(doc: Doc, text: string, x: number, y: number, size = 10, font = 'Helvetica') {
  doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false });
}

function letterhead(doc: Doc) {
  at(doc, 'Glans Städ & Fönsterputs AB', 50, 50, 16, 'Helvetica-Bold');
  at(doc, 'Storgatan 12, 111 22 Stockholm', 50, 72);
  at(doc, 'Tel 08-123 45 67  ·  info@glansstad.se', 50, 86);
  at(doc, 'FAKTURA', 420, 50, 20, 'Helvetica-Bold');
}

function itemTable(doc: Doc, top: number, rows: [string, string][]) {
  at(doc, 'Beskrivning', 50, top, 10, 'Helvetica-Bold');
  at(doc, 'Belopp', 470, top, 10, 'Helvetica-Bold');
  rows.forEach(([text, amount], i) => {
    at(doc, text, 50, top + 18 + i * 16);
    at(doc, amount, 470, top + 18 + i * 16);
  });
}

describe('extractPdfText: invoices', () => {
  it('(a) reads labels and values printed on one line', async () => {
    const pdf = await renderPdf((doc) => {
      letterhead(doc);
      at(doc, 'Fakturanummer: 102343', 50, 130);
      at(doc, 'Fakturadatum: 2025-03-01', 50, 144);
      at(doc, 'Förfallodatum: 2025-03-31', 50, 158);
      at(doc, 'Kundnummer: 297-3675', 50, 172);
      itemTable(doc, 210, [
        ['Fönsterputs mars, 4 tim', '2 400,00'],
        ['Storstädning trapphus', '7 560,00'],
        ['Moms 25 %', '2 490,00'],
      ]);
      at(doc, 'Att betala: 12 450,00 kr', 50, 300, 12, 'Helvetica-Bold');
      at(doc, 'Bankgiro: 5050-1055', 50, 330);
      at(doc, 'OCR-nummer: 5567030217', 50, 344);
      at(doc, 'Org.nr: 556036-0793', 50, 358);
      at(doc, 'Godkänd för F-skatt', 50, 372);
    });
    const text = await extractPdfText(pdf);
    expect(text).toContain('Bankgiro: 5050-1055');
    expect(text).toContain('Fönsterputs mars, 4 tim 2 400,00');
    expect(await identifiersIn(pdf)).toEqual([
      ['bankgiro', '50501055'],
      ['organisationsnummer', '5560360793'],
    ]);
  });

  it('(b) reads a footer with headings in one row and the values in the row below', async () => {
    const pdf = await renderPdf((doc) => {
      letterhead(doc);
      at(doc, 'Fakturanummer 20251187    OCR 5567030217', 50, 130);
      itemTable(doc, 170, [['Konsulttjänster februari', '18 750,00']]);
      at(doc, 'Betalningsvillkor 30 dagar. Vid försenad betalning debiteras dröjsmålsränta.', 50, 260, 9);
      doc.moveTo(50, 740).lineTo(545, 740).strokeColor('#999999').stroke();
      const columns = [50, 150, 240, 320, 410, 480];
      const headings = ['Adress', 'Telefon', 'Bankgiro', 'Plusgiro', 'Org.nr', 'Momsreg.nr'];
      const values = [
        'Storgatan 12',
        '08-123 45 67',
        '297-3675',
        '90 20 01-7',
        '556036-0793',
        'SE556036079301',
      ];
      for (const [i, x] of columns.entries()) {
        at(doc, headings[i] ?? '', x, 748, 7, 'Helvetica-Bold');
        at(doc, values[i] ?? '', x, 758, 7);
      }
      at(doc, '111 22 Stockholm', 50, 767, 7);
    });
    const text = await extractPdfText(pdf);
    expect(text).toContain(
      'Adress Telefon Bankgiro Plusgiro Org.nr Momsreg.nr\nStorgatan 12 08-123 45 67 297-3675',
    );
    expect(await identifiersIn(pdf)).toEqual([
      ['bankgiro', '2973675'],
      ['plusgiro', '9020017'],
      ['organisationsnummer', '5560360793'],
    ]);
  });

  it('(c) reads a payment box on the right beside text of other sizes, with the IBAN in groups', async () => {
    const pdf = await renderPdf((doc) => {
      at(doc, 'FAKTURA', 50, 50, 26, 'Helvetica-Bold');
      at(doc, 'Nordisk Hantverksservice AB', 50, 90, 13, 'Helvetica-Bold');
      at(doc, 'Org.nr 202100-5489', 50, 108, 8);
      doc.rect(330, 50, 215, 200).strokeColor('#333333').stroke();
      const box: [string, string, number][] = [
        ['Att betala', '8 125,00 EUR', 14],
        ['Förfallodatum', '2025-04-30', 11],
        ['Bankgiro', '5050-1055', 11],
        ['IBAN', 'SE45 5000 0000 0583 9825 7466', 11],
        ['BIC', 'ESSESESS', 11],
      ];
      box.forEach(([label, value, size], i) => {
        at(doc, label, 340, 60 + i * 36, 8);
        at(doc, value, 340, 71 + i * 36, size, 'Helvetica-Bold');
      });
      // Left-column text at the heights of the box's rows, so extraction puts them on the same lines.
      at(doc, 'Kund: Bostadsrättsföreningen Linden', 50, 132, 10);
      at(doc, 'Er referens: Anna Svensson', 50, 168, 10);
      at(doc, 'Kundnummer 4711081', 50, 179, 9);
      at(doc, 'Leveransdatum 2025-03-12', 50, 215, 9);
      itemTable(doc, 290, [['Byte av fönsterbågar, 3 st', '6 500,00']]);
      at(doc, 'Betala till IBAN ovan. Ange fakturanummer 1023447111 som referens.', 50, 360, 9);
    });
    const text = await extractPdfText(pdf);
    expect(text).toContain('SE45 5000 0000 0583 9825 7466');
    expect(await identifiersIn(pdf)).toEqual([
      ['organisationsnummer', '2021005489'],
      ['bankgiro', '50501055'],
      ['iban', 'SE4550000000058398257466'],
    ]);
  });

  it('reads every page of a multi-page invoice and reports each number once', async () => {
    const pdf = await renderPdf((doc) => {
      const footer = () => at(doc, 'Glans Städ AB · Org.nr 556036-0793 · Bankgiro 5050-1055', 50, 790, 8);
      letterhead(doc);
      itemTable(
        doc,
        130,
        Array.from({ length: 30 }, (_, i) => [
          `Städning lägenhet ${i + 1}, ärende 2025-${100 + i}`,
          '1 250,00',
        ]),
      );
      footer();
      doc.addPage();
      itemTable(doc, 50, [['Material', '3 400,00']]);
      at(doc, 'Summa att betala 40 900,00 kr', 50, 120, 12, 'Helvetica-Bold');
      at(doc, 'Plusgiro', 50, 150);
      at(doc, '4 12 34-6', 50, 164, 12, 'Helvetica-Bold');
      footer();
      doc.addPage();
      at(doc, 'Allmänna villkor', 50, 50, 14, 'Helvetica-Bold');
      at(doc, 'Betalning till annat konto än ovan godkänns inte. Momsreg.nr SE556036079301.', 50, 80, 9);
      footer();
    });
    const text = await extractPdfText(pdf);
    expect(text.split('\n\n')).toHaveLength(3);
    expect(await identifiersIn(pdf)).toEqual([
      ['organisationsnummer', '5560360793'],
      ['bankgiro', '50501055'],
      ['plusgiro', '412346'],
    ]);
  });

  it(`reads only the first ${MAX_PAGES} pages`, async () => {
    const pdf = await renderPdf((doc) => {
      at(doc, 'Org.nr 556036-0793', 50, 50);
      for (let page = 2; page <= MAX_PAGES + 2; page++) {
        doc.addPage();
        at(doc, `Sida ${page}`, 50, 50);
        if (page === MAX_PAGES) at(doc, 'Bankgiro 297-3675', 50, 70);
        if (page === MAX_PAGES + 1) at(doc, 'Bankgiro 5050-1055', 50, 70);
      }
    });
    const text = await extractPdfText(pdf);
    expect(text).toContain(`Sida ${MAX_PAGES}`);
    expect(text).not.toContain(`Sida ${MAX_PAGES + 1}`);
    expect(await identifiersIn(pdf)).toEqual([
      ['organisationsnummer', '5560360793'],
      ['bankgiro', '2973675'],
    ]);
  });

  it('joins text drawn in pieces without inventing spaces inside words', async () => {
    const pdf = await renderPdf((doc) => {
      doc.font('Helvetica-Bold').fontSize(10).text('Bank', 50, 50, { continued: true });
      doc.font('Helvetica').text('giro: 5050-', { continued: true }).text('1055');
    });
    expect(await extractPdfText(pdf)).toBe('Bankgiro: 5050-1055');
  });
});

describe('extractPdfText: unreadable files', () => {
  const invoice = () => renderPdf((doc) => at(doc, 'Bankgiro 5050-1055', 50, 50));

  it('refuses what is not a PDF', async () => {
    for (const buffer of [
      Buffer.alloc(0),
      Buffer.from('Bankgiro 5050-1055'),
      Buffer.from('%PDF-1.7\nnot really'),
    ]) {
      await expect(extractPdfText(buffer)).rejects.toMatchObject({
        name: 'UnreadablePdfError',
        reason: 'invalid',
      });
    }
  });

  it('refuses a truncated PDF', async () => {
    const pdf = await invoice();
    const error = await extractPdfText(pdf.subarray(0, Math.floor(pdf.length / 2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadablePdfError);
    expect(error).toMatchObject({ reason: 'invalid' });
  });

  it('refuses a PDF that needs a password to open, and reads one that only restricts editing', async () => {
    const locked = await renderPdf((doc) => at(doc, 'Bankgiro 5050-1055', 50, 50), {
      userPassword: 'hemligt',
      ownerPassword: 'agare',
    });
    await expect(extractPdfText(locked)).rejects.toMatchObject({
      name: 'UnreadablePdfError',
      reason: 'encrypted',
    });
    const restricted = await renderPdf((doc) => at(doc, 'Bankgiro 5050-1055', 50, 50), {
      ownerPassword: 'agare',
      permissions: { printing: 'highResolution' },
    });
    expect(await extractPdfText(restricted)).toBe('Bankgiro 5050-1055');
  });

  it('leaves the caller’s buffer intact', async () => {
    const pdf = await invoice();
    const copy = Buffer.from(pdf);
    await extractPdfText(pdf);
    expect(pdf.equals(copy)).toBe(true);
  });
});
