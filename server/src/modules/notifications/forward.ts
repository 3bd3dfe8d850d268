import type { Language } from '@vaksam/domain/common';
import type { forwardIncidentRequestSchema } from '@vaksam/domain/notifications';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import { notificationDeliveries } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/policy';
import { SEND_EMAIL_JOB } from './fan-out';
import { loadVisibleIncident } from './incident-access';
import { enqueueForwardNotice } from './jobs';
import { maskEmail, presentDelivery } from './presenters';
import { insertDelivery } from './queries';

type Deps = Pick<AppDeps, 'db' | 'jobs' | 'config' | 'limiter'>;
type Sender = { name: string; email: string; language: Language };

/**
 * INC-5: whoever may read a report may send it, as a PDF, to one e-mail address with a short note. The
 * forward is a delivery like any other (the report page shows whether it arrived), the audit log records it
 * without the address, and the reporter is told when someone else forwarded their report.
 */
export async function forwardIncident(
  deps: Deps,
  actor: Actor,
  sender: Sender,
  incidentId: string,
  input: z.infer<typeof forwardIncidentRequestSchema>,
) {
  const row = await loadVisibleIncident(deps.db, actor, incidentId);
  deps.limiter.consume([
    { key: `forward:${actor.userId}`, max: deps.config.rateLimitForwardPerHour, windowMs: 3_600_000 },
  ]);
  const address = input.email.trim();
  const message = input.message?.trim() || undefined;
  return deps.db.transaction(async (tx) => {
    const deliveryId = await insertDelivery(tx, {
      orgId: row.incident.orgId,
      incidentId,
      kind: 'incident_forwarded',
      recipientKind: 'forward',
      channel: 'email',
      address,
      senderId: actor.userId,
      context: { message, senderName: sender.name, senderEmail: sender.email, language: sender.language },
      dedupeKey: `forward:${uuidv7()}`,
    });
    if (!deliveryId) throw new Error('a fresh dedupe key conflicted');
    await deps.jobs.send(tx, SEND_EMAIL_JOB, { deliveryId, attempt: 1 });
    if (row.incident.reporterId && row.incident.reporterId !== actor.userId) {
      await enqueueForwardNotice(deps.jobs, tx, {
        incidentId,
        deliveryId,
        senderName: sender.name,
        address: maskEmail(address),
      });
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId: row.incident.orgId,
      action: 'incident.forwarded',
      targetType: 'incident',
      targetId: incidentId,
      details: { deliveryId },
    });
    const [delivery] = await tx
      .select()
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.id, deliveryId));
    if (!delivery) throw new Error('delivery not found after insert');
    return presentDelivery({ delivery, recipientName: null, senderName: sender.name });
  });
}
