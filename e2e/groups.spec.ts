import { expect, type Page, test } from '@playwright/test';
import { authenticator } from 'otplib';
import { PDF } from '../server/test/files';
import { SMTP_SERVER_PORT } from './playwright.config';
import { expectAccessible } from './support/axe';
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  DEMO_UNIT_NAMES,
  demoAnalyst,
  demoManager,
  demoReporter,
} from './support/demo';
import { checkpoint } from './support/evidence';
import { photoWithGps } from './support/photos';
import { smtpMailTo } from './support/smtp-mailbox';
import { field, logIn, signedIn } from './support/ui';

// Invites leave over SMTP here, so the journey follows the links the invited people really get.
test.use({ baseURL: `http://localhost:${SMTP_SERVER_PORT}` });

/** Sara's membership number is verified in the demo data, so she may create groups. */
const demoSecurityContact = { email: 'sakerhet@demo.vaksam.se', password: DEMO_PASSWORD };

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const groupTabs = (page: Page) => page.getByRole('navigation', { name: 'Gruppens delar' });

async function inviteLinkFor(email: string, groupName: string): Promise<string> {
  const mail = await smtpMailTo(email, new RegExp(`^Inbjudan till gruppen ${groupName} i Vaksam$`));
  const link = mail.text.match(/https?:\/\/\S+\/group-invite\/\S+/)?.[0];
  expect(link, `an invite link in:\n${mail.text}`).toBeTruthy();
  return new URL(link as string).pathname;
}

