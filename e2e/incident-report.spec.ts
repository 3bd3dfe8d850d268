import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { DEMO_UNIT_NAMES, demoManager, demoReporter } from './support/demo';
import { checkpoint } from './support/evidence';
import { logIn } from './support/ui';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** A combobox-style Mantine input (Select, MultiSelect) by its label, then one of its options. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a reporter files reports quickly and a manager handles them', async ({ page }, testInfo) => {
  const run = Date.now().toString(36);
  const [unit] = DEMO_UNIT_NAMES as [string];

  await page.goto('/login');
  await logIn(page, demoReporter);
  await expect(heading(page, 'Mina organisationer')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Demobutikerna i Sverige AB' })).toBeVisible();
  await checkpoint(page, testInfo, 'start-page');

  // INC-1: the basic report, counting every click and fill from the start page.
  let interactions = 0;
  const tap = async (target: Locator) => {
    interactions++;
    await target.click();
  };
  const type = async (target: Locator, text: string) => {
    interactions++;
    await target.fill(text);
  };
  await tap(page.getByRole('main').getByRole('link', { name: 'Rapportera händelse' }));
  await expect(heading(page, 'Rapportera händelse')).toBeVisible();
  await checkpoint(page, testInfo, 'report-form');
  await tap(page.getByRole('button', { name: 'Stöld/snatteri' }));
  await tap(page.getByText(unit, { exact: true }));
  await type(
    page.getByRole('textbox', { name: 'Beskriv kort vad som hände' }),
    `Kaffepaket försvann från hyllan, prov ${run}.`,
  );
  await tap(page.getByRole('button', { name: 'Skicka rapport' }));
  await expect(heading(page, 'Rapporten är skickad')).toBeVisible();
  expect(interactions, 'interactions for a basic report').toBeLessThanOrEqual(5);
  await checkpoint(page, testInfo, 'report-sent');

  // INC-2 and PRIV-1: a detailed robbery report whose text names a phone number.
  await page.getByRole('button', { name: 'Rapportera en till' }).click();
  await expect(heading(page, 'Rapportera händelse')).toBeVisible();
  await page.getByRole('button', { name: 'Rån' }).click();
  await expect(
    page.getByRole('checkbox', { name: unit }).or(page.getByRole('radio', { name: unit })),
  ).toBeChecked();
  await page
    .getByRole('textbox', { name: 'Beskriv kort vad som hände' })
    .fill(`Två maskerade personer tog kassalådan, prov ${run}. Vittnet nås på 070-123 45 67.`);
  await page.getByRole('button', { name: 'Fler detaljer' }).click();
  await page.getByRole('textbox', { name: 'Värde (kr)' }).fill('25000');
  await choose(page, 'Brottsverktyg', 'Kniv');
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Antal gärningspersoner' }).fill('2');
  await choose(page, 'Beskrivning av gärningspersonerna', 'Maskerad');
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Ja' }).first().check();
  await expect(page.getByRole('textbox', { name: 'Vilken kamera?' })).toBeVisible();
  await checkpoint(page, testInfo, 'report-details');
  await page.getByRole('button', { name: 'Skicka rapport' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Texten verkar innehålla personuppgifter' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('telefonnummer');
  await expect(warning).toContainText('070-123 45 67');
  await checkpoint(page, testInfo, 'privacy-warning');
  await page.getByRole('button', { name: 'Ta bort uppgifterna' }).click();
  await expect(heading(page, 'Rapporten är skickad')).toBeVisible();
  await page.getByRole('link', { name: 'Visa rapporten' }).click();
  await expect(heading(page, 'Rån')).toBeVisible();
  await expect(page.getByText(`prov ${run}`)).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('070-123 45 67');
  await expect(page.getByRole('main')).toContainText('25 000 kr');
  await expect(page.getByRole('main')).toContainText('Kniv');
  await checkpoint(page, testInfo, 'reporter-incident');

  // The reporter corrects the text; the form is the same as for a new report.
  await page.getByRole('button', { name: 'Ändra' }).click();
  await expect(heading(page, 'Ändra rapport')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Värde (kr)' })).toHaveValue('25 000 kr');
  await page
    .getByRole('textbox', { name: 'Beskriv kort vad som hände' })
    .fill(`Två maskerade personer tog kassalådan vid stängning, prov ${run}.`);
  await checkpoint(page, testInfo, 'edit-report');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(heading(page, 'Rån')).toBeVisible();
  await expect(page.getByText(`vid stängning, prov ${run}`)).toBeVisible();

  await page.goto('/incidents');
  await expect(heading(page, 'Mina rapporter')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: `prov ${run}` })).toHaveCount(2);
  await checkpoint(page, testInfo, 'my-reports');

  // INC-4/INC-8: the manager finds both, takes the robbery on and sees it in the history.
  await page.context().clearCookies();
  await page.goto('/login');
  await logIn(page, demoManager);
  await expect(heading(page, 'Mina organisationer')).toBeVisible();
  await page.getByRole('button', { name: 'Användarmeny' }).click();
  await page.getByRole('link', { name: 'Ärenden' }).click();
  await expect(heading(page, 'Ärenden')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Sök i beskrivningen' }).fill(run);
  const rows = page.getByRole('list', { name: 'Rapporter' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await checkpoint(page, testInfo, 'manager-list');
  await rows.filter({ hasText: 'Rån' }).getByRole('link', { name: 'Rån' }).click();
  await expect(heading(page, 'Rån')).toBeVisible();
  await choose(page, 'Ny status', 'Under hantering');
  await page.getByRole('textbox', { name: 'Anteckning (frivillig)' }).fill(`Polisanmälan görs, ${run}.`);
  await page.getByRole('button', { name: 'Ändra status' }).click();
  await expect(page.getByRole('main').getByText('Under hantering', { exact: true }).first()).toBeVisible();
  const history = page
    .getByRole('region', { name: 'Historik' })
    .or(page.locator('section', { hasText: 'Historik' }));
  await expect(history).toContainText('Ny → Under hantering');
  await expect(history).toContainText(`Polisanmälan görs, ${run}.`);
  await expect(history).toContainText('Rita Rapportör');
  await checkpoint(page, testInfo, 'manager-incident');
  await expectAccessible(page, 'incident after status change');
});
