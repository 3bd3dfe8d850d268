import { policeReportPayloadSchema } from '@vaksam/domain/police/payload';
import { and, eq } from 'drizzle-orm';
import { policeReports } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import type { Mailer } from '../../platform/mail/mailer';
import { findIncidentUnsafe } from '../incidents/queries';
import { adapterFor } from './adapters';
import { type DeliveryReceipt, PoliceDeliveryError } from './adapters/types';
import { renderPoliceReportPdf } from './pdf';
import { setIncidentKNumber } from './queries';

export const SEND_POLICE_REPORT_JOB = 'police.send-report';
/** After this many attempts a transient failure counts as final, and the report is marked failed. */
export const POLICE_MAX_ATTEMPTS = 8;
const MAX_DELAY_SECONDS = 3600;

/** Doubling from the configured base: 30 s, 1 min, 2 min … capped at an hour. */
export function retryDelaySeconds(baseSeconds: number, attempt: number): number {
  return Math.min(MAX_DELAY_SECONDS, baseSeconds * 2 ** (attempt - 1));
}

type Outcome = { ok: true; receipt: DeliveryReceipt } | { ok: false; error: string; permanent: boolean };

/**
 * Delivers one queued police report. The attempt is claimed in a short transaction, the intake is called
 * outside any transaction, and the outcome is written in another; a transient failure schedules the next
 * attempt itself (so the row always shows the attempt count and the last error) until the attempts run out.
 */
export function definePoliceJobs(deps: ServiceDeps & { mailer: Mailer }): void {
  deps.jobs.define<{ policeReportId: string }>(
    SEND_POLICE_REPORT_JOB,
    async ({ policeReportId }) => {
      const claimed = await deps.db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(policeReports)
          .where(eq(policeReports.id, policeReportId))
          .for('update');
        if (row?.state !== 'sending') return null;
        const attempts = row.attempts + 1;
        await tx
          .update(policeReports)
          .set({ attempts, updatedAt: new Date() })
          .where(eq(policeReports.id, row.id));
        return { ...row, attempts };
      });
      if (!claimed) return;

      const payload = policeReportPayloadSchema.parse(claimed.payload);
      const pdf = await renderPoliceReportPdf(payload);
      let outcome: Outcome;
      try {
        const adapter = adapterFor(claimed, deps.config, deps.mailer);
        outcome = { ok: true, receipt: await adapter.deliver({ deliveryId: claimed.id, payload, pdf }) };
      } catch (error) {
        outcome =
          error instanceof PoliceDeliveryError
            ? { ok: false, error: error.message, permanent: error.permanent }
            : { ok: false, error: 'Oväntat fel vid sändningen', permanent: false };
      }

      await deps.db.transaction(async (tx) => {
        const now = new Date();
        const where = and(eq(policeReports.orgId, claimed.orgId), eq(policeReports.id, claimed.id));
        const audit = (action: string, details: Record<string, unknown>) =>
          writeAudit(tx, {
            actorUserId: null,
            orgId: claimed.orgId,
            action,
            targetType: 'incident',
            targetId: claimed.incidentId,
            details: {
              policeReportId: claimed.id,
              adapter: claimed.adapter,
              attempts: claimed.attempts,
              ...details,
            },
          });
        if (outcome.ok) {
          const { reference, kNumber } = outcome.receipt;
          if (kNumber) {
            const incident = await findIncidentUnsafe(tx, claimed.incidentId);
            if (incident) await setIncidentKNumber(tx, incident.incident, kNumber, null);
          }
          await tx
            .update(policeReports)
            .set({
              state: kNumber ? 'confirmed' : 'sent',
              sentAt: now,
              confirmedAt: kNumber ? now : null,
              externalReference: reference,
              lastError: null,
              updatedAt: now,
            })
            .where(where);
          await audit('police_report.delivered', { confirmed: Boolean(kNumber), reference });
          return;
        }
        if (!outcome.permanent && claimed.attempts < POLICE_MAX_ATTEMPTS) {
          await tx.update(policeReports).set({ lastError: outcome.error, updatedAt: now }).where(where);
          const delay = retryDelaySeconds(deps.config.policeRetryBaseSeconds, claimed.attempts);
          await deps.jobs.send(
            tx,
            SEND_POLICE_REPORT_JOB,
            { policeReportId: claimed.id },
            { startAfter: new Date(now.getTime() + delay * 1000) },
          );
          return;
        }
        await tx
          .update(policeReports)
          .set({ state: 'failed', lastError: outcome.error, updatedAt: now })
          .where(where);
        await audit('police_report.failed', { permanent: outcome.permanent });
      });
    },
    // Only a crash between claiming and recording needs pg-boss's own retry; failed deliveries schedule their next try.
    { retryLimit: 3, retryDelaySeconds: 60 },
  );
}
