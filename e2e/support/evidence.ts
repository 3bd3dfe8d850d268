import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expectAccessible } from './axe';

/** Outside the artifacts folder, which Playwright empties at the start of every run. */
const KEEP_DIR = path.resolve(import.meta.dirname, '../../test-results/e2e-screenshots');

/**
 * Records one step of a journey: a full-page screenshot (kept as artifact, attachment and copy)
 * and an axe check of the page as it is now.
 */
export async function checkpoint(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // A confirmation toast closes by itself; judged while it fades out, its text has half its contrast.
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  const file = testInfo.outputPath(`${name}.png`);
  // A scrolled page would show the fixed header half-way down the full-page image.
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
  fs.mkdirSync(KEEP_DIR, { recursive: true });
  fs.copyFileSync(file, path.join(KEEP_DIR, `${path.basename(testInfo.file, '.spec.ts')}-${name}.png`));
  await expectAccessible(page, name);
}
