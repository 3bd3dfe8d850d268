import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { devMail } from '../../db/schema';

export type MailMessage = { to: string; subject: string; text: string; html?: string };

export type Mailer = { deliver(message: MailMessage): Promise<void>; kind: 'smtp' | 'dev-mailbox' };

/** SMTP when configured; otherwise mails land in the dev mailbox table, shown at /dev/mail. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, db: Database): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      kind: 'smtp',
      async deliver(message) {
        await transport.sendMail({ from: config.mailFrom, ...message });
      },
    };
  }
  return {
    kind: 'dev-mailbox',
    async deliver(message) {
      await db
        .insert(devMail)
        .values({ to: message.to, subject: message.subject, text: message.text, html: message.html ?? null });
    },
  };
}
