import type { Queryable } from '../../db/client';
import type { Jobs } from '../jobs';
import type { Mailer, MailMessage } from './mailer';

export const SEND_MAIL_JOB = 'mail.send';

export function defineMailJob(jobs: Jobs, mailer: Mailer): void {
  jobs.define<MailMessage>(SEND_MAIL_JOB, (message) => mailer.deliver(message), {
    retryLimit: 10,
    retryDelaySeconds: 30,
  });
}

/** Queues the mail in the caller's transaction: it is sent if and only if the change commits. */
export function enqueueMail(jobs: Jobs, tx: Queryable, message: MailMessage): Promise<void> {
  return jobs.send(tx, SEND_MAIL_JOB, message);
}
