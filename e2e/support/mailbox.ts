import { type APIRequestContext, expect } from '@playwright/test';

type Mail = { id: string; createdAt: string; to: string; subject: string; text: string };

/**
 * The newest mail to an address, waiting for it: mails leave through the job queue,
 * so they arrive a moment after the request that caused them.
 */
export async function newestMailTo(request: APIRequestContext, to: string, subject?: RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/v1/dev/mail');
        expect(response.ok()).toBe(true);
        const { items } = (await response.json()) as { items: Mail[] };
        found = items.find(
          (mail) => mail.to.toLowerCase() === to.toLowerCase() && (!subject || subject.test(mail.subject)),
        );
        return found?.subject;
      },
      { message: `a mail to ${to}${subject ? ` matching ${subject}` : ''}`, timeout: 20_000 },
    )
    .toBeTruthy();
  return found as Mail;
}

/** The first link in a mail whose path matches, e.g. /\/invite\// — fails the test when there is none. */
export function linkIn(mail: Mail, pathPattern: RegExp): string {
  const link = mail.text
    .match(/https?:\/\/\S+/g)
    ?.find((url) => pathPattern.test(new URL(url).pathname + new URL(url).search));
  expect(link, `a link matching ${pathPattern} in "${mail.subject}":\n${mail.text}`).toBeTruthy();
  return link as string;
}
