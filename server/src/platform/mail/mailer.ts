import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { devMail } from '../../db/schema';

/**
 * A file sent with a mail. Base64 rather than a Buffer, because queued mails travel as JSON
 * through the job queue and must come out byte for byte as they went in.
 */
export type MailAttachment = { filename: string; contentType: string; contentBase64: string };

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Where answers should go when not to the sender, e.g. the contact person of a police report. */
  replyTo?: string;
  attachments?: MailAttachment[];
};

export type Mailer = { deliver(message: MailMessage): Promise<void>; kind: 'smtp' | 'dev-mailbox' };

/** SMTP when configured; otherwise mails land in the dev mailbox table, shown at /dev/mail. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, db: Database): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      kind: 'smtp',
      async deliver({ attachments, ...message }) {
        await transport.sendMail({
          from: config.mailFrom,
          ...message,
          attachments: attachments?.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.contentBase64,
            encoding: 'base64',
          })),
        });
      },
    };
  }
  return {
    kind: 'dev-mailbox',
    async deliver(message) {
      await db.insert(devMail).values({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
        attachments: message.attachments ?? [],
      });
    },
  };
}
