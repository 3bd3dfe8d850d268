import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { demoManager } from './support/demo';
import { field, logIn } from './support/ui';

test('a manager finds a checklist, runs it, and writes a checklist of her own', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto('/login');
  await logIn(page, demoManager);
  await expect(page).not.toHaveURL(/\/login/);

  await page.getByRole('button', { name: 'Användarmeny' }).click();
  await page.getByRole('link', { name: 'Bibliotek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliotek' })).toBeVisible();

  // Swedish search finds inflected words and marks them; member-only advice is not there for a non-member.
  await page.getByRole('searchbox', { name: 'Sök i biblioteket' }).fill('rånet');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=r%C3%A5net|q=rånet/);
  const results = page.getByRole('list', { name: 'Sökresultat' });
  await expect(results.getByRole('link', { name: 'Rån – under och efter' })).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  await expect(results.getByText('Förebygg rån i butiken')).toHaveCount(0);
  await expectAccessible(page, 'library search');
  await page.screenshot({ path: test.info().outputPath('library-search.png'), fullPage: true });

  await results.getByRole('link', { name: 'Rån – under och efter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rån – under och efter' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Gör inget motstånd' }).check();
  await page.getByRole('checkbox', { name: 'Följ inte efter rånaren' }).check();
  await expect(page.getByText('2 av 18').first()).toBeVisible();
  await field(page, 'Anteckning om genomgången').fill('Övning med personalen');
  await page.getByRole('button', { name: 'Spara genomgång' }).click();
  await expect(page.getByText('Genomgången är sparad: 2 av 18 avbockade')).toBeVisible();
  const history = page.getByRole('list', { name: 'Dina tidigare genomgångar' });
  await expect(history.getByText('2 av 18')).toBeVisible();
  await expectAccessible(page, 'checklist run');
  await page.screenshot({ path: test.info().outputPath('library-run.png'), fullPage: true });

  await page.getByRole('link', { name: 'Till biblioteket' }).click();
  await page.getByRole('link', { name: 'Skriv egen checklista eller anteckning' }).click();
  await field(page, 'Rubrik').fill('Stängning Avenyn');
  await page.getByRole('textbox', { name: 'Punkter' }).fill('Räkna kassan\nLås bakdörren\nLarma på');
  await page.getByRole('textbox', { name: 'Text' }).fill('Gör punkterna i **den här** ordningen.');
  await page.getByRole('tab', { name: 'Förhandsgranska' }).click();
  await expect(page.locator('strong', { hasText: 'den här' })).toBeVisible();
  await expectAccessible(page, 'library editor');
  await page.getByRole('button', { name: 'Spara posten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stängning Avenyn' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Larma på' })).toBeVisible();

  await page.getByRole('link', { name: 'Till biblioteket' }).click();
  await page.getByRole('searchbox', { name: 'Sök i biblioteket' }).fill('bakdörr');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('list', { name: 'Sökresultat' }).getByRole('link', { name: 'Stängning Avenyn' }),
  ).toBeVisible();
});
