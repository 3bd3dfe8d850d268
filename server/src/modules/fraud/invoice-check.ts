import fs from 'node:fs/promises';
import type { InvoiceCheckResult } from '@vaksam/domain/fraud';
import { findPaymentIdentifiers } from '@vaksam/domain/fraud/identifiers-in-text';
import type { ServiceDeps } from '../../deps';
import { HttpError, unprocessable } from '../../platform/errors';
import { sniffKind } from '../attachments/content-type';
import type { AttachmentStorage } from '../attachments/storage';
import type { ReceivedUpload } from '../attachments/upload';
import { extractPdfText, UnreadablePdfError } from './invoice-text';
import { presentSummary } from './presenters';
import { findByIdentifiers } from './queries';

const notPdf = () =>
  new HttpError(415, 'unsupported_media_type', 'Ladda upp fakturan som PDF.', {
    file: 'Filen är ingen PDF',
  });

/**
 * FRAUD-6: reads the identifiers printed on an invoice and tells which of them are on the list. The file is
 * read and thrown away; nothing of it is stored.
 */
export async function checkInvoice(
  deps: ServiceDeps & { storage: AttachmentStorage },
  upload: ReceivedUpload,
): Promise<InvoiceCheckResult> {
  try {
    if (sniffKind(upload.head) !== 'pdf') throw notPdf();
    return await checkInvoicePdf(deps, await fs.readFile(upload.tempPath));
  } finally {
    await deps.storage.remove(upload.tempPath);
  }
}

export async function checkInvoicePdf(deps: ServiceDeps, pdf: Buffer): Promise<InvoiceCheckResult> {
  let text: string;
  try {
    text = await extractPdfText(pdf);
  } catch (error) {
    if (error instanceof UnreadablePdfError) {
      throw unprocessable('PDF-filen gick inte att läsa. Är den skyddad med lösenord eller skadad?', {
        file: 'PDF-filen gick inte att läsa',
      });
    }
    throw error;
  }
  const found = findPaymentIdentifiers(text);
  const listed = await findByIdentifiers(
    deps.db,
    found.map(({ kind, normalized }) => ({ kind, value: normalized })),
  );
  const results = found.map((identifier) => ({
    kind: identifier.kind,
    value: identifier.normalized,
    formatted: identifier.formatted,
    entries: listed
      .filter((row) => row.kind === identifier.kind && row.value === identifier.normalized)
      .map(presentSummary),
  }));
  const verdict =
    results.length === 0
      ? 'nothing_found'
      : results.some((r) => r.entries.length > 0)
        ? 'listed'
        : 'not_listed';
  return { verdict, found: results };
}
