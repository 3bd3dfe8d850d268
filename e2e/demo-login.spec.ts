import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_ORG_NAME, DEMO_UNIT_NAMES, demoManager, demoReporter } from './support/demo';
import { checkpoint } from './support/evidence';
import { field, logIn } from './support/ui';

/** Presses Tab until the locator has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, maxPresses = 20): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} was not reached within ${maxPresses} presses of Tab`);
}

test('the demo manager logs in and sees the demo organisation with its two units', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await logIn(page, demoManager);

  const orgs = page.getByRole('list', { name: 'Mina organisationer' });
  const demoOrg = orgs.getByRole('listitem').filter({ hasText: DEMO_ORG_NAME });
  await expect(demoOrg).toContainText('Chef');
  await checkpoint(page, testInfo, '01-organisations');

  await demoOrg.getByRole('link', { name: DEMO_ORG_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ORG_NAME })).toBeVisible();
  await checkpoint(page, testInfo, '02-organisation-settings');

  await page
    .getByRole('navigation', { name: 'Organisationens inställningar' })
    .getByRole('link', { name: 'Enheter' })
    .click();
  const units = page.getByRole('list', { name: 'Enheter' });
  await expect(units.getByRole('listitem')).toHaveCount(DEMO_UNIT_NAMES.length);
  for (const name of DEMO_UNIT_NAMES) await expect(units.getByRole('link', { name })).toBeVisible();
  await checkpoint(page, testInfo, '03-units');
});

test('the login form works with the keyboard alone', async ({ page }, testInfo) => {
  await page.goto('/login');
  const email = field(page, 'E-post');
  const password = field(page, 'Lösenord');
  await expect(email).toBeVisible();

  await tabTo(page, email);
  await page.keyboard.type(demoReporter.email);
  await page.keyboard.press('Tab');
  await expect(password).toBeFocused();
  await page.keyboard.type(demoReporter.password);
  await checkpoint(page, testInfo, '04-keyboard-login');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Mina organisationer' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Mina organisationer' })).toContainText(DEMO_ORG_NAME);
});

test('the app is served in Swedish and can switch to English', async ({ page, request }, testInfo) => {
  // The HTML as served, before any script runs, already says Swedish.
  expect(await (await request.get('/')).text()).toMatch(/<html lang="sv"/);

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('main').getByRole('link', { name: 'Skapa konto' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('main').getByRole('link', { name: 'Create account' })).toBeVisible();
  await checkpoint(page, testInfo, '05-english');
  await expect(page.getByRole('button', { name: 'Svenska' })).toBeVisible();
});
