import type { StoredContentType } from '@vaksam/domain/attachments';
import type {
  FraudReport,
  FraudReportFile,
  FraudReportReview,
  FraudReportSummary,
} from '@vaksam/domain/fraud-reports';
import { formattedIdentifier } from '../presenters';
import type { FoundReport, ReportFileRow, SummaryRow } from './queries';

export const presentReportFile = (row: ReportFileRow): FraudReportFile => ({
  id: row.id,
  displayName: row.displayName,
  contentType: row.contentType as StoredContentType,
  size: row.size,
  width: row.width,
  height: row.height,
  createdAt: row.createdAt.toISOString(),
});

/** The reporter's view: what they sent and what became of it, never who decided it. */
export function presentReport({ report, files }: FoundReport): FraudReport {
  return {
    id: report.id,
    companyName: report.companyName,
    identifiers: report.identifiers.map((identifier) => ({
      ...identifier,
      formatted: formattedIdentifier(identifier.kind, identifier.value),
    })),
    amountSek: report.amountOre === null ? null : report.amountOre / 100,
    invoiceDate: report.invoiceDate,
    description: report.description,
    state: report.state,
    decidedAt: report.decidedAt?.toISOString() ?? null,
    entryId: report.entryId,
    rejectionReason: report.rejectionReason,
    incidentId: report.incidentId,
    files: files.map(presentReportFile),
    createdAt: report.createdAt.toISOString(),
  };
}

/** The analysts' view, with the reporter to contact; the incident stays the organisation's (PRIV-4). */
export function presentReview(found: FoundReport): FraudReportReview {
  const { incidentId: _incident, ...report } = presentReport(found);
  const { reporterId, decidedBy } = found.report;
  return {
    ...report,
    reporter: reporterId && found.reporter ? { id: reporterId, ...found.reporter } : null,
    decidedBy: decidedBy ? { id: decidedBy, name: found.deciderName ?? '' } : null,
  };
}

export const presentSummary = (row: SummaryRow): FraudReportSummary => ({
  id: row.id,
  companyName: row.companyName,
  state: row.state,
  fileCount: row.fileCount,
  createdAt: row.createdAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
});
