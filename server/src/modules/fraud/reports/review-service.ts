import type { FraudEntryInput } from '@vaksam/domain/fraud';
import type { FraudReportReview, FraudReportState } from '@vaksam/domain/fraud-reports';
import type { PageQuery } from '@vaksam/domain/pagination';
import { eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../../../db/client';
import { users } from '../../../db/schema';
import type { ServiceDeps } from '../../../deps';
import { writeAudit } from '../../../platform/audit';
import { conflict, notFound, unprocessable } from '../../../platform/errors';
import { renderMail } from '../../../platform/mail/layout';
import { enqueueMail } from '../../../platform/mail/outbox';
import { fetchPage } from '../../../platform/pagination';
import { type Actor, enforce } from '../../../platform/policy';
import { createEntry, recordReport } from '../service';
import { type ReportDecision, reportDecidedMail } from './mails';
import { addMissingIdentifiers, lockListedEntry } from './merge';
import { fraudReportPolicy } from './policy';
import { presentReview, presentSummary } from './presenters';
import { findReport, listForReview, lockReport, markDecided, type ReportRow } from './queries';
import { REPORT_NOT_FOUND } from './service';

/** The fraud module's services run inside the decision's transaction, so a decision and its entry are one. */
const within = (deps: ServiceDeps, tx: Tx): ServiceDeps => ({ ...deps, db: tx });

export function listQueue(
  deps: ServiceDeps,
  actor: Actor,
  query: PageQuery & { state?: FraudReportState | undefined },
) {
  enforce(fraudReportPolicy.review(actor), REPORT_NOT_FOUND);
  return fetchPage(
    query,
    (page) => listForReview(deps.db, query.state, page),
    (row) => row.id,
    presentSummary,
  );
}

async function review(db: Queryable, id: string): Promise<FraudReportReview> {
  const found = await findReport(db, id);
  if (!found) throw notFound(REPORT_NOT_FOUND);
  return presentReview(found);
}

export function getForReview(deps: ServiceDeps, actor: Actor, id: string) {
  enforce(fraudReportPolicy.review(actor), REPORT_NOT_FOUND);
  return review(deps.db, id);
}

/** The report, locked, while no one has decided it yet; a second decision answers 409. */
async function pendingReport(tx: Queryable, id: string): Promise<ReportRow> {
  const report = await lockReport(tx, id);
  if (!report) throw notFound(REPORT_NOT_FOUND);
  if (report.state !== 'pending') throw conflict('Rapporten är redan behandlad');
  return report;
}

/** Records the decision, its audit entry and the reporter's mail, in the decision's transaction. */
async function decide(
  deps: ServiceDeps,
  tx: Tx,
  actor: Actor,
  report: ReportRow,
  decision: ReportDecision & { entryId?: string },
  details: Record<string, unknown> = {},
) {
  const { kind, ...rest } = decision;
  await markDecided(tx, report.id, {
    state: kind,
    decidedBy: actor.userId,
    ...(decision.entryId ? { entryId: decision.entryId } : {}),
    ...('reason' in rest ? { rejectionReason: rest.reason } : {}),
  });
  // The reason is free text for the reporter; the audit log keeps identifiers only.
  await writeAudit(tx, {
    actorUserId: actor.userId,
    action: `fraud_report.${kind}`,
    targetType: 'fraud_report',
    targetId: report.id,
    details: { ...(decision.entryId ? { entryId: decision.entryId } : {}), ...details },
  });
  if (!report.reporterId) return;
  const [reporter] = await tx
    .select({ email: users.email, language: users.language })
    .from(users)
    .where(eq(users.id, report.reporterId));
  if (!reporter) return;
  const mail = reportDecidedMail(reporter.language, report.companyName, decision);
  await enqueueMail(deps.jobs, tx, { to: reporter.email, ...renderMail(mail) });
}

const entryUrl = (deps: ServiceDeps, entryId: string) => `${deps.config.publicUrl}/fraud-list/${entryId}`;

/**
 * Publishes the report as a new entry through the analysts' own path (`createEntry`): its first report is
 * counted, followers are told, and an identifier already listed answers 409 as there.
 */
export async function publishReport(deps: ServiceDeps, actor: Actor, id: string, input: FraudEntryInput) {
  enforce(fraudReportPolicy.review(actor), REPORT_NOT_FOUND);
  return deps.db.transaction(async (tx) => {
    const report = await pendingReport(tx, id);
    const entry = await createEntry(within(deps, tx), actor, input);
    await decide(deps, tx, actor, report, {
      kind: 'published',
      entryId: entry.id,
      entryUrl: entryUrl(deps, entry.id),
    });
    return review(tx, id);
  });
}

/**
 * Counts the report on an entry already listed, as `recordReport` counts one (in the month the report came
 * in), and adds the identifiers of the report that the entry lacks and no other entry has.
 */
export async function mergeReport(deps: ServiceDeps, actor: Actor, id: string, entryId: string) {
  enforce(fraudReportPolicy.review(actor), REPORT_NOT_FOUND);
  return deps.db.transaction(async (tx) => {
    const report = await pendingReport(tx, id);
    const entry = await lockListedEntry(tx, entryId);
    if (!entry) {
      throw unprocessable('Posten finns inte på Varningslistan', {
        entryId: 'Välj en post som finns på listan',
      });
    }
    await recordReport(within(deps, tx), actor, entryId, { receivedAt: report.createdAt.toISOString() });
    const added = await addMissingIdentifiers(tx, entry, report.identifiers, actor.userId);
    await decide(
      deps,
      tx,
      actor,
      report,
      { kind: 'merged', entryId, entryUrl: entryUrl(deps, entryId) },
      { identifiersAdded: added },
    );
    return review(tx, id);
  });
}

export async function rejectReport(deps: ServiceDeps, actor: Actor, id: string, reason: string) {
  enforce(fraudReportPolicy.review(actor), REPORT_NOT_FOUND);
  return deps.db.transaction(async (tx) => {
    const report = await pendingReport(tx, id);
    await decide(deps, tx, actor, report, { kind: 'rejected', reason });
    return review(tx, id);
  });
}
