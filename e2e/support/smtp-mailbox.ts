import { expect } from '@playwright/test';
import type { PeerMail } from './mailbox-peer';

export const SMTP_PEER_PORT = 3225;
export const MAILBOX_LISTING_PORT = 3226;

/**
 * Waits for a mail to `to` at the SMTP peer; mails leave through the job queue, a moment later. With
 * `containing`, only a mail whose text holds it counts, so that an earlier mail of the same kind (another
 * journey on the same server) is not taken for it.
 */
export async function smtpMailTo(to: string, subject: RegExp, containing?: string): Promise<PeerMail> {
  let found: PeerMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`http://127.0.0.1:${MAILBOX_LISTING_PORT}/messages`);
        const { items } = (await response.json()) as { items: PeerMail[] };
        found = items
          .reverse()
          .find(
            (mail) =>
              mail.to.includes(to.toLowerCase()) &&
              subject.test(mail.subject) &&
              (containing === undefined || mail.text.includes(containing)),
          );
        return found?.subject;
      },
      {
        message: `a mail to ${to} matching ${subject} at the SMTP peer${containing ? ` with ${containing}` : ''}`,
        timeout: 30_000,
      },
    )
    .toBeTruthy();
  return found as PeerMail;
}
