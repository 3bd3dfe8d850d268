import { type Browser, expect, type Page } from '@playwright/test';

/** A text field by its accessible name (the label without Mantine's "*" marker). */
export const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

export async function logIn(page: Page, person: { email: string; password: string }): Promise<void> {
  await field(page, 'E-post').fill(person.email);
  await field(page, 'Lösenord').fill(person.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** A person signed in on a phone of their own (a fresh browser context at 390×844). */
export async function signedIn(browser: Browser, person: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto('/login');
  await logIn(page, person);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}
