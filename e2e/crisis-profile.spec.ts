import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, demoReporter } from './support/demo';
import { checkpoint } from './support/evidence';
import { linkIn, newestMailTo } from './support/mailbox';
import { field, signedIn } from './support/ui';

/** Sara's membership number is verified in the demo data, so she may create groups. */
const demoSecurityContact = { email: 'sakerhet@demo.vaksam.se', password: DEMO_PASSWORD };

async function api(request: APIRequestContext) {
  const me = await (await request.get('/api/v1/auth/me')).json();
  const headers = { 'x-csrf-token': me.csrfToken as string };
  return {
    userId: me.user.id as string,
    post: (url: string, data: unknown) => request.post(url, { data, headers }),
    patch: (url: string, data: unknown) => request.patch(url, { data, headers }),
  };
}

/** Sara's group, with her as its crisis admin and Rita joined through the invite in her mail. */
async function groupWithRita(sara: Page, rita: Page, groupName: string): Promise<string> {
  const saraApi = await api(sara.request);
  const created = await saraApi.post('/api/v1/groups', { name: groupName, kind: 'local' });
  expect(created.status(), await created.text()).toBe(201);
  const { id: groupId } = await created.json();
  const crisis = await saraApi.patch(`/api/v1/groups/${groupId}/members/${saraApi.userId}`, {
    crisisAdmin: true,
  });
  expect(crisis.status(), await crisis.text()).toBe(200);
  const invite = await saraApi.post(`/api/v1/groups/${groupId}/invites`, { email: demoReporter.email });
  expect(invite.status(), await invite.text()).toBe(201);
  const mail = await newestMailTo(
    rita.request,
    demoReporter.email,
    new RegExp(`Inbjudan till gruppen ${groupName}`),
  );
  await rita.goto(linkIn(mail, /\/group-invite\//));
  await rita.getByRole('button', { name: `Gå med i ${groupName}` }).click();
  await expect(rita.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  return groupId;
}

test('a member keeps a crisis profile; the group’s crisis admin reads it with a reason, and the member sees the read', async ({
  browser,
}, testInfo) => {
  const groupName = `Krisgruppen ${Date.now().toString(36)}`;
  const sara = await signedIn(browser, demoSecurityContact);
  const rita = await signedIn(browser, demoReporter);
  const groupId = await groupWithRita(sara, rita, groupName);

  await test.step('Rita fills in her crisis profile on the profile page', async () => {
    await rita.goto('/profile');
    await expect(rita.getByRole('heading', { name: 'Krisprofil' })).toBeVisible();
    await expect(rita.getByText('Ingen har läst dina krisuppgifter.')).toBeVisible();
    await field(rita, 'Personnummer').fill('121212-1213');
    await rita.getByRole('button', { name: 'Spara krisprofilen' }).click();
    await expect(rita.getByText('Ogiltigt personnummer eller samordningsnummer')).toBeVisible();

    await field(rita, 'Personnummer').fill('19121212-1212');
    await field(rita, 'Annat telefonnummer').fill('070-123 45 67');
    await rita.getByRole('button', { name: 'Lägg till anhörig' }).click();
    // The profile's own name and phone fields are above: the next of kin's are in their group.
    const kin = rita.getByRole('group', { name: 'Anhöriga' });
    await kin.getByRole('textbox', { name: 'Namn' }).fill('Jonas Rapportör');
    await kin.getByRole('textbox', { name: 'Relation' }).fill('Make');
    await kin.getByRole('textbox', { name: 'Telefon' }).fill('073-918 27 64');
    await rita.getByRole('button', { name: 'Spara krisprofilen' }).click();
    await expect(rita.getByText('Krisprofilen är sparad')).toBeVisible();
    await rita.reload();
    await expect(kin.getByRole('textbox', { name: 'Telefon' })).toHaveValue('073-918 27 64');
    await checkpoint(rita, testInfo, '01-crisis-profile');
  });

  await test.step('Sara, crisis admin of the group, opens it after saying why', async () => {
    await sara.goto(`/groups/${groupId}/members`);
    await sara.getByRole('button', { name: 'Visa krisprofilen för Rita Rapportör' }).click();
    const dialog = sara.getByRole('dialog', { name: 'Krisprofil: Rita Rapportör' });
    await dialog.getByRole('combobox', { name: 'Varför behöver du uppgifterna?' }).selectOption({
      label: 'för att nå dina anhöriga',
    });
    await dialog.getByRole('button', { name: 'Visa uppgifterna' }).click();
    await expect(dialog.getByText('Jonas Rapportör (Make)')).toBeVisible();
    await expect(dialog.getByRole('link', { name: '073-918 27 64' })).toHaveAttribute(
      'href',
      'tel:0739182764',
    );
    await expect(dialog.getByText('19121212-1212')).toBeVisible();
    await checkpoint(sara, testInfo, '02-crisis-admin-reads');
  });

  await test.step('Rita sees who read it, through which group and why', async () => {
    await rita.goto('/profile');
    await expect(
      rita.getByText(new RegExp(`Sara .* i gruppen ${groupName} – för att nå dina anhöriga`)),
    ).toBeVisible();
  });
});
