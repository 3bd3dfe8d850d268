import { expect, type Page, test } from '@playwright/test';
import { authenticator } from 'otplib';
import { expectAccessible } from './support/axe';
import { DEMO_ORG_NAME, DEMO_TOTP_SECRET, demoAnalyst, demoManager } from './support/demo';
import { field, logIn } from './support/ui';

/** Opens a page, waits for its main heading, and checks it the way a phone user meets it. */
async function visit(page: Page, path: string, label: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect.soft(overflow, `${label} is wider than the phone screen`).toBeLessThanOrEqual(0);
  await expectAccessible(page, label);
}

test('every page a signed-out visitor can reach is accessible and fits the phone', async ({ page }) => {
  const token = 'a'.repeat(43);
  const pages: [string, string][] = [
    ['/', 'start page'],
    ['/login', 'log in'],
    ['/signup', 'sign up'],
    ['/forgot-password', 'forgot password'],
    [`/reset-password?token=${token}`, 'reset password'],
    [`/verify?token=${token}`, 'verify e-mail (invalid link)'],
    [`/invite/${token}`, 'invite (invalid link)'],
    ['/finns-inte', 'not found'],
    ['/fraud-list', 'fraud list'],
    ['/fraud-list/criteria', 'fraud list criteria'],
    ['/fraud-list/top', 'fraud top list'],
    ['/fraud-list/advice', 'fraud invoice advice'],
  ];
  for (const [path, label] of pages) await visit(page, path, label);
  const entries = await (await page.request.get('/api/v1/fraud-list?limit=1')).json();
  await visit(page, `/fraud-list/${entries.items[0].id}`, 'fraud list entry');
});

test('every page of the signed-in manager is accessible and fits the phone', async ({ page }) => {
  await page.goto('/login');
  await logIn(page, demoManager);
  await expect(page.getByRole('heading', { level: 1, name: 'Mina organisationer' })).toBeVisible();
  await visit(page, '/orgs', 'my organisations');
  await page.getByRole('link', { name: DEMO_ORG_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ORG_NAME })).toBeVisible();
  const settings = new URL(page.url()).pathname.replace(/\/$/, '');
  const base = settings.replace(/\/settings.*$/, '/settings');
  const pages: [string, string][] = [
    [base, 'organisation settings'],
    [`${base}/members`, 'members'],
    [`${base}/join-requests`, 'join requests'],
    [`${base}/invites`, 'invites'],
    [`${base}/units`, 'units'],
    [`${base}/units/new`, 'new unit'],
    [`${base}/cameras`, 'camera register'],
    [`${base}/cameras/new`, 'new camera'],
    ['/report', 'report an incident'],
    ['/incidents', 'incidents'],
    ['/notifications', 'notifications'],
    ['/warnings', 'warnings'],
    ['/fraud-reports', 'my invoice reports'],
    ['/fraud-reports/new', 'report a fraudulent invoice'],
    ['/orgs/new', 'register or join'],
    ['/profile', 'profile'],
  ];
  for (const [path, label] of pages) await visit(page, path, label);
  await page.goto(`${base}/units`);
  await page.getByRole('link', { name: 'Butik Avenyn' }).click();
  await expect(page.getByRole('textbox', { name: 'Enhetens namn' })).toHaveValue('Butik Avenyn');
  await expectAccessible(page, 'edit unit');
});

test('every page only platform staff reach is accessible and fits the phone', async ({ page }) => {
  await page.goto('/login');
  await logIn(page, demoAnalyst);
  await field(page, 'Kod').fill(authenticator.generate(DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Verifiera', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  const entries = await (await page.request.get('/api/v1/fraud-list?limit=1')).json();
  // A draft nobody receives: the editor needs a warning, and publishing one would reach the demo users.
  const { csrfToken } = await (await page.request.get('/api/v1/auth/me')).json();
  const draft = await page.request.post('/api/v1/warnings/authored', {
    data: {
      title: 'Utkast för sidgenomgången',
      body: 'Ett utkast som aldrig publiceras.',
      severity: 'info',
      targeting: { sni: ['G'], counties: ['01'] },
    },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(draft.status(), await draft.text()).toBe(201);
  const { id: draftId } = await draft.json();
  const pages: [string, string][] = [
    ['/admin/fraud-reports', 'invoice reports to review'],
    ['/admin/fraud-list/new', 'new fraud list entry'],
    [`/admin/fraud-list/${entries.items[0].id}/edit`, 'edit fraud list entry'],
    [`/fraud-list/${entries.items[0].id}`, 'fraud list entry (staff)'],
    ['/admin/warnings', 'warnings the platform wrote'],
    ['/admin/warnings/new', 'new warning'],
    [`/admin/warnings/${draftId}/edit`, 'edit warning'],
  ];
  for (const [path, label] of pages) await visit(page, path, label);
});
