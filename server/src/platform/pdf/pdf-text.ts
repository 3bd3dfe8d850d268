import { execFile } from 'node:child_process';

/**
 * The text of a PDF as poppler's `pdftotext` reads it — what a person copying from a viewer gets.
 * Tests assert on it; it needs poppler-utils on the machine.
 */
export function pdfText(pdf: Buffer, options: { layout?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-'];
    const child = execFile(
      'pdftotext',
      args,
      { encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin?.end(pdf);
  });
}

/** How many pages the PDF has, from `pdfinfo`. */
export function pdfPageCount(pdf: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = execFile('pdfinfo', ['-'], { encoding: 'utf8' }, (error, stdout) => {
      if (error) return reject(error);
      const match = /^Pages:\s+(\d+)/m.exec(stdout);
      return match ? resolve(Number(match[1])) : reject(new Error('pdfinfo printed no page count'));
    });
    child.stdin?.end(pdf);
  });
}
