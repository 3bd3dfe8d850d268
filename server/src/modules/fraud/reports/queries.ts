import type { FraudReportState } from '@vaksam/domain/fraud-reports';
import { and, asc, count, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../../db/client';
import { fraudReportFiles, fraudReports, users } from '../../../db/schema';

export type ReportRow = typeof fraudReports.$inferSelect;
export type ReportFileRow = typeof fraudReportFiles.$inferSelect;
type Page = { limit: number; afterId: string | null };

const decider = alias(users, 'decider');

/** A report with its reporter and the analyst who decided it (for the analysts' view) and its files. */
export async function findReport(db: Queryable, id: string) {
  const [row] = await db
    .select({
      report: fraudReports,
      reporter: { name: users.name, email: users.email },
      deciderName: decider.name,
    })
    .from(fraudReports)
    .leftJoin(users, eq(users.id, fraudReports.reporterId))
    .leftJoin(decider, eq(decider.id, fraudReports.decidedBy))
    .where(eq(fraudReports.id, id));
  if (!row) return null;
  const files = await db
    .select()
    .from(fraudReportFiles)
    .where(eq(fraudReportFiles.reportId, id))
    .orderBy(asc(fraudReportFiles.id));
  return { ...row, files };
}
export type FoundReport = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/**
 * The columns of a list row. The count names `fraud_reports.id` in full: drizzle leaves a column unqualified in
 * a one-table select, where it would bind to the subquery's own table.
 */
const summaryColumns = {
  id: fraudReports.id,
  companyName: fraudReports.companyName,
  state: fraudReports.state,
  createdAt: fraudReports.createdAt,
  decidedAt: fraudReports.decidedAt,
  fileCount: sql<number>`(
    select count(*)::int from ${fraudReportFiles} f where f.report_id = fraud_reports.id)`,
};
export type SummaryRow = {
  id: string;
  companyName: string;
  state: FraudReportState;
  createdAt: Date;
  decidedAt: Date | null;
  fileCount: number;
};

/** The reporter's own reports, newest first. */
export function listReportsOf(db: Queryable, reporterId: string, page: Page): Promise<SummaryRow[]> {
  return db
    .select(summaryColumns)
    .from(fraudReports)
    .where(
      and(
        eq(fraudReports.reporterId, reporterId),
        page.afterId ? lt(fraudReports.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(fraudReports.id))
    .limit(page.limit + 1);
}

const decided = sql<boolean>`(${fraudReports.state} <> 'pending')`;

/**
 * The analysts' queue: one state newest first, or every report with the pending ones first. The cursor is the
 * last id seen; which part of the list it was in is read from its row, so the cursor stays an id.
 */
export function listForReview(
  db: Queryable,
  state: FraudReportState | undefined,
  page: Page,
): Promise<SummaryRow[]> {
  let after: SQL | undefined;
  if (page.afterId && state) after = lt(fraudReports.id, page.afterId);
  else if (page.afterId) {
    const cursorDecided = sql`(select c.state <> 'pending' from ${fraudReports} c where c.id = ${page.afterId})`;
    after = or(
      sql`${decided} > ${cursorDecided}`,
      and(sql`${decided} = ${cursorDecided}`, lt(fraudReports.id, page.afterId)),
    );
  }
  return db
    .select(summaryColumns)
    .from(fraudReports)
    .where(and(state ? eq(fraudReports.state, state) : undefined, after))
    .orderBy(...(state ? [] : [asc(decided)]), desc(fraudReports.id))
    .limit(page.limit + 1);
}

/**
 * Locks a report for a decision or an upload, so that two analysts cannot both decide it and an upload sees a
 * decision made meanwhile. `no key update` leaves the key-share locks of its files' foreign keys free.
 */
export async function lockReport(db: Queryable, id: string) {
  const [row] = await db.select().from(fraudReports).where(eq(fraudReports.id, id)).for('no key update');
  return row ?? null;
}

export async function countReportFiles(db: Queryable, reportId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(fraudReportFiles)
    .where(eq(fraudReportFiles.reportId, reportId));
  return row?.n ?? 0;
}

/** A file of a report, with whose report it is. */
export async function findReportFile(db: Queryable, reportId: string, fileId: string) {
  const [row] = await db
    .select({ file: fraudReportFiles, reporterId: fraudReports.reporterId })
    .from(fraudReportFiles)
    .innerJoin(fraudReports, eq(fraudReports.id, fraudReportFiles.reportId))
    .where(and(eq(fraudReportFiles.reportId, reportId), eq(fraudReportFiles.id, fileId)));
  return row ?? null;
}

/** Records the decision on a report its caller has locked while pending (`lockReport`). */
export async function markDecided(
  db: Queryable,
  id: string,
  decision: {
    state: Exclude<FraudReportState, 'pending'>;
    decidedBy: string;
    entryId?: string;
    rejectionReason?: string;
  },
) {
  const now = new Date();
  await db
    .update(fraudReports)
    .set({ ...decision, decidedAt: now, updatedAt: now })
    .where(and(eq(fraudReports.id, id), eq(fraudReports.state, 'pending')));
}
