import { describe, expect, it } from 'vitest';
import { PdfWriter } from './document';
import { pdfPageCount, pdfText } from './pdf-text';
import { formatSek, formatStockholmDateTime } from './time';
import { toWinAnsi } from './winansi';

describe('PDF writer', () => {
  it('renders Swedish letters, sections and a footer with the Swedish generation time', async () => {
    const pdf = await new PdfWriter({
      title: 'Händelserapport',
      subtitle: 'Åtgärdad – Östra Ågatan',
      lang: 'sv',
      generatedAt: new Date('2026-01-15T13:05:00Z'),
    })
      .heading('Var och när')
      .rows([
        ['Plats', 'Butik Storgatan, Göteborg'],
        ['Värde', formatSek(12_500, 'sv')],
        ['Vittnen', null],
      ])
      .paragraph('Två jackor stals från hyllan vid entrén – “snabbt” och målmedvetet.')
      .finish();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const expected of [
      'Händelserapport',
      'Åtgärdad – Östra Ågatan',
      'Var och när',
      'Butik Storgatan, Göteborg',
      '12 500 kr',
      'Två jackor stals från hyllan vid entrén – “snabbt” och målmedvetet.',
      // 13:05 UTC is 14:05 in Stockholm in winter.
      'Skapad 2026-01-15 14:05 (svensk tid) · Sida 1 av 1',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Vittnen\s+–/);
  });

  it('breaks long content onto new pages and numbers every page', async () => {
    const writer = new PdfWriter({
      title: 'Long report',
      lang: 'en',
      generatedAt: new Date('2026-07-01T08:00:00Z'),
    });
    for (let section = 1; section <= 12; section++) {
      writer
        .heading(`Section ${section}`)
        .rows(
          Array.from(
            { length: 6 },
            (_, row) => [`Field ${section}.${row}`, `Value ${section}.${row} `.repeat(8)] as [string, string],
          ),
        );
    }
    const pdf = await writer.finish();
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    const text = await pdfText(pdf);
    expect(text).toContain(`Generated 2026-07-01 10:00 (Swedish time) · Page ${pages} of ${pages}`);
    expect(text).toContain('Field 12.5');
  });
});

describe('WinAnsi text', () => {
  it('keeps Swedish and typographic characters and replaces what the built-in font cannot draw', () => {
    expect(toWinAnsi('Räksmörgås ÅÄÖ – “ok” … € 12\u202f000')).toBe('Räksmörgås ÅÄÖ – “ok” … € 12 000');
    expect(toWinAnsi('Łódź → Gdańsk 😀')).toBe('Lódz -> Gdansk ?');
  });
});

describe('Swedish time', () => {
  it('formats in Europe/Stockholm across daylight saving', () => {
    expect(formatStockholmDateTime(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29 01:30');
    expect(formatStockholmDateTime('2026-03-29T01:30:00Z')).toBe('2026-03-29 03:30');
  });
});
