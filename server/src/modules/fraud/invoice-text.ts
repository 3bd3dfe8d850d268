import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A file that is not a PDF we can open: damaged, truncated, or locked with a password. */
export class UnreadablePdfError extends Error {
  constructor(
    readonly reason: 'encrypted' | 'invalid',
    options?: { cause?: unknown },
  ) {
    super(
      reason === 'encrypted' ? 'The PDF needs a password to open' : 'The file is not a readable PDF',
      options,
    );
    this.name = 'UnreadablePdfError';
  }
}

/** An invoice's payment details are on its first pages; a longer file is an attachment bundle or an attack. */
export const MAX_PAGES = 20;

// pdf.js reads CMaps and standard font metrics from files; without them some fonts lose their text.
const PDFJS_ROOT = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

type Item = { str: string; x: number; y: number; width: number; size: number };

/**
 * The text of the first pages of a PDF, a line per printed line, pages separated by an empty line. pdf.js
 * gives text in drawing order, which in generated invoices is often column by column, so items are put back
 * into lines by their baseline and ordered left to right.
 */
export async function extractPdfText(pdf: Buffer): Promise<string> {
  const task = getDocument({
    // pdf.js takes ownership of the array it is given, so it gets a copy rather than the caller's buffer.
    data: new Uint8Array(pdf),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    cMapUrl: `${PDFJS_ROOT}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_ROOT}/standard_fonts/`,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
        items.push({ str: item.str, x, y, width: item.width, size: item.height || Math.hypot(a, b) });
      }
      pages.push(toLines(items).join('\n'));
      page.cleanup();
    }
    return pages.join('\n\n');
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new UnreadablePdfError('encrypted', { cause: error });
    }
    throw new UnreadablePdfError('invalid', { cause: error });
  } finally {
    await task.destroy();
  }
}

function toLines(items: Item[]): string[] {
  // PDF y grows upwards, so the top line has the largest y.
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    // Text of different sizes on one line shares a baseline within a fraction of the smaller size.
    if (line && first && Math.abs(first.y - item.y) <= 0.4 * Math.min(first.size, item.size)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => joinLine(line.sort((p, q) => p.x - q.x))).filter((text) => text !== '');
}

function joinLine(items: Item[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    // A gap of a fifth of the font size is about a space in Helvetica and Times; less is kerning.
    const gap = item.x - end > 0.2 * item.size;
    if (text !== '' && gap && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}
