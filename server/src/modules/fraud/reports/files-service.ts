import { FRAUD_REPORT_LIMITS, type FraudReportFile } from '@vaksam/domain/fraud-reports';
import type { Queryable } from '../../../db/client';
import { fraudReportFiles } from '../../../db/schema';
import type { ServiceDeps } from '../../../deps';
import { writeAudit } from '../../../platform/audit';
import { conflict, notFound } from '../../../platform/errors';
import { type Actor, enforce } from '../../../platform/policy';
import { openStoredFile, storeUpload } from '../../attachments/store';
import type { ReceivedUpload } from '../../attachments/upload';
import { fraudReportPolicy } from './policy';
import { presentReportFile } from './presenters';
import { countReportFiles, findReportFile, lockReport } from './queries';
import { REPORT_NOT_FOUND } from './service';
import { type FraudReportStorage, reportFolder } from './storage';

export type ReportFileDeps = ServiceDeps & { storage: FraudReportStorage };

const FILE_NOT_FOUND = 'Filen hittades inte';
const MAX = FRAUD_REPORT_LIMITS.files;

/**
 * The report, locked, when its reporter may still add a file to it: a decided report is what the analysts
 * judged and stays so (409), and a full one takes no more (409, on the file field).
 */
async function reportTakingFiles(db: Queryable, actor: Actor, reportId: string) {
  const report = await lockReport(db, reportId);
  if (!report) throw notFound(REPORT_NOT_FOUND);
  enforce(fraudReportPolicy.own(actor, report), REPORT_NOT_FOUND);
  if (report.state !== 'pending') throw conflict('Rapporten är redan behandlad och kan inte ändras');
  const existing = await countReportFiles(db, reportId);
  if (existing >= MAX) {
    throw conflict(`En rapport kan ha högst ${MAX} filer.`, { file: `Rapporten har redan ${MAX} filer` });
  }
  return { report, existing };
}

/**
 * FRAUD-4: the reporter adds a photo or PDF of the invoice, under decision 015's rules (type by content, images
 * re-encoded without EXIF, 15 MB). The report is checked before a byte is read and again, locked, while the
 * row is written, so parallel uploads cannot pass the limit nor land on a report decided meanwhile.
 */
export async function addReportFile(
  deps: ReportFileDeps,
  actor: Actor,
  reportId: string,
  receive: () => Promise<ReceivedUpload>,
  idempotencyKey: string | null,
) {
  await deps.db.transaction((tx) => reportTakingFiles(tx, actor, reportId));
  const upload = await receive();
  return storeUpload<FraudReportFile>(
    deps,
    { folder: reportFolder(reportId), userId: actor.userId, idempotencyKey, request: { reportId } },
    upload,
    async (tx, stored) => {
      const { existing } = await reportTakingFiles(tx, actor, reportId);
      const columns = stored.columns(existing);
      const [row] = await tx
        .insert(fraudReportFiles)
        .values({ id: stored.id, reportId, uploadedBy: actor.userId, ...columns })
        .returning();
      if (!row) throw new Error('fraud report file insert returned no row');
      // By id and type, never the file's name.
      await writeAudit(tx, {
        actorUserId: actor.userId,
        action: 'fraud_report.file_added',
        targetType: 'fraud_report',
        targetId: reportId,
        details: { fileId: row.id, contentType: columns.contentType },
      });
      return { statusCode: 201, body: presentReportFile(row) };
    },
  );
}

/** A file of the report, for its reporter and for the analysts who judge it. */
export async function openReportFile(
  deps: ReportFileDeps,
  actor: Actor,
  ids: { id: string; fileId: string },
) {
  const found = await findReportFile(deps.db, ids.id, ids.fileId);
  if (!found) throw notFound(FILE_NOT_FOUND);
  enforce(fraudReportPolicy.readFiles(actor, found), FILE_NOT_FOUND);
  return { file: found.file, ...(await openStoredFile(deps.storage, found.file, 'file')) };
}
