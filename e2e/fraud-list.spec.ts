import { expect, type Page, test } from '@playwright/test';
import { authenticator } from 'otplib';
import { invoicePdf } from '../server/test/files';
import { expectAccessible } from './support/axe';
import { DEMO_TOTP_SECRET, demoAnalyst } from './support/demo';
import { lettersOf, uniqueBankgiro } from './support/fraud';
import { uniqueOrgNumber } from './support/orgnr';
import { field, logIn } from './support/ui';

const phone = { viewport: { width: 390, height: 844 } };
const SEARCH_LABEL = 'Sök på organisationsnummer, bankgiro, plusgiro, IBAN, webbadress eller namn';

async function shot(page: Page, name: string): Promise<void> {
  // A scrolled page would show the fixed header half-way down the full-page image.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: SEARCH_LABEL }).fill(query);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
}

test('an analyst lists a sender and a signed-out visitor finds it by number, bankgiro, name and invoice', async ({
  browser,
}) => {
  const seed = Date.now();
  const orgNumber = uniqueOrgNumber(seed);
  const bankgiro = uniqueBankgiro(seed);
  // One digit off: the check digit no longer matches.
  const wrongBankgiro = `${bankgiro.slice(0, -1)}${(Number(bankgiro.slice(-1)) + 1) % 10}`;
  const word = `Fakturaregistret${lettersOf(seed)}`;
  const companyName = `${word} Norden AB`;
  // Two letters swapped in the distinctive word.
  const misspelt = `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)} Norden AB`;

  const analyst = await (await browser.newContext(phone)).newPage();
  let entryPath = '';
  await test.step('the analyst publishes the entry through the editor', async () => {
    await analyst.goto('/login');
    await logIn(analyst, demoAnalyst);
    await field(analyst, 'Kod').fill(authenticator.generate(DEMO_TOTP_SECRET));
    await analyst.getByRole('button', { name: 'Verifiera', exact: true }).click();
    await expect(analyst).not.toHaveURL(/\/login/);
    await analyst.getByRole('button', { name: 'Användarmeny' }).click();
    await analyst.getByRole('link', { name: 'Varningslistan' }).click();
    await expect(analyst.getByRole('heading', { level: 1, name: 'Varningslistan' })).toBeVisible();
    await analyst.getByRole('link', { name: 'Ny post' }).click();
    await expect(analyst.getByRole('heading', { level: 1, name: 'Ny post på Varningslistan' })).toBeVisible();

    await field(analyst, 'Företagsnamn').fill(companyName);
    await expect(analyst.getByRole('combobox', { name: 'Typ av uppgift 1' })).toHaveValue(
      'organisationsnummer',
    );
    await field(analyst, 'Uppgift 1').fill(orgNumber);
    await analyst.getByRole('button', { name: 'Lägg till uppgift' }).click();
    await analyst.getByRole('combobox', { name: 'Typ av uppgift 2' }).selectOption('bankgiro');
    await field(analyst, 'Uppgift 2').fill(wrongBankgiro);
    await analyst.getByRole('button', { name: 'Lägg till adress' }).click();
    await field(analyst, 'Adress 1').fill('Box 4711, 111 22 Stockholm');
    await field(analyst, 'Beskrivning').fill(
      'Skickar fakturor som liknar en avgift till ett offentligt register.\nIngen har beställt något.',
    );
    await expectAccessible(analyst, 'fraud entry editor');
    await shot(analyst, '01-editor');

    // The server refuses the wrong check digit, and says so at the bankgiro's row.
    await analyst.getByRole('button', { name: 'Publicera' }).click();
    await expect(field(analyst, 'Uppgift 2')).toHaveAttribute('aria-invalid', 'true');
    await expect(field(analyst, 'Uppgift 1')).not.toHaveAttribute('aria-invalid', 'true');
    await shot(analyst, '02-editor-checksum-error');

    await field(analyst, 'Uppgift 2').fill(bankgiro);
    await analyst.getByRole('button', { name: 'Publicera' }).click();
    await expect(analyst.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
    entryPath = new URL(analyst.url()).pathname;
    expect(entryPath).toMatch(/^\/fraud-list\/[0-9a-f-]{36}$/);
    await expect(analyst.getByText(bankgiro, { exact: true })).toBeVisible();
    await expect(analyst.getByText(orgNumber, { exact: true })).toBeVisible();
    await expect(analyst.getByRole('button', { name: 'Registrera ny rapport' })).toBeVisible();
    await shot(analyst, '03-entry-staff');
  });

  const visitor = await (await browser.newContext(phone)).newPage();
  await test.step('a signed-out visitor finds it by organisationsnummer', async () => {
    await visitor.goto('/fraud-list');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Varningslistan' })).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'Ny post' })).toHaveCount(0);
    await expectAccessible(visitor, 'fraud list');
    await shot(visitor, '04-list');
    await search(visitor, orgNumber);
    const verdict = visitor.getByRole('status').filter({ hasText: 'Finns på Varningslistan' });
    await expect(verdict).toBeVisible();
    await expect(verdict.getByRole('link', { name: companyName })).toBeVisible();
    await expect(verdict).toContainText('Träff: Organisationsnummer');
    await expectAccessible(visitor, 'fraud search listed');
    await shot(visitor, '05-search-orgnr');
  });

  await test.step('… by bankgiro', async () => {
    await search(visitor, bankgiro);
    const verdict = visitor.getByRole('status').filter({ hasText: 'Finns på Varningslistan' });
    await expect(verdict.getByRole('link', { name: companyName })).toBeVisible();
    await expect(verdict).toContainText('Bankgiro');
    await expect(visitor).toHaveURL(/q=/);
    await shot(visitor, '06-search-bankgiro');
  });

  await test.step('… and by a misspelt name, as a similar name', async () => {
    await search(visitor, misspelt);
    const verdict = visitor
      .getByRole('status')
      .filter({ hasText: 'Inte listad med exakt den uppgiften — liknande namn finns' });
    await expect(verdict).toBeVisible();
    await expect(verdict.getByRole('link', { name: companyName })).toBeVisible();
    await expectAccessible(visitor, 'fraud search similar');
    await shot(visitor, '07-search-misspelt');
  });

  await test.step('an uploaded invoice naming the bankgiro is reported as listed', async () => {
    const pdf = await invoicePdf([
      `${companyName}`,
      'Faktura 2026-1187',
      'Avgift för registrering i företagsregistret: 4 980 kr',
      `Bankgiro: ${bankgiro}`,
      'Betala senast inom 10 dagar.',
    ]);
    await visitor
      .getByLabel('Faktura (PDF)')
      .setInputFiles({ name: 'faktura.pdf', mimeType: 'application/pdf', buffer: pdf });
    await visitor.getByRole('button', { name: 'Kontrollera fakturan' }).click();
    const verdict = visitor
      .getByRole('status')
      .filter({ hasText: 'Fakturan har uppgifter som finns på Varningslistan' });
    await expect(verdict).toBeVisible();
    const found = verdict
      .getByRole('list', { name: 'Uppgifter i fakturan' })
      .getByRole('listitem')
      .filter({
        hasText: `Bankgiro ${bankgiro}`,
      });
    await expect(found).toContainText('Listad');
    await expect(found.getByRole('link', { name: companyName })).toBeVisible();
    await expectAccessible(visitor, 'invoice check listed');
    await shot(visitor, '08-invoice-listed');
  });

  await test.step('the entry page is public and shows no staff actions', async () => {
    await visitor.goto(entryPath);
    await expect(visitor.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
    await expect(visitor.getByText('Ingen har beställt något.')).toBeVisible();
    await expect(visitor.getByRole('button', { name: 'Registrera ny rapport' })).toHaveCount(0);
    await expect(visitor.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
    await expectAccessible(visitor, 'fraud entry');
    await shot(visitor, '09-entry-public');
  });
});
