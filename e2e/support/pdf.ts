import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, type TestInfo } from '@playwright/test';

const run = promisify(execFile);

/** Where evidence.ts keeps the checkpoint screenshots; a rendered PDF page sits beside them. */
const KEEP_DIR = path.resolve(import.meta.dirname, '../../test-results/e2e-screenshots');

/** Writes a PDF into the test's output folder and returns its path, for poppler to read. */
export function savePdf(testInfo: TestInfo, name: string, bytes: Buffer): string {
  expect(bytes.subarray(0, 5).toString('latin1'), `${name} is a PDF`).toBe('%PDF-');
  const file = testInfo.outputPath(`${name}.pdf`);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The PDF's text as poppler reads it, with every run of white space made one space (lines wrap anywhere). */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

/**
 * Renders the first page at 60 dpi and keeps it like a checkpoint screenshot (attachment and copy), so a
 * person can see what the police would get.
 */
export async function attachFirstPage(testInfo: TestInfo, name: string, file: string): Promise<void> {
  const prefix = testInfo.outputPath(name);
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  const png = `${prefix}.png`;
  await testInfo.attach(name, { path: png, contentType: 'image/png' });
  fs.mkdirSync(KEEP_DIR, { recursive: true });
  fs.copyFileSync(png, path.join(KEEP_DIR, `${path.basename(testInfo.file, '.spec.ts')}-${name}.png`));
}
