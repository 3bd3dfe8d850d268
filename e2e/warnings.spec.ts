import { type APIRequestContext, expect, type Page, request } from '@playwright/test';
import { authenticator } from 'otplib';
import { expectAccessible } from './support/axe';
import { DEMO_TOTP_SECRET, demoAnalyst, demoReporter } from './support/demo';
import { linkIn, newestMailTo } from './support/mailbox';
import { uniqueOrgNumber } from './support/orgnr';
import { newPerson } from './support/people';
import { type PushMessage, pushAbout, subscribeToPush, test } from './support/push';
import { field, logIn } from './support/ui';

const phone = { viewport: { width: 390, height: 844 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' };

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** A Mantine MultiSelect by its label: types to narrow the list, then picks the option. */
async function pick(page: Page, label: string, search: string, option: string | RegExp): Promise<void> {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.fill(search);
  await page.getByRole('option', { name: option }).click();
  await input.press('Escape');
}

async function csrfOf(api: APIRequestContext, person: { email: string; password: string }) {
  const login = await api.post('/api/v1/auth/login', {
    data: { email: person.email, password: person.password },
  });
  expect(login.status(), await login.text()).toBe(200);
  return ((await login.json()) as { me: { csrfToken: string } }).me.csrfToken;
}

/**
 * Someone the warning must not reach: a new user (signed up and verified through the API, as a browser
 * would) whose organisation is a hospital (SNI 86) with a unit in Stockholm, so only the industry differs.
 */
async function signUpHospital(baseURL: string, run: string) {
  const person = newPerson('Vera Vårdcentral', run);
  const api = await request.newContext({ baseURL });
  try {
    const signup = await api.post('/api/v1/auth/signup', {
      data: { email: person.email, password: person.password, name: person.name },
    });
    expect(signup.status(), await signup.text()).toBeLessThan(300);
    const link = linkIn(await newestMailTo(api, person.email), /^\/verify\?token=/);
    const token = new URL(link).searchParams.get('token');
    const verified = await api.post('/api/v1/auth/verify-email', { data: { token } });
    expect(verified.status(), await verified.text()).toBe(200);
    const headers = { 'x-csrf-token': await csrfOf(api, person) };
    const org = await api.post('/api/v1/orgs', {
      data: { orgNumber: uniqueOrgNumber(), name: `Vårdcentralen ${run} AB`, sniCode: '86210' },
      headers,
    });
    expect(org.status(), await org.text()).toBe(201);
    const { id: orgId } = (await org.json()) as { id: string };
    const unit = await api.post(`/api/v1/orgs/${orgId}/units`, {
      data: { name: 'Mottagningen', municipalityCode: '0180', latitude: 59.3326, longitude: 18.0649 },
      headers,
    });
    expect(unit.status(), await unit.text()).toBe(201);
  } finally {
    await api.dispose();
  }
  return person;
}

const unreadLabel = (count: number) => `Varningar, ${count} ${count === 1 ? 'oläst' : 'olästa'}`;

async function unreadCount(page: Page): Promise<number> {
  const response = await page.request.get('/api/v1/warnings/unread-count');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { count: number }).count;
}

test('an analyst warns retail in Stockholm, and only retail in Stockholm hears of it', async ({
  browser,
  baseURL,
  pushService,
}) => {
  test.slow();
  const run = Date.now().toString(36);
  const title = `Prov ${run}: falska hantverkare i butiker`;

  // The demo organisation (SNI 47190, units in Stockholm and Göteborg) has Rita; the hospital does not match.
  const ritaPhone = pushService.createSubscription();
  await subscribeToPush(baseURL as string, demoReporter, ritaPhone);
  const vera = await signUpHospital(baseURL as string, run);
  const veraPhone = pushService.createSubscription();
  await subscribeToPush(baseURL as string, vera, veraPhone);

  const analyst = await (await browser.newContext(phone)).newPage();
  let warningId = '';
  await test.step('the analyst writes, previews and publishes the warning', async () => {
    await analyst.goto('/login');
    await logIn(analyst, demoAnalyst);
    await field(analyst, 'Kod').fill(authenticator.generate(DEMO_TOTP_SECRET));
    await analyst.getByRole('button', { name: 'Verifiera', exact: true }).click();
    await expect(analyst).not.toHaveURL(/\/login/);
    await analyst.getByRole('button', { name: 'Användarmeny' }).click();
    await analyst.getByRole('link', { name: 'Skriv varningar' }).click();
    await expect(heading(analyst, 'Skriv varningar')).toBeVisible();
    await analyst.getByRole('link', { name: 'Ny varning' }).click();
    await expect(heading(analyst, 'Ny varning')).toBeVisible();

    await field(analyst, 'Rubrik').fill(title);
    await analyst.getByRole('radio', { name: 'Allvarlig varning' }).check();
    await field(analyst, 'Vad som händer').fill(
      'Två personer utger sig för att vara hantverkare från fastighetsägaren.\nDe ber om att få gå in på lagret.',
    );
    await field(analyst, 'Rekommenderade åtgärder').fill(
      'Be om legitimation.\nRing fastighetsägaren och fråga.',
    );
    await field(analyst, 'Källa').fill('Polisen region Stockholm');
    await pick(analyst, 'Bransch', '47', /^47 – Detaljhandel/);
    await pick(analyst, 'Län', 'Stockholm', 'Stockholms län');

    await analyst.getByRole('button', { name: 'Förhandsgranska mottagare' }).click();
    const total = analyst.getByText(/^Når \d+ person/);
    await expect(total).toBeVisible();
    const recipients = Number((await total.textContent())?.match(/\d+/)?.[0]);
    expect(recipients).toBeGreaterThanOrEqual(1);
    await expect(analyst.getByRole('list', { name: 'Per bransch' })).toContainText('G – Handel');
    await expect(analyst.getByRole('list', { name: 'Per län' })).toContainText('Stockholms län');
    await shot(analyst, '01-form-preview');
    await expectAccessible(analyst, 'warning form');

    await analyst.getByRole('button', { name: 'Publicera', exact: true }).click();
    const dialog = analyst.getByRole('dialog', { name: 'Publicera varningen?' });
    await expect(dialog).toContainText(`skickas till ${recipients} person`);
    await shot(analyst, '02-publish-confirm');
    await dialog.getByRole('button', { name: 'Publicera och skicka' }).click();
    await expect(heading(analyst, 'Skriv varningar')).toBeVisible();
    const link = analyst.getByRole('link', { name: title });
    await expect(link).toBeVisible();
    warningId = (await link.getAttribute('href'))?.match(/\/admin\/warnings\/([^/]+)\/edit/)?.[1] ?? '';
    expect(warningId).not.toBe('');
    await shot(analyst, '03-published-list');
  });
  const warningPath = `/warnings/${warningId}`;

  await test.step('the push reaches Rita’s phone, and nothing reaches the hospital’s', async () => {
    // The delivery job runs on the workers' poll: pushAbout waits for it.
    const push = await pushAbout(pushService, ritaPhone, warningPath);
    expect(push.json.title).toContain(title);
    expect(push.json.url).toBe(warningPath);
    // By now the job has written every delivery of this warning; a few more seconds rule out a late one.
    await analyst.waitForTimeout(5_000);
    const toVera = pushService
      .to(veraPhone.endpoint)
      .filter((received) => (received.json as PushMessage | null)?.url === warningPath);
    expect(toVera).toHaveLength(0);
  });

  await test.step('Rita sees it unread, opens it and finds it useful', async () => {
    const rita = await (await browser.newContext(phone)).newPage();
    await rita.goto('/login');
    await logIn(rita, demoReporter);
    await expect(rita).not.toHaveURL(/\/login/);
    const unread = await unreadCount(rita);
    expect(unread).toBeGreaterThanOrEqual(1);
    const header = rita.getByRole('banner');
    await expect(header.getByRole('link', { name: unreadLabel(unread) })).toBeVisible();
    await header.getByRole('link', { name: unreadLabel(unread) }).click();
    await expect(heading(rita, 'Varningar')).toBeVisible();
    const card = rita
      .getByRole('list', { name: 'Varningar' })
      .getByRole('listitem')
      .filter({ hasText: title });
    await expect(card).toContainText('Ny');
    await expect(card).toContainText('Allvarlig varning');
    await expect(card).toContainText('Från Vaksams analytiker');
    await shot(rita, '04-rita-feed');
    await expectAccessible(rita, 'warnings feed');

    await card.getByRole('link').click();
    await expect(heading(rita, title)).toBeVisible();
    await expect(rita).toHaveURL(new RegExp(`${warningPath}$`));
    await expect(rita.getByText('De ber om att få gå in på lagret.')).toBeVisible();
    await expect(rita.getByText('Polisen region Stockholm')).toBeVisible();
    await expect(
      header.getByRole('link', { name: unread - 1 === 0 ? 'Varningar' : unreadLabel(unread - 1) }),
    ).toBeVisible();
    await shot(rita, '05-rita-warning');
    await expectAccessible(rita, 'warning');

    const useful = rita.getByRole('button', { name: 'Ja, användbar' });
    await useful.click();
    await expect(useful).toHaveAttribute('aria-pressed', 'true');
    await expect(rita.getByText('Du har svarat: Ja, användbar.')).toBeVisible();
    await shot(rita, '06-rita-feedback');

    // Reopened later, it is read and the answer stays.
    await rita.goto('/warnings');
    await expect(card).not.toContainText('Ny');
  });

  await test.step('the hospital’s feed stays empty', async () => {
    const page = await (await browser.newContext(phone)).newPage();
    await page.goto('/login');
    await logIn(page, vera);
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto('/warnings');
    await expect(heading(page, 'Varningar')).toBeVisible();
    await expect(page.getByText('Inga varningar just nu')).toBeVisible();
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Varningar', exact: true }),
    ).toBeVisible();
    await shot(page, '07-other-feed-empty');
    await page.goto(warningPath);
    await expect(heading(page, 'Sidan finns inte')).toBeVisible();
  });

  await test.step('the figures count Rita’s opening and answer', async () => {
    await analyst.reload();
    const card = analyst.getByRole('listitem').filter({ hasText: title });
    await expect(card.getByText('Öppnade')).toBeVisible();
    await expect(card.locator('dd').nth(2)).not.toHaveText('0');
    await expect(card.locator('dd').nth(3)).not.toHaveText('0');
    await shot(analyst, '08-figures');
  });
});
