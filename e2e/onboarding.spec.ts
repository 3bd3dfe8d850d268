import { expect, test } from '@playwright/test';
import { checkpoint } from './support/evidence';
import { linkIn, newestMailTo } from './support/mailbox';
import { uniqueOrgNumber } from './support/orgnr';
import { newPerson } from './support/people';
import { field, logIn } from './support/ui';

const run = Date.now().toString(36);
const founder = newPerson('Frida Grundare', run);
const colleague = newPerson('Kalle Kollega', run);
const orgNumber = uniqueOrgNumber();
const orgName = `Testbolaget ${run} AB`;
const unit = {
  name: 'Huvudkontoret',
  street: 'Storgatan 1',
  postalCode: '171 45',
  city: 'Solna',
  kommun: 'Solna',
};

test('a new user registers an organisation, adds a unit and brings in a colleague', async ({
  page,
  browser,
}, testInfo) => {
  const settingsTabs = page.getByRole('navigation', { name: 'Organisationens inställningar' });

  await test.step('sign up', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Vaksam' })).toBeVisible();
    await checkpoint(page, testInfo, '01-welcome');
    await page.getByRole('main').getByRole('link', { name: 'Skapa konto' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Skapa konto' })).toBeVisible();
    await field(page, 'Namn').fill(founder.name);
    await field(page, 'E-post').fill(founder.email);
    await field(page, 'Lösenord').fill(founder.password);
    await checkpoint(page, testInfo, '02-signup-form');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kolla din e-post' })).toBeVisible();
    await expect(page.getByText(founder.email)).toBeVisible();
    await checkpoint(page, testInfo, '03-signup-sent');
  });

  await test.step('verify the e-mail address from the dev mailbox', async () => {
    await newestMailTo(page.request, founder.email);
    await page.goto('/dev/mail');
    const mail = page
      .getByRole('article')
      .filter({ hasText: `Till: ${founder.email}` })
      .first();
    await expect(mail).toBeVisible();
    await checkpoint(page, testInfo, '04-dev-mailbox');
    await mail.getByRole('link', { name: /\/verify\?token=/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'E-postadressen är bekräftad' })).toBeVisible();
    await checkpoint(page, testInfo, '05-verified');
  });

  await test.step('log in', async () => {
    await page.getByRole('main').getByRole('link', { name: 'Logga in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await checkpoint(page, testInfo, '06-login');
    await logIn(page, founder);
    await expect(page.getByRole('heading', { level: 1, name: 'Mina organisationer' })).toBeVisible();
    await expect(page.getByText('Du är inte med i någon organisation än')).toBeVisible();
    await checkpoint(page, testInfo, '07-no-organisations');
  });

  await test.step('register the organisation', async () => {
    await page.getByRole('link', { name: 'Registrera eller gå med' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registrera eller gå med' })).toBeVisible();
    await field(page, 'Organisationsnummer').fill(orgNumber);
    await page.getByRole('button', { name: 'Sök' }).click();
    await expect(page.getByRole('heading', { name: 'Registrera organisationen' })).toBeVisible();
    await field(page, 'Organisationens namn').fill(orgName);
    await checkpoint(page, testInfo, '08-register-organisation');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: orgName })).toBeVisible();
    await expect(page.getByText(`${orgNumber} · Din roll: Chef`)).toBeVisible();
    await checkpoint(page, testInfo, '09-organisation-settings');
  });

  await test.step('add a unit and place it on the map', async () => {
    await settingsTabs.getByRole('link', { name: 'Enheter' }).click();
    await expect(page.getByText('Inga enheter än')).toBeVisible();
    await checkpoint(page, testInfo, '10-no-units');
    await page.getByRole('link', { name: 'Lägg till enhet' }).click();
    await expect(page.getByRole('heading', { name: 'Ny enhet' })).toBeVisible();
    await field(page, 'Enhetens namn').fill(unit.name);
    await field(page, 'Gatuadress').fill(unit.street);
    await field(page, 'Postnummer').fill(unit.postalCode);
    await field(page, 'Ort').fill(unit.city);
    await field(page, 'Kommun').fill(unit.kommun);
    await page.getByRole('option', { name: unit.kommun, exact: true }).click();
    await expect(field(page, 'Kommun')).toHaveValue(unit.kommun);
    await page.getByRole('application', { name: /^Karta/ }).click();
    await expect(field(page, 'Latitud')).toHaveValue(/^\d+[.,]\d+$/);
    await expect(field(page, 'Longitud')).toHaveValue(/^\d+[.,]\d+$/);
    await checkpoint(page, testInfo, '11-unit-form');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    const units = page.getByRole('list', { name: 'Enheter' });
    await expect(units.getByRole('listitem')).toHaveCount(1);
    await expect(units.getByRole('link', { name: unit.name })).toBeVisible();
    await expect(units.getByText(`${unit.street}, ${unit.postalCode} ${unit.city}`)).toBeVisible();
    await checkpoint(page, testInfo, '12-units');
  });

  await test.step('invite a colleague', async () => {
    await settingsTabs.getByRole('link', { name: 'Inbjudningar' }).click();
    await expect(page.getByRole('heading', { name: 'Bjud in' })).toBeVisible();
    await field(page, 'E-post').fill(colleague.email);
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await expect(page.getByText(`Inbjudan skickad till ${colleague.email}`)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: colleague.email })).toContainText('Väntar');
    await checkpoint(page, testInfo, '13-invite-sent');
  });

  await test.step('the colleague signs up through the invite and joins', async () => {
    const inviteLink = linkIn(await newestMailTo(page.request, colleague.email), /^\/invite\//);
    // A browser of their own: nothing of the founder's session may help.
    const context = await browser.newContext();
    try {
      const other = await context.newPage();
      await other.goto(inviteLink);
      await expect(
        other.getByRole('heading', { level: 1, name: `Du är inbjuden till ${orgName}` }),
      ).toBeVisible();
      await checkpoint(other, testInfo, '14-colleague-invite');
      await other.getByRole('link', { name: 'Skapa konto' }).click();
      await expect(other.getByRole('heading', { level: 1, name: 'Skapa konto' })).toBeVisible();
      await expect(field(other, 'E-post')).toHaveValue(colleague.email);
      await field(other, 'Namn').fill(colleague.name);
      await field(other, 'Lösenord').fill(colleague.password);
      await checkpoint(other, testInfo, '15-colleague-signup');
      await other.getByRole('button', { name: 'Skapa konto' }).click();
      // The invite proves the address: no verification mail, the account is ready at once.
      await expect(other.getByRole('heading', { level: 1, name: 'Kontot är skapat' })).toBeVisible();
      await checkpoint(other, testInfo, '16-colleague-signed-up');
      await other.getByRole('main').getByRole('link', { name: 'Logga in' }).click();
      await expect(other.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
      await logIn(other, colleague);
      await expect(other.getByRole('button', { name: 'Användarmeny' })).toBeVisible();
      // Wherever the app lands the new member, it must show the organisation they just joined.
      await expect(other.getByRole('main').getByText(orgName).first()).toBeVisible();
      await checkpoint(other, testInfo, '17-colleague-logged-in');
      await other.goto('/orgs');
      const orgs = other.getByRole('list', { name: 'Mina organisationer' });
      await expect(orgs.getByRole('listitem').filter({ hasText: orgName })).toContainText('Rapportör');
      await checkpoint(other, testInfo, '18-colleague-organisations');
    } finally {
      await context.close();
    }
  });

  await test.step('the founder sees the colleague among the members', async () => {
    await settingsTabs.getByRole('link', { name: 'Medlemmar' }).click();
    const members = page.getByRole('list', { name: 'Medlemmar' });
    await expect(members.getByRole('listitem')).toHaveCount(2);
    await expect(members.getByRole('listitem').filter({ hasText: colleague.name })).toContainText(
      colleague.email,
    );
    await checkpoint(page, testInfo, '19-members');
  });
});
