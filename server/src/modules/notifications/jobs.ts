import { type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../db/client';
import type { DeliveryContext } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Jobs } from '../../platform/jobs';
import { findIncidentUnsafe } from '../incidents/queries';
import { sendEmailDelivery } from './email-delivery';
import { fanOutNewReport, notifyReporter, SEND_EMAIL_JOB, SEND_PUSH_JOB } from './fan-out';
import { sendPushDelivery } from './push-delivery';
import type { SendJob } from './retries';

export const INCIDENT_REPORTED_JOB = 'notifications.incident-reported';
export const REPORTER_NOTICE_JOB = 'notifications.reporter-notice';

type ReporterNotice = {
  incidentId: string;
  kind: 'incident_status_changed' | 'incident_forwarded';
  eventKey: string;
  context: DeliveryContext;
};

/**
 * NOTIF-2: filing a report writes this job into the outbox in the very statement that inserts the report
 * (see `insertIncidentWithEvent`); who gets told, how, and the sending itself all happen here, later, with retries.
 */
export const newReportNotice = {
  jobName: INCIDENT_REPORTED_JOB,
  payload: (incidentIdColumn: SQL) => sql`jsonb_build_object('incidentId', ${incidentIdColumn})`,
};

/** Tells the reporter their report's status changed, unless they changed it themselves. */
export async function enqueueStatusNotice(
  jobs: Jobs,
  tx: Queryable,
  change: { incidentId: string; reporterId: string | null; actorId: string; from: string; to: string },
): Promise<void> {
  if (!change.reporterId || change.reporterId === change.actorId) return;
  const notice: ReporterNotice = {
    incidentId: change.incidentId,
    kind: 'incident_status_changed',
    eventKey: `incident_status_changed:${uuidv7()}`,
    context: { from: change.from, to: change.to },
  };
  await jobs.send(tx, REPORTER_NOTICE_JOB, notice);
}

/** Tells the reporter someone forwarded their report, and to which (masked) address. */
export async function enqueueForwardNotice(
  jobs: Jobs,
  tx: Queryable,
  forward: { incidentId: string; deliveryId: string; senderName: string; address: string },
): Promise<void> {
  const notice: ReporterNotice = {
    incidentId: forward.incidentId,
    kind: 'incident_forwarded',
    eventKey: `incident_forwarded:${forward.deliveryId}`,
    context: { senderName: forward.senderName, address: forward.address },
  };
  await jobs.send(tx, REPORTER_NOTICE_JOB, notice);
}

export function defineNotificationJobs(deps: Pick<AppDeps, 'db' | 'jobs' | 'config' | 'mailer'>): void {
  deps.jobs.define<{ incidentId: string }>(INCIDENT_REPORTED_JOB, async ({ incidentId }) => {
    await deps.db.transaction(async (tx) => {
      const row = await findIncidentUnsafe(tx, incidentId);
      if (row) await fanOutNewReport(tx, deps.jobs, row);
    });
  });
  deps.jobs.define<ReporterNotice>(REPORTER_NOTICE_JOB, async (notice) => {
    await deps.db.transaction(async (tx) => {
      const row = await findIncidentUnsafe(tx, notice.incidentId);
      if (row) await notifyReporter(tx, deps.jobs, { ...notice, incident: row });
    });
  });
  deps.jobs.define<SendJob>(SEND_EMAIL_JOB, (job) => sendEmailDelivery(deps, job));
  deps.jobs.define<SendJob>(SEND_PUSH_JOB, (job) => sendPushDelivery(deps, job));
}
