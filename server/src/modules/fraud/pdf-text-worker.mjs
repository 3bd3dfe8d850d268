// Reads the positioned text of a PDF's first pages with pdf.js, in a thread of its own: pdf.js's build for
// Node installs core-js polyfills over built-ins (JSON.stringify among them, several times slower than the
// native one), which must not reach the thread that answers requests; and a hostile PDF can keep it busy.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdf.js reads CMaps and standard font metrics from files; without them some fonts lose their text.
const PDFJS_ROOT = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

async function readPages({ pdf, maxPages }) {
  const task = getDocument({
    data: pdf,
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
    const pages = [];
    for (let number = 1; number <= Math.min(document.numPages, maxPages); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
        items.push({ str: item.str, x, y, width: item.width, size: item.height || Math.hypot(a, b) });
      }
      pages.push(items);
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

try {
  parentPort.postMessage({ ok: true, pages: await readPages(workerData) });
} catch (error) {
  const encrypted = error instanceof Error && error.name === 'PasswordException';
  parentPort.postMessage({
    ok: false,
    reason: encrypted ? 'encrypted' : 'invalid',
    message: error instanceof Error ? error.message : String(error),
  });
}
