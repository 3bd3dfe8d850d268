import type { Page } from '@playwright/test';

/** A text field by its accessible name (the label without Mantine's "*" marker). */
export const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

export async function logIn(page: Page, person: { email: string; password: string }): Promise<void> {
  await field(page, 'E-post').fill(person.email);
  await field(page, 'Lösenord').fill(person.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}
