import type { Language } from '@vaksam/domain/common';
import PDFDocument from 'pdfkit';
import { formatStockholmDateTime } from './time';
import { toWinAnsi } from './winansi';

const MM = 72 / 25.4;
const MARGIN = 20 * MM;
/** Room under the text for the footer line. */
const FOOTER_SPACE = 12 * MM;
const LABEL_WIDTH = 55 * MM;
const COLUMN_GAP = 4 * MM;

const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#b5bcc6';

const FOOTER_TEXT: Record<Language, (when: string, page: number, pages: number) => string> = {
  sv: (when, page, pages) => `Skapad ${when} (svensk tid) · Sida ${page} av ${pages}`,
  en: (when, page, pages) => `Generated ${when} (Swedish time) · Page ${page} of ${pages}`,
};

export type PdfMeta = {
  title: string;
  subtitle?: string;
  lang: Language;
  /** The time printed in the footer; now unless a caller snapshots it. */
  generatedAt?: Date;
  /** Who produced the document, e.g. the organisation. */
  author?: string;
};

/** A key–value row; `null` or an empty string prints a dash, so a missing answer is visibly missing. */
export type PdfRow = [label: string, value: string | null];

/**
 * A4 documents with a title, sections of key–value rows and paragraphs, and a footer on every page with
 * the generation time and page numbers. Text is drawn in the built-in Helvetica, so nothing is embedded
 * and Swedish letters render without a font file.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;
  private readonly generatedAt: Date;

  constructor(private readonly meta: PdfMeta) {
    this.generatedAt = meta.generatedAt ?? new Date();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
      bufferPages: true,
      lang: meta.lang === 'en' ? 'en-GB' : 'sv-SE',
      displayTitle: true,
      info: {
        Title: toWinAnsi(meta.title),
        Author: toWinAnsi(meta.author ?? 'Vaksam'),
        Creator: 'Vaksam',
        CreationDate: this.generatedAt,
      },
    });
    const chunks: Buffer[] = [];
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.fillColor(INK).font('Helvetica-Bold').fontSize(20).text(toWinAnsi(meta.title));
    if (meta.subtitle) {
      this.doc.moveDown(0.2).font('Helvetica').fontSize(11).fillColor(MUTED).text(toWinAnsi(meta.subtitle));
    }
    this.doc.fillColor(INK).moveDown(0.6);
  }

  private get contentWidth() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  private ensureRoom(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(text: string): this {
    const title = toWinAnsi(text);
    this.doc.font('Helvetica-Bold').fontSize(13);
    // A heading never ends a page on its own: keep room for it and a row below.
    this.ensureRoom(this.doc.heightOfString(title) + 40);
    this.doc.moveDown(0.6);
    const x = this.doc.page.margins.left;
    this.doc.text(title, x, this.doc.y);
    const y = this.doc.y + 2;
    this.doc
      .moveTo(x, y)
      .lineTo(x + this.contentWidth, y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    this.doc.y = y + 6;
    return this;
  }

  /** Label and value side by side; a row is never split across pages unless it is taller than one. */
  rows(rows: readonly PdfRow[]): this {
    const x = this.doc.page.margins.left;
    const valueWidth = this.contentWidth - LABEL_WIDTH - COLUMN_GAP;
    for (const [rawLabel, rawValue] of rows) {
      const label = toWinAnsi(rawLabel);
      const value = toWinAnsi(rawValue === null || rawValue.trim() === '' ? '–' : rawValue);
      this.doc.fontSize(10.5);
      const labelHeight = this.doc.font('Helvetica-Bold').heightOfString(label, { width: LABEL_WIDTH });
      const valueHeight = this.doc.font('Helvetica').heightOfString(value, { width: valueWidth });
      const height = Math.max(labelHeight, valueHeight);
      if (height < this.bottom - this.doc.page.margins.top) this.ensureRoom(height);
      const top = this.doc.y;
      this.doc.font('Helvetica-Bold').fillColor(MUTED).text(label, x, top, { width: LABEL_WIDTH });
      const afterLabel = this.doc.y;
      this.doc
        .font('Helvetica')
        .fillColor(INK)
        .text(value, x + LABEL_WIDTH + COLUMN_GAP, top, { width: valueWidth });
      const valueEnd = this.doc.y;
      // A value longer than a page continues on the next one; the label stays where it began.
      const continued = valueEnd < top;
      this.doc.y = (continued ? valueEnd : Math.max(valueEnd, afterLabel)) + 4;
    }
    return this;
  }

  paragraph(text: string, options: { muted?: boolean } = {}): this {
    const x = this.doc.page.margins.left;
    this.doc
      .font('Helvetica')
      .fontSize(10.5)
      .fillColor(options.muted ? MUTED : INK);
    this.ensureRoom(this.doc.currentLineHeight(true) * 2);
    this.doc.text(toWinAnsi(text), x, this.doc.y, { width: this.contentWidth, paragraphGap: 4 });
    this.doc.fillColor(INK);
    return this;
  }

  /** Draws the footers (now that the page count is known) and returns the finished file. */
  async finish(): Promise<Buffer> {
    const when = formatStockholmDateTime(this.generatedAt);
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const bottomMargin = page.margins.bottom;
      // Writing inside the bottom margin would otherwise make pdfkit start a new page.
      page.margins.bottom = 0;
      const y = page.height - MARGIN - 8;
      this.doc
        .moveTo(page.margins.left, y - 4)
        .lineTo(page.width - page.margins.right, y - 4)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      this.doc
        .font('Helvetica')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(
          toWinAnsi(FOOTER_TEXT[this.meta.lang](when, index - range.start + 1, range.count)),
          page.margins.left,
          y,
          { width: page.width - page.margins.left - page.margins.right, align: 'center', lineBreak: false },
        );
      page.margins.bottom = bottomMargin;
    }
    this.doc.end();
    return this.done;
  }
}
