import { expect, type Locator, type Page } from '@playwright/test';
import { SMTP_SERVER_PORT } from './playwright.config';
import { expectAccessible } from './support/axe';
import { DEMO_ORG_NAME, DEMO_PASSWORD, DEMO_UNIT_NAMES, demoManager, demoReporter } from './support/demo';
import { checkpoint } from './support/evidence';
import { kNumberThisYear, stockholmMinute } from './support/formats';
import { attachFirstPage, pdfText, savePdf } from './support/pdf';
import { hasExif, photoWithGps } from './support/photos';
import { pushAbout, subscribeToPush, test } from './support/push';
import { smtpMailTo } from './support/smtp-mailbox';
import { logIn } from './support/ui';

// Mail leaves over SMTP here, so the journey sees what really reaches the security contact and the police.
test.use({ baseURL: `http://localhost:${SMTP_SERVER_PORT}` });

const securityContact = {
  email: 'sakerhet@demo.vaksam.se',
  password: DEMO_PASSWORD,
  name: 'Sara Säkerhetskontakt',
};
const DEMO_ORG_NUMBER = '559900-1236';
const MANAGER_PHONE = '+46701740606';
/** The police intake of a server that is not in production (DEMO_POLICE_INTAKE_EMAIL in server/src/config.ts). */
const POLICE_INTAKE = 'polisen-intake@example.invalid';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** A card on the report page, by its heading. */
const section = (page: Page, title: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

/** A combobox-style Mantine input (Select, MultiSelect) by its label, then one of its options. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a reporter files reports quickly and a manager handles them', async ({
  page,
  baseURL,
  pushService,
}, testInfo) => {
  test.slow();
  const run = Date.now().toString(36);
  const [unit] = DEMO_UNIT_NAMES as [string];

  // NOTIF-1: the security contact's phone gets pushes from a push service of its own.
  const phone = pushService.createSubscription();
  await subscribeToPush(baseURL as string, securityContact, phone);

  await page.goto('/login');
  await logIn(page, demoReporter);
  await expect(heading(page, 'Mina organisationer')).toBeVisible();
  await expect(page.getByRole('link', { name: DEMO_ORG_NAME })).toBeVisible();
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
  // Sent at once: nothing waited in the outbox, so nothing may claim that a waiting report went out.
  await expect(page.getByText('Rapporten som väntade har skickats')).toHaveCount(0);

  // INC-2 and PRIV-1: a detailed robbery report with a photo, whose text names a phone number.
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
  await page.getByRole('textbox', { name: 'Vad stals eller skadades?' }).fill('Kassalådan med dagskassan');
  await choose(page, 'Brottsverktyg', 'Kniv');
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Antal gärningspersoner' }).fill('2');
  await choose(page, 'Beskrivning av gärningspersonerna', 'Maskerad');
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Ja' }).first().check();
  await expect(page.getByRole('textbox', { name: 'Vilken kamera?' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Välj fil' }).click();
  await (await chooser).setFiles({
    name: 'kassan.jpg',
    mimeType: 'image/jpeg',
    buffer: await photoWithGps(),
  });
  await expect(page.getByText('Valda filer: 1', { exact: false })).toBeVisible();
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
  const incidentId = new URL(page.url()).pathname.split('/').pop() as string;
  const reportPath = `/incidents/${incidentId}`;
  await expect(page.getByText(`prov ${run}`)).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('070-123 45 67');
  await expect(page.getByRole('main')).toContainText('25 000 kr');
  await expect(page.getByRole('main')).toContainText('Kniv');

  // The photo arrived, and what the server hands out has lost the camera's position (PRIV-2).
  const photoButton = page.getByRole('button', { name: 'Visa kassan.jpg' });
  await expect(photoButton.locator('img')).toHaveJSProperty('complete', true);
  const files = await page.request.get(`/api/v1/incidents/${incidentId}/attachments`);
  const { items: attachments } = (await files.json()) as { items: { id: string }[] };
  expect(attachments).toHaveLength(1);
  const photo = await page.request.get(
    `/api/v1/incidents/${incidentId}/attachments/${(attachments[0] as { id: string }).id}`,
  );
  expect(photo.ok()).toBe(true);
  expect(await hasExif(await photo.body())).toBe(false);

  // INC-5/NOTIF-1: the security contact hears of it at once by mail and push; the reporter gets a copy.
  const alert = await smtpMailTo(securityContact.email, /^Ny rapport: Rån\b/, reportPath);
  expect(alert.subject).toContain(unit);
  expect(alert.text).toContain(reportPath);
  const copy = await smtpMailTo(demoReporter.email, /^Kopia av din rapport: Rån$/, reportPath);
  expect(copy.text).toContain(reportPath);
  const [copyPdf, ...others] = copy.attachments;
  expect(others).toHaveLength(0);
  expect(copyPdf?.contentType).toBe('application/pdf');
  expect(copyPdf?.filename).toMatch(
    new RegExp(`^vaksam-rapport-\\d{4}-\\d{2}-\\d{2}-${incidentId.slice(-8)}\\.pdf$`),
  );
  const copyText = await pdfText(
    savePdf(testInfo, 'reporter-copy', Buffer.from(copyPdf?.contentBase64 ?? '', 'base64')),
  );
  expect(copyText).toContain('Händelserapport: Rån');
  // The copy is written from the report as stored: the phone number the reporter removed is not in it.
  expect(copyText).toContain(`prov ${run}. Vittnet nås på [telefon].`);
  expect(copyText).not.toContain('070-123 45 67');
  const push = await pushAbout(pushService, phone, reportPath);
  expect(push.json.title).toMatch(/^Ny rapport: Rån\b/);
  expect(push.json.body).toContain(`${DEMO_ORG_NAME}, ${unit}`);
  expect(push.json.tag).toBe(`incident-${incidentId}`);
  expect(push.urgency).toBe('high');
  expect(push.ttl).toBeGreaterThan(0);
  expect(push.vapid.sub).toMatch(/^mailto:/);

  // INC-9: the report page says who got it, on which channel, and that it arrived.
  const receipts = section(page, 'Mottagare');
  const contactEntry = receipts.getByRole('listitem').filter({ hasText: securityContact.name });
  await expect(contactEntry).toContainText('Säkerhetsansvarig · Ny rapport');
  for (const channel of ['I appen', 'E-post', 'Push']) await expect(contactEntry).toContainText(channel);
  // The list refreshes itself while anything is queued; e-mail and push settle within seconds.
  await expect(contactEntry.getByText('Levererad', { exact: true })).toHaveCount(3, { timeout: 30_000 });
  await expect(receipts.getByRole('listitem').filter({ hasText: 'Rapportör · Kopia' })).toBeVisible();
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

  // POL-3: nothing the police require is missing; what they may ask for later is pointed out.
  const police = section(page, 'Polisanmälan');
  await expect(police.getByText('Utkast', { exact: true })).toBeVisible();
  await expect(police.getByRole('alert').filter({ hasText: 'Måste kompletteras' })).toHaveCount(0);
  const recommended = police.getByRole('alert').filter({ hasText: 'Bra att komplettera' });
  await expect(recommended).toContainText('Om någon skadades.');
  await expect(recommended).not.toContainText('Vad som stals eller skadades.');
  await expect(recommended).not.toContainText('Ungefärligt värde');
  await expect(recommended).not.toContainText('Ditt telefonnummer');
  const sendButton = police.getByRole('button', { name: 'Skicka till polisen' });
  await expect(sendButton).toBeEnabled();

  // POL-1: the preview is the PDF the police would get, with what they need to act on it.
  const preview = police.getByRole('link', { name: 'Förhandsgranska' });
  const pdfPath = `/api/v1/incidents/${incidentId}/police-report/pdf`;
  await expect(preview).toHaveAttribute('href', pdfPath);
  const draft = await page.request.get(pdfPath);
  expect(draft.headers()['content-type']).toBe('application/pdf');
  const draftFile = savePdf(testInfo, 'police-report-draft', await draft.body());
  await attachFirstPage(testInfo, 'police-report-draft', draftFile);
  const incident = (await (await page.request.get(`/api/v1${reportPath}`)).json()) as { occurredAt: string };
  const draftText = await pdfText(draftFile);
  for (const fact of [
    'Polisanmälan: Rån',
    `${DEMO_ORG_NAME} (${DEMO_ORG_NUMBER})`,
    stockholmMinute(incident.occurredAt),
    'Drottninggatan 45',
    '25 000 kr',
    'Kassalådan med dagskassan',
    'Carl Chef',
    MANAGER_PHONE,
  ])
    expect(draftText, fact).toContain(fact);
  expect(draftText).not.toContain('070-123 45 67');
  await checkpoint(page, testInfo, 'police-report-draft-page');

  // Sent through the e-mail intake: the state follows the delivery in the background.
  await sendButton.click();
  const confirmSend = page.getByRole('dialog', { name: 'Skicka polisanmälan?' });
  await expect(confirmSend).toContainText(POLICE_INTAKE);
  await confirmSend.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(confirmSend).toBeHidden();
  await expect(police.getByText('Skickad', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(police).toContainText('Polisens mottagning har tagit emot anmälan.');
  const intake = await smtpMailTo(POLICE_INTAKE, /^Polisanmälan: Rån – /);
  expect(intake.subject).toBe(`Polisanmälan: Rån – ${DEMO_ORG_NAME} (${DEMO_ORG_NUMBER})`);
  expect(intake.text).toContain(`Kontaktperson: Carl Chef, ${MANAGER_PHONE}, ${demoManager.email}.`);
  const [sentPdf, sentJson] = intake.attachments;
  expect(sentPdf?.contentType).toBe('application/pdf');
  expect(sentPdf?.filename).toMatch(/^polisanmalan-.*\.pdf$/);
  expect(
    await pdfText(
      savePdf(testInfo, 'police-report-sent', Buffer.from(sentPdf?.contentBase64 ?? '', 'base64')),
    ),
  ).toContain('Drottninggatan 45');
  expect(sentJson?.contentType).toBe('application/json');
  const payload = JSON.parse(Buffer.from(sentJson?.contentBase64 ?? '', 'base64').toString('utf8'));
  expect(payload).toMatchObject({
    reportId: incidentId,
    organisation: { orgNumber: DEMO_ORG_NUMBER, contact: { phone: MANAGER_PHONE } },
    crime: { label: 'Rån' },
    loss: { valueSek: 25_000 },
  });
  await checkpoint(page, testInfo, 'police-report-sent');

  // POL-2: the K-nummer the police gave confirms the report; typed loosely, kept normalized.
  const kNumber = kNumberThisYear('123456');
  await police.getByRole('textbox', { name: 'K-nummer' }).fill(kNumber.toLowerCase().replace('-', ' - '));
  await police.getByRole('button', { name: 'Bekräfta med K-nummer' }).click();
  await expect(police).toContainText('Polisen har registrerat anmälan.');
  await expect(police.getByText('Bekräftad', { exact: true }).first()).toBeVisible();
  await expect(police.getByTestId('k-number')).toHaveText(kNumber);
  await expect(page.getByText(`Polisanmälan är bekräftad med ${kNumber}`)).toBeVisible();
  await checkpoint(page, testInfo, 'police-report-confirmed');
});
