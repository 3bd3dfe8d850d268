import { type HeaderValue, type ParsedMail, simpleParser } from 'mailparser';
import { z } from 'zod';
import { SNIFF_BYTES, sniffKind } from '../../attachments/content-type';
import { INTAKE_LIMITS } from './limits';

export type ReceivedPdf = { filename: string | null; content: Buffer };

/** What the intake needs of a received mail: whom to answer, whether to answer at all, and its PDFs. */
export type ReceivedInvoiceMail = {
  automatic: boolean;
  /** Reply-To, else From, when it is a usable address. */
  headerAddress: string | null;
  pdfs: ReceivedPdf[];
  /** PDFs beyond the limit per mail, left unread. */
  skippedPdfs: number;
};

const addressSchema = z.email();

export async function readInvoiceMail(raw: Buffer): Promise<ReceivedInvoiceMail> {
  // Only attachments and headers are used, so the HTML and text conversions are CPU for nothing.
  const mail = await simpleParser(raw, {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    skipImageLinks: true,
  });
  // Names and declared types are the sender's word; a PDF is what starts like one (decision 015).
  const pdfs = mail.attachments
    .filter((attachment) => sniffKind(attachment.content.subarray(0, SNIFF_BYTES)) === 'pdf')
    .map((attachment) => ({ filename: attachment.filename ?? null, content: attachment.content }));
  return {
    automatic: isAutomatic(mail),
    headerAddress: firstValidAddress(mail.replyTo) ?? firstValidAddress(mail.from),
    pdfs: pdfs.slice(0, INTAKE_LIMITS.pdfsPerMail),
    skippedPdfs: Math.max(0, pdfs.length - INTAKE_LIMITS.pdfsPerMail),
  };
}

/** Answering an auto-reply, a bounce or a list mail can start a mail loop with another robot (RFC 3834). */
function isAutomatic(mail: ParsedMail): boolean {
  const autoSubmitted = headerText(mail.headers.get('auto-submitted'));
  if (autoSubmitted !== null && autoSubmitted.split(';')[0]?.trim() !== 'no') return true;
  const precedence = headerText(mail.headers.get('precedence'));
  return precedence !== null && ['bulk', 'list', 'junk'].includes(precedence);
}

function headerText(value: HeaderValue | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim().toLowerCase() : null;
}

function firstValidAddress(header: ParsedMail['from']): string | null {
  const address = header?.value.find((entry) => entry.address)?.address?.trim();
  return address && addressSchema.safeParse(address).success ? address : null;
}
