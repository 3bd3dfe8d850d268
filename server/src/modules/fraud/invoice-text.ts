import { runInWorker } from '../../platform/workers/run-in-worker';

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

/** A generated invoice reads in well under a second; one that takes this long is not one we want. */
const READ_TIMEOUT_MS = 15_000;

const PDF_TEXT_WORKER = new URL('./pdf-text-worker.mjs', import.meta.url);

type Item = { str: string; x: number; y: number; width: number; size: number };

type WorkerAnswer =
  | { ok: true; pages: Item[][] }
  | { ok: false; reason: 'encrypted' | 'invalid'; message: string };

/**
 * The text of the first pages of a PDF, a line per printed line, pages separated by an empty line. pdf.js
 * (in a worker thread) gives text in drawing order, which in generated invoices is often column by column,
 * so items are put back into lines by their baseline and ordered left to right.
 */
export async function extractPdfText(pdf: Buffer): Promise<string> {
  // A copy goes to the worker (and is moved, not copied again): the caller keeps its buffer.
  const data = new Uint8Array(pdf);
  let answer: WorkerAnswer;
  try {
    answer = await runInWorker<WorkerAnswer>(
      PDF_TEXT_WORKER,
      { pdf: data, maxPages: MAX_PAGES },
      { timeoutMs: READ_TIMEOUT_MS, maxHeapMb: 512, transferList: [data.buffer] },
    );
  } catch (error) {
    // Out of time or out of memory: to the uploader the file is as unreadable as a damaged one.
    throw new UnreadablePdfError('invalid', { cause: error });
  }
  if (!answer.ok) throw new UnreadablePdfError(answer.reason, { cause: new Error(answer.message) });
  return answer.pages.map((items) => toLines(items).join('\n')).join('\n\n');
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
