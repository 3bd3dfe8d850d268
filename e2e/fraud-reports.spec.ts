import { expect, type Page, test } from '@playwright/test';
import { authenticator } from 'otplib';
import { invoicePdf } from '../server/test/files';
import { DEMO_ORG_NAME, DEMO_TOTP_SECRET, DEMO_UNIT_NAMES, demoAnalyst, demoReporter } from './support/demo';
import { checkpoint } from './support/evidence';
import { lettersOf, uniqueBankgiro } from './support/fraud';
import { newestMailTo } from './support/mailbox';
import { field, logIn } from './support/ui';

const phone = { viewport: { width: 390, height: 844 } };

async function logInAnalyst(page: Page): Promise<void> {
  await page.goto('/login');
  await logIn(page, demoAnalyst);
  await field(page, 'Kod').fill(authenticator.generate(DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Verifiera', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** From the queue, the report naming this company. */
async function openInQueue(analyst: Page, companyName: string): Promise<void> {
  await analyst.goto('/admin/fraud-reports');
  await expect(
    analyst.getByRole('heading', { level: 1, name: 'Fakturarapporter att granska' }),
  ).toBeVisible();
  await analyst.getByRole('link', { name: companyName }).click();
  await expect(analyst.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
}

test('a user reports a fraudulent invoice, an analyst publishes it, a second report is merged into it', async ({
  browser,
}, testInfo) => {
  const seed = Date.now();
  const bankgiro = uniqueBankgiro(seed + 7);
  const companyName = `Annonsregistret${lettersOf(seed)} AB`;
  const reporter = await (await browser.newContext(phone)).newPage();
  let reportPath = '';

  await test.step('the reporter fills in the invoice, attaches its PDF and also files it as an incident', async () => {
    await reporter.goto('/login');
    await logIn(reporter, demoReporter);
    await expect(reporter).not.toHaveURL(/\/login/);
    await reporter.goto('/fraud-list');
    await reporter.getByRole('link', { name: 'Rapportera en bluffaktura' }).click();
    await expect(
      reporter.getByRole('heading', { level: 1, name: 'Rapportera en bluffaktura' }),
    ).toBeVisible();

    // Sent empty, the form names both required fields and sends nothing.
    await reporter.getByRole('button', { name: 'Skicka rapporten' }).click();
    await expect(reporter.getByText('Ange avsändarens företagsnamn')).toBeVisible();
    await expect(reporter.getByText('Beskriv vad som hände')).toBeVisible();

    await field(reporter, 'Avsändarens företagsnamn').fill(companyName);
    await expect(reporter.getByRole('combobox', { name: 'Typ av uppgift 1' })).toHaveValue('bankgiro');
    // A mistyped bankgiro comes back from the server on its row.
    const wrong = `${bankgiro.slice(0, -1)}${(Number(bankgiro.slice(-1)) + 1) % 10}`;
    await field(reporter, 'Uppgift 1').fill(wrong);
    await field(reporter, 'Belopp').fill('4950');
    await field(reporter, 'Vad hände?').fill(
      'Fakturan kom med e-post och gällde en annons i ett företagsregister som vi aldrig har beställt.',
    );
    await reporter
      .getByRole('combobox', { name: 'Spara också som händelse' })
      .selectOption({ label: DEMO_ORG_NAME });
    // The demo organisation has two shops: the form asks which one the invoice came to.
    await reporter.getByRole('combobox', { name: 'Enhet' }).selectOption({ label: DEMO_UNIT_NAMES[0] });
    const pdf = await invoicePdf([`Att betala: 4 950,00 kr`, `Bankgiro ${bankgiro}`]);
    await reporter
      .locator('input[type="file"]:not([capture])')
      .setInputFiles({ name: 'faktura.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(reporter.getByText('faktura.pdf')).toBeVisible();
    await reporter.getByRole('button', { name: 'Skicka rapporten' }).click();
    await expect(reporter.getByRole('textbox', { name: 'Uppgift 1' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await checkpoint(reporter, testInfo, '01-report-form-error');

    await field(reporter, 'Uppgift 1').fill(bankgiro);
    await reporter.getByRole('button', { name: 'Skicka rapporten' }).click();
    await expect(reporter.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
    await expect(reporter.getByText('Väntar på granskning').first()).toBeVisible();
    await expect(reporter.getByText('faktura.pdf')).toBeVisible();
    reportPath = new URL(reporter.url()).pathname;
    expect(reportPath).toMatch(/^\/fraud-reports\/[0-9a-f-]{36}$/);
    await checkpoint(reporter, testInfo, '02-report-pending');
  });

  await test.step('the report is also an incident of type fraudulent invoice in the organisation', async () => {
    await reporter.getByRole('link', { name: 'Öppna händelsen' }).click();
    await expect(reporter.getByRole('heading', { level: 1 })).toContainText('Bluffaktura');
    await reporter.goBack();
    await reporter.getByRole('link', { name: 'Till mina fakturarapporter' }).click();
    await expect(reporter.getByRole('link', { name: companyName })).toBeVisible();
    await checkpoint(reporter, testInfo, '03-my-reports');
  });

  const analyst = await (await browser.newContext(phone)).newPage();
  await test.step('the analyst finds it in the queue and publishes it as a new entry', async () => {
    await logInAnalyst(analyst);
    await analyst.getByRole('button', { name: 'Användarmeny' }).click();
    await analyst.getByRole('link', { name: 'Granska fakturarapporter' }).click();
    await expect(
      analyst.getByRole('heading', { level: 1, name: 'Fakturarapporter att granska' }),
    ).toBeVisible();
    await checkpoint(analyst, testInfo, '04-queue');
    await analyst.getByRole('link', { name: companyName }).click();
    await expect(analyst.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
    await expect(analyst.getByText(demoReporter.email)).toBeVisible();
    await expect(field(analyst, 'Företagsnamn')).toHaveValue(companyName);
    await expect(field(analyst, 'Uppgift 1')).toHaveValue(bankgiro);
    await checkpoint(analyst, testInfo, '05-review');
    // The sender's name is one long word: it must wrap, not widen the page.
    expect(
      await analyst.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await field(analyst, 'Beskrivning').fill(
      'Skickar fakturor för registrering i en annonskatalog som ingen har beställt.',
    );
    await analyst.getByRole('button', { name: 'Publicera' }).click();
    await expect(analyst.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
    await expect(analyst).toHaveURL(/\/fraud-list\/[0-9a-f-]{36}$/);
    await expect(analyst.getByText('1 rapport').first()).toBeVisible();
  });

  await test.step('the reporter is told by mail and sees the report published', async () => {
    const mail = await newestMailTo(reporter.request, demoReporter.email, /finns på Varningslistan/);
    expect(mail.subject).toContain(companyName);
    await reporter.goto(reportPath);
    await expect(reporter.getByText('Publicerad', { exact: true })).toBeVisible();
    await reporter.getByRole('link', { name: 'Visa posten på Varningslistan' }).click();
    await expect(reporter.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
    await expect(reporter.getByText(demoReporter.email)).toHaveCount(0);
  });

  await test.step('a second report of the same bankgiro is merged into the entry', async () => {
    await reporter.goto('/fraud-reports/new');
    await field(reporter, 'Avsändarens företagsnamn').fill(companyName);
    await field(reporter, 'Uppgift 1').fill(bankgiro);
    await field(reporter, 'Vad hände?').fill('Samma avsändare skickade en påminnelse med förseningsavgift.');
    await reporter.getByRole('button', { name: 'Skicka rapporten' }).click();
    await expect(reporter.getByText('Väntar på granskning').first()).toBeVisible();

    await analyst.goto('/admin/fraud-reports');
    await openInQueue(analyst, companyName);
    await analyst.getByRole('tab', { name: 'Lägg till i befintlig post' }).click();
    const add = analyst.getByRole('button', { name: `Lägg till rapporten i ${companyName}` });
    await expect(add).toBeVisible();
    await checkpoint(analyst, testInfo, '06-merge');
    await add.click();
    await expect(analyst.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
    await expect(analyst.getByText('2 rapporter').first()).toBeVisible();
    await newestMailTo(reporter.request, demoReporter.email, /finns på Varningslistan/);
  });

  await test.step('a signed-out visitor finds the sender by its bankgiro', async () => {
    const visitor = await (await browser.newContext(phone)).newPage();
    await visitor.goto('/fraud-list');
    await visitor
      .getByRole('searchbox', {
        name: 'Sök på organisationsnummer, bankgiro, plusgiro, IBAN, webbadress eller namn',
      })
      .fill(bankgiro);
    await visitor.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect(visitor.getByText('Finns på Varningslistan')).toBeVisible();
    await expect(
      visitor
        .getByRole('list', { name: 'Träffar på Varningslistan' })
        .getByRole('link', { name: companyName }),
    ).toBeVisible();
  });
});

test('an analyst rejects a report with a reason the reporter reads', async ({ browser }, testInfo) => {
  const companyName = `Riktig Leverantör ${lettersOf(Date.now())} AB`;
  const reporter = await (await browser.newContext(phone)).newPage();
  await reporter.goto('/login');
  await logIn(reporter, demoReporter);
  await expect(reporter).not.toHaveURL(/\/login/);
  await reporter.goto('/fraud-reports/new');
  await field(reporter, 'Avsändarens företagsnamn').fill(companyName);
  await field(reporter, 'Vad hände?').fill('En faktura för kaffe som vi inte känner igen.');
  await reporter.getByRole('button', { name: 'Skicka rapporten' }).click();
  await expect(reporter.getByText('Väntar på granskning').first()).toBeVisible();
  const reportPath = new URL(reporter.url()).pathname;

  const analyst = await (await browser.newContext(phone)).newPage();
  await logInAnalyst(analyst);
  await openInQueue(analyst, companyName);
  await analyst.getByRole('tab', { name: 'Avvisa' }).click();
  await analyst.getByRole('button', { name: 'Avvisa rapporten' }).click();
  await expect(analyst.getByText('Skriv varför rapporten inte publiceras')).toBeVisible();
  const reason = 'Fakturan gäller kaffeleveranser som er butik har beställt enligt leverantörens avtal.';
  await analyst.getByRole('textbox', { name: 'Motivering till rapportören' }).fill(reason);
  await analyst.getByRole('button', { name: 'Avvisa rapporten' }).click();
  await expect(analyst.getByText('Publicerades inte', { exact: true })).toBeVisible();

  const mail = await newestMailTo(reporter.request, demoReporter.email, /publicerades inte/);
  expect(mail.text).toContain(reason);
  await reporter.goto(reportPath);
  await expect(reporter.getByText(reason)).toBeVisible();
  await checkpoint(reporter, testInfo, '07-rejected');
});
