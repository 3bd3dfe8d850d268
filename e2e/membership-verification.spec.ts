import { expect, test } from '@playwright/test';
import { authenticator } from 'otplib';
import { expectAccessible } from './support/axe';
import { DEMO_TOTP_SECRET, demoAnalyst, demoReporter } from './support/demo';
import { field, logIn } from './support/ui';

test('an analyst verifies a membership number and the member sees it in their profile', async ({
  browser,
}) => {
  const phone = { viewport: { width: 390, height: 844 } };
  const reporter = await (await browser.newContext(phone)).newPage();
  await reporter.goto('/login');
  await logIn(reporter, demoReporter);
  await expect(reporter).not.toHaveURL(/\/login/);
  await reporter.goto('/profile');
  await expect(field(reporter, 'Medlemsnummer')).toHaveValue('SH-204817');
  await expect(reporter.getByText('Väntar på kontroll mot medlemsregistret.')).toBeVisible();

  const analyst = await (await browser.newContext(phone)).newPage();
  await analyst.goto('/login');
  await logIn(analyst, demoAnalyst);
  await field(analyst, 'Kod').fill(authenticator.generate(DEMO_TOTP_SECRET));
  await analyst.getByRole('button', { name: 'Verifiera', exact: true }).click();
  await expect(analyst).not.toHaveURL(/\/login/);
  await analyst.getByRole('button', { name: 'Användarmeny' }).click();
  await analyst.getByRole('link', { name: 'Medlemsnummer' }).click();
  await expect(analyst.getByRole('heading', { level: 1, name: 'Medlemsnummer' })).toBeVisible();
  const waiting = analyst.getByRole('list', { name: 'Väntar' });
  await expect(waiting.getByText('Rita Rapportör')).toBeVisible();
  await expect(waiting.getByText('SH-204817')).toBeVisible();
  await expectAccessible(analyst, 'membership numbers');
  await analyst.screenshot({ path: test.info().outputPath('memberships.png'), fullPage: true });

  await analyst.getByRole('button', { name: 'Verifiera medlemsnumret för Rita Rapportör' }).click();
  await expect(analyst.getByText('Medlemsnumret för Rita Rapportör är verifierat')).toBeVisible();
  await expect(analyst.getByText('Inga nummer väntar')).toBeVisible();
  await analyst.getByText('Verifierade', { exact: true }).click();
  await expect(analyst.getByRole('list', { name: 'Verifierade' }).getByText('Granskat')).toContainText(
    'Anna Analytiker',
  );

  await reporter.reload();
  await expect(reporter.getByText('Verifierat – du har tillgång till medlemsinnehåll.')).toBeVisible();
  // The queue is not there for anyone but staff.
  await reporter.goto('/admin/memberships');
  await expect(reporter.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
});