test('a group is created, invites arrive by e-mail, posts are moderated and a report is shared without its reporter', async ({
  browser,
}, testInfo) => {
  test.slow();
  const run = Date.now().toString(36);
  const groupName = `Samverkan Torget ${run}`;
  const sara = await signedIn(browser, demoSecurityContact);
  const rita = await signedIn(browser, demoReporter);
  const carl = await signedIn(browser, demoManager);
  let groupPath = '';

  await test.step('a verified member creates a closed group', async () => {
    await sara.goto('/groups');
    await sara.getByRole('link', { name: 'Skapa grupp' }).click();
    await expect(heading(sara, 'Skapa grupp')).toBeVisible();
    await field(sara, 'Namn').fill(groupName);
    await sara.getByRole('radio', { name: 'Lokal samverkan' }).check();
    await sara.getByRole('button', { name: 'Skapa gruppen' }).click();
    await expect(heading(sara, groupName)).toBeVisible();
    groupPath = new URL(sara.url()).pathname;
    await checkpoint(sara, testInfo, 'group-created');
  });

  await test.step('she invites two people, who join through the links in their mail', async () => {
    await groupTabs(sara).getByRole('link', { name: 'Inbjudningar' }).click();
    for (const person of [demoReporter, demoManager]) {
      await field(sara, 'E-post').fill(person.email);
      await sara.getByRole('button', { name: 'Skicka inbjudan' }).click();
      await expect(sara.getByText(`Inbjudan är skickad till ${person.email}`)).toBeVisible();
    }
    await expectAccessible(sara, 'group invites');
    for (const [page, person] of [
      [rita, demoReporter],
      [carl, demoManager],
    ] as const) {
      await page.goto(await inviteLinkFor(person.email, groupName));
      await page.getByRole('button', { name: `Gå med i ${groupName}` }).click();
      await expect(heading(page, groupName)).toBeVisible();
    }
    await groupTabs(sara).getByRole('link', { name: 'Medlemmar' }).click();
    await expect(sara.getByText('Rita Rapportör')).toBeVisible();
    await expect(sara.getByText('Carl Chef')).toBeVisible();
  });

  await test.step('she turns moderation on', async () => {
    await groupTabs(sara).getByRole('link', { name: 'Inställningar' }).click();
    await sara.getByRole('switch', { name: 'Granska inlägg före publicering' }).check();
    await sara.getByRole('button', { name: 'Spara' }).click();
    await expect(sara.getByText('Gruppens inställningar är sparade')).toBeVisible();
  });

  const threadText = `Någon provade bakdörrarna längs torget i natt, prov ${run}.`;
  await test.step('a member’s post waits until the admin approves it', async () => {
    await rita.goto(groupPath);
    await rita.getByRole('textbox', { name: 'Skriv ett inlägg' }).fill(threadText);
    const chooser = rita.waitForEvent('filechooser');
    await rita.getByRole('button', { name: 'Välj fil' }).click();
    await (await chooser).setFiles({
      name: 'bakdorren.jpg',
      mimeType: 'image/jpeg',
      buffer: await photoWithGps(),
    });
    await rita.getByRole('button', { name: 'Publicera' }).click();
    await expect(rita.getByText('Inlägget väntar på godkännande').first()).toBeVisible();
    await checkpoint(rita, testInfo, 'post-pending');

    await carl.goto(groupPath);
    await expect(carl.getByText('Inga inlägg än')).toBeVisible();
    await expect(carl.getByText(threadText)).toHaveCount(0);

    await sara.goto(`${groupPath}/pending`);
    await sara.getByRole('button', { name: 'Godkänn inlägget av Rita Rapportör' }).click();
    await expect(sara.getByText('Inlägget av Rita Rapportör är publicerat')).toBeVisible();

    await carl.reload();
    await expect(carl.getByText(threadText)).toBeVisible();
    const photo = carl.getByRole('button', { name: 'Visa bakdorren.jpg' });
    await expect(photo.locator('img')).toHaveJSProperty('complete', true);
    await expect(photo.locator('img')).not.toHaveJSProperty('naturalWidth', 0);
  });

  const replyText = `Vi såg samma sak hos oss, prov ${run}.`;
  await test.step('another member’s reply appears for the others and notifies them', async () => {
    await carl.getByRole('link', { name: 'Svara', exact: true }).click();
    await carl.getByRole('textbox', { name: 'Skriv ett svar' }).fill(replyText);
    await carl.getByRole('button', { name: 'Svara', exact: true }).click();
    await expect(carl.getByText('Ditt svar är publicerat')).toBeVisible();

    await sara.goto(groupPath);
    await sara.getByRole('link', { name: '1 svar' }).click();
    await expect(sara.getByText(replyText)).toBeVisible();

    // The notice is written by a background job a moment after the reply.
    await expect(async () => {
      await rita.goto('/notifications');
      await expect(rita.getByText(`Carl Chef svarade i ${groupName}`)).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    await checkpoint(rita, testInfo, 'reply-notice');
  });

  await test.step('the admin keeps a routine and a document that only members read', async () => {
    await sara.goto(`${groupPath}/content`);
    await sara.getByRole('link', { name: 'Ny post i gruppen' }).click();
    await sara.getByRole('radio', { name: 'Rutin' }).check();
    await field(sara, 'Rubrik').fill(`Utrymning av torget ${run}`);
    await sara.getByRole('textbox', { name: 'Text' }).fill('Samlingsplats vid **fontänen**. Ring 112 först.');
    await sara.getByRole('button', { name: 'Spara posten' }).click();
    await expect(heading(sara, `Utrymning av torget ${run}`)).toBeVisible();

    await sara.goto(`${groupPath}/content`);
    await field(sara, 'Titel').fill('Utrymningsplan');
    const chooser = sara.waitForEvent('filechooser');
    await sara.getByRole('button', { name: 'Välj fil' }).click();
    await (await chooser).setFiles({ name: 'utrymning.pdf', mimeType: 'application/pdf', buffer: PDF });
    await sara.getByRole('button', { name: 'Ladda upp' }).click();
    await expect(sara.getByText('Dokumentet har laddats upp')).toBeVisible();

    await carl.goto(groupPath);
    await groupTabs(carl).getByRole('link', { name: 'Innehåll' }).click();
    await expect(carl.getByRole('link', { name: `Utrymning av torget ${run}` })).toBeVisible();
    await expect(carl.getByRole('link', { name: 'Ladda ner: Utrymningsplan' })).toBeVisible();
    await expect(carl.getByRole('button', { name: 'Ny post i gruppen' })).toHaveCount(0);
    await expectAccessible(carl, 'group content');
    await checkpoint(carl, testInfo, 'group-content');
  });

  let reportPath = '';
  await test.step('a reporter files a report and her manager shares it into the group', async () => {
    await rita.goto('/');
    await rita.getByRole('main').getByRole('link', { name: 'Rapportera händelse' }).click();
    // Not a robbery: incident-report.spec.ts, on the same server, waits for the mails of its own robbery.
    await rita.getByRole('button', { name: 'Inbrott' }).click();
    await rita.getByText(DEMO_UNIT_NAMES[0] as string, { exact: true }).click();
    await rita
      .getByRole('textbox', { name: 'Beskriv kort vad som hände' })
      .fill(`Bakdörren var uppbruten i morse och kassaskåpet borta, prov ${run}.`);
    await rita.getByRole('button', { name: 'Skicka rapport' }).click();
    await expect(heading(rita, 'Rapporten är skickad')).toBeVisible();
    await rita.getByRole('link', { name: 'Visa rapporten' }).click();
    await expect(heading(rita, 'Inbrott')).toBeVisible();
    reportPath = new URL(rita.url()).pathname;

    await carl.goto(reportPath);
    await carl.getByRole('radio', { name: 'Delas med grupper' }).check();
    await carl.getByRole('button', { name: 'Spara delning' }).click();
    await expect(carl.getByText('Delningen är ändrad: Delas med grupper')).toBeVisible();
    await carl.getByRole('textbox', { name: 'Grupp' }).click();
    await carl.getByRole('option', { name: groupName }).click();
    await carl.getByRole('button', { name: 'Dela i gruppen' }).click();
    await expect(carl.getByText(`Rapporten är delad i ${groupName}`)).toBeVisible();
    const shares = carl.getByRole('list', { name: 'Grupper där rapporten är delad' });
    await expect(shares.getByRole('link', { name: groupName })).toBeVisible();
    await expectAccessible(carl, 'report shared into a group');
    await checkpoint(carl, testInfo, 'report-shared');
  });

  await test.step('the group sees the summary without the reporter’s name', async () => {
    await sara.goto(groupPath);
    await groupTabs(sara).getByRole('link', { name: 'Händelser' }).click();
    const list = sara.getByRole('list', { name: 'Händelser' });
    const summary = list.getByRole('listitem', { name: 'Inbrott' });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText('Stockholm');
    await expect(list).not.toContainText('Rita Rapportör');
    await expect(list).not.toContainText(`prov ${run}`);
    await expectAccessible(sara, 'shared incidents');
    await checkpoint(sara, testInfo, 'group-incidents');
  });

  await test.step('someone outside the group sees nothing of it', async () => {
    const analyst = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await analyst.goto('/login');
    await logIn(analyst, demoAnalyst);
    await field(analyst, 'Kod').fill(authenticator.generate(DEMO_TOTP_SECRET));
    await analyst.getByRole('button', { name: 'Verifiera', exact: true }).click();
    await expect(analyst).not.toHaveURL(/\/login/);
    await analyst.goto(groupPath);
    await expect(heading(analyst, 'Sidan finns inte')).toBeVisible();
    await expect(analyst.getByText(groupName)).toHaveCount(0);
    const groupId = groupPath.split('/').pop() as string;
    for (const path of ['', '/posts', '/incidents', '/members']) {
      expect((await analyst.request.get(`/api/v1/groups/${groupId}${path}`)).status()).toBe(404);
    }
  });
});
