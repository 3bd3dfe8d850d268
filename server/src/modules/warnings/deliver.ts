import type { Language } from '@vaksam/domain/common';
import { isUntargeted, WARNING_SEVERITY_LABELS } from '@vaksam/domain/warnings';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import type { DeliveryContext } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import type { Jobs } from '../../platform/jobs';
import { queueNewsDeliveries } from '../notifications/news-deliveries';
import { findWarning, type WarningRow } from './queries';
import { recipientsQuery } from './targeting';

export const DELIVER_WARNING_JOB = 'warnings.deliver';

const EXCERPT = 180;

/** A warning's push and mail text in one language: the severity, the title, the start of what is happening. */
export function warningNoticeText(
  warning: Pick<WarningRow, 'title' | 'body' | 'severity' | 'id'>,
  lang: Language,
) {
  const text = warning.body.replace(/\s+/g, ' ').trim();
  const body = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
  const context: DeliveryContext = {
    title: `${WARNING_SEVERITY_LABELS[warning.severity][lang]}: ${warning.title}`,
    body,
    url: `/warnings/${warning.id}`,
    actionLabel: lang === 'en' ? 'Read the warning' : 'Läs varningen',
  };
  return context;
}

/**
 * WARN-3: reaches the people a published warning matches and who have not had it yet, in one transaction and
 * set-based, so that 100,000 people take a few statements: each becomes a recipient (the feed, unread), every
 * push device of theirs gets a push if they want warnings pushed, and those without any device get a mail if
 * they want it. Run again (after a change of targeting, say), it reaches only those it had not reached.
 */
export async function deliverWarning(tx: Queryable, jobs: Jobs, warningId: string): Promise<number> {
  const warning = await findWarning(tx, warningId);
  if (warning?.state !== 'published') return 0;
  if (warning.validUntil && warning.validUntil.getTime() <= Date.now()) return 0;
  const untargeted = isUntargeted(warning.targeting);
  // A platform warning without any targeting would reach everyone: refused when published, never sent.
  if (untargeted && !warning.groupId) return 0;
  const reached = await tx.execute(sql`
    insert into warning_recipients (warning_id, user_id)
    select ${warningId}::uuid, user_id from (${recipientsQuery(warning.targeting, warning.groupId, untargeted)}) r
    on conflict do nothing`);
  const counted = reached as unknown as { rowCount?: number | null; affectedRows?: number };
  const newlyReached = counted.rowCount ?? counted.affectedRows ?? 0;
  // Recipients inserted by this transaction carry its start time: `now()` is the same within it.
  await queueNewsDeliveries(tx, jobs, {
    kind: 'warning',
    recipientKind: 'warning_recipient',
    about: { column: 'warning_id', id: warningId },
    recipients: sql`select user_id from warning_recipients where warning_id = ${warningId} and created_at = now()`,
    texts: { sv: warningNoticeText(warning, 'sv'), en: warningNoticeText(warning, 'en') },
    mailOnlyWithoutPush: true,
  });
  return newlyReached;
}

export function defineWarningJobs(deps: ServiceDeps): void {
  deps.jobs.define<{ warningId: string }>(DELIVER_WARNING_JOB, async ({ warningId }) => {
    await deps.db.transaction((tx) => deliverWarning(tx, deps.jobs, warningId));
  });
}
