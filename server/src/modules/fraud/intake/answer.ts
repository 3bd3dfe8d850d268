import type { Logger } from 'pino';
import type { ServiceDeps } from '../../../deps';
import { HttpError } from '../../../platform/errors';
import { renderMail } from '../../../platform/mail/layout';
import { enqueueMail } from '../../../platform/mail/outbox';
import { checkInvoicePdf } from '../invoice-check';
import { readInvoiceMail } from './message';
import { type AttachmentCheck, invoiceCheckMail, noPdfMail } from './reply-mail';

export type IntakeMail = {
  /** The envelope's MAIL FROM; null for the empty return path of bounces and other robots. */
  returnPath: string | null;
  raw: Buffer;
};

export type IntakeOutcome = 'replied' | 'no_return_path' | 'automatic' | 'own_address';

/**
 * FRAUD-6 by e-mail: checks the PDFs of a forwarded mail and queues the answer to its sender. Resolving means
 * the answer (if any) is committed to the mail queue; any failure is the caller's to turn into a retry.
 */
export async function answerInvoiceMail(
  deps: ServiceDeps & { logger: Logger },
  intakeAddress: string,
  mail: IntakeMail,
): Promise<IntakeOutcome> {
  if (!mail.returnPath) return 'no_return_path';
  const received = await readInvoiceMail(mail.raw);
  if (received.automatic) return 'automatic';
  // The person who forwarded the invoice reads the address the message names; a forwarding service may have
  // rewritten the envelope.
  const to = received.headerAddress ?? mail.returnPath;
  if (isOwnAddress(to, intakeAddress, deps.config.mailFrom)) return 'own_address';

  const checks: AttachmentCheck[] = [];
  for (const pdf of received.pdfs)
    checks.push({ filename: pdf.filename, outcome: await check(deps, pdf.content) });
  const links = { publicUrl: deps.config.publicUrl, intakeAddress };
  const content =
    checks.length === 0 ? noPdfMail(links) : invoiceCheckMail(checks, received.skippedPdfs, links);
  await deps.db.transaction((tx) => enqueueMail(deps.jobs, tx, { to, ...renderMail(content) }));
  deps.logger.info(
    {
      pdfs: checks.length,
      skippedPdfs: received.skippedPdfs,
      verdicts: checks.map((c) => (c.outcome.kind === 'checked' ? c.outcome.result.verdict : 'unreadable')),
    },
    'invoice intake: reply queued',
  );
  return 'replied';
}

async function check(deps: ServiceDeps, pdf: Buffer): Promise<AttachmentCheck['outcome']> {
  try {
    return { kind: 'checked', result: await checkInvoicePdf(deps, pdf) };
  } catch (error) {
    // checkInvoicePdf's 422 is the file's fault and belongs in the reply; anything else is ours, and retried.
    if (error instanceof HttpError && error.statusCode === 422) return { kind: 'unreadable' };
    throw error;
  }
}

/** Answering the intake or our own sender address would talk to ourselves in a loop. */
function isOwnAddress(to: string, intakeAddress: string, mailFrom: string): boolean {
  const address = to.toLowerCase();
  const sender = (mailFrom.match(/<([^>]+)>/)?.[1] ?? mailFrom).trim().toLowerCase();
  return address === intakeAddress.toLowerCase() || address === sender;
}
