import { expect, type Page, test } from '@playwright/test';
import { DEMO_UNIT_NAMES, demoReporter } from './support/demo';
import { checkpoint } from './support/evidence';
import { hasExif, photoWithGps } from './support/photos';
import { logIn } from './support/ui';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

type Summary = { id: string; description: string };
type Attachment = { id: string; contentType: string };

test('a report with a photo made offline is sent exactly once when the network returns', async ({
  page,
  context,
}, testInfo) => {
  const run = Date.now().toString(36);
  const [unit] = DEMO_UNIT_NAMES as [string];

  await page.goto('/login');
  await logIn(page, demoReporter);
  await expect(heading(page, 'Mina organisationer')).toBeVisible();
  // The service worker must control the page before the network goes, or a reload has nothing to show.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.getByRole('main').getByRole('link', { name: 'Rapportera händelse' }).click();
  await expect(heading(page, 'Rapportera händelse')).toBeVisible();
  await expect(page.getByText(unit, { exact: true })).toBeVisible();

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Skadegörelse' }).click();
  await page.getByText(unit, { exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Beskriv kort vad som hände' })
    .fill(`Krossad ruta i entrédörren, offline ${run}.`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Välj fil' }).click();
  await (await chooser).setFiles({ name: 'ruta.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps() });
  await expect(page.getByText('Valda filer: 1', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Skicka rapport' }).click();
  await expect(heading(page, 'Rapporten är sparad')).toBeVisible();
  const banner = page.getByRole('status').filter({ hasText: 'väntar på att skickas' });
  await expect(banner).toContainText('1 rapport väntar på att skickas');
  await expect(banner).toContainText('Ingen uppkoppling');
  await checkpoint(page, testInfo, 'offline-queued');

  // A reload without network: the app comes from the service worker, the report from IndexedDB.
  await page.reload();
  await expect(banner).toContainText('1 rapport väntar på att skickas');
  await checkpoint(page, testInfo, 'offline-after-reload');

  await context.setOffline(false);
  await expect(banner).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText('Rapporten som väntade har skickats')).toBeVisible();

  // Exactly one report on the server, with the photo, and the photo without its position.
  const list = await page.request.get(`/api/v1/incidents?q=${encodeURIComponent(`offline ${run}`)}`);
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: Summary[] };
  expect(items).toHaveLength(1);
  const incidentId = (items[0] as Summary).id;
  const files = await page.request.get(`/api/v1/incidents/${incidentId}/attachments`);
  const { items: attachments } = (await files.json()) as { items: Attachment[] };
  expect(attachments).toHaveLength(1);
  const photo = await page.request.get(
    `/api/v1/incidents/${incidentId}/attachments/${(attachments[0] as Attachment).id}`,
  );
  expect(photo.headers()['x-content-type-options']).toBe('nosniff');
  expect(await hasExif(await photo.body())).toBe(false);

  await page.goto(`/incidents/${incidentId}`);
  await expect(heading(page, 'Skadegörelse')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Visa ruta.jpg' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Visa ruta.jpg' }).locator('img')).toHaveJSProperty(
    'complete',
    true,
  );
  await checkpoint(page, testInfo, 'offline-report-arrived');
});
