import type { Language } from '@vaksam/domain/common';
import type { AppDeps } from '../../deps';
import { renderMail } from '../../platform/mail/layout';
import type { MailAttachment, MailMessage } from '../../platform/mail/mailer';
import { incidentPdfFileName, renderIncidentPdfById } from '../incidents/pdf';
import { findIncidentUnsafe, type IncidentRow } from '../incidents/queries';
import { SEND_EMAIL_JOB } from './fan-out';
import { forwardMail, isNewsKind, noticeMail, reportFacts } from './messages';
import { type DeliveryRow, findDeliveryUnsafe, updateDelivery } from './queries';
import { claimAttempt, recordFailure, type SendJob } from './retries';

type Deps = Pick<AppDeps, 'db' | 'jobs' | 'config' | 'mailer'>;

/**
 * Sends one e-mail delivery. It counts as delivered when the SMTP server accepted it; a 5xx answer (no such
 * mailbox) fails it at once, anything else is tried again later.
 */
export async function sendEmailDelivery(deps: Deps, job: SendJob): Promise<void> {
  const found = await findDeliveryUnsafe(deps.db, job.deliveryId);
  if (!found || !(await claimAttempt(deps.db, job.deliveryId, job.attempt))) return;
  const { delivery } = found;
  const attempt = { ...job, name: SEND_EMAIL_JOB };
  if (isNewsKind(delivery.kind)) {
    await sendNewsMail(deps, attempt, delivery, found.recipientLanguage ?? 'sv');
    return;
  }
  const incident = delivery.incidentId ? await findIncidentUnsafe(deps.db, delivery.incidentId) : null;
  if (!delivery.address) {
    await recordFailure(deps, attempt, { error: 'no address', permanent: 'no_address' });
    return;
  }
  if (!incident) {
    await recordFailure(deps, attempt, {
      error: 'the report was deleted before sending',
      permanent: 'gave_up',
    });
    return;
  }
  try {
    const language =
      delivery.recipientKind === 'forward' ? delivery.context.language : found.recipientLanguage;
    await deps.mailer.deliver(
      await composeMail(deps, delivery, delivery.address, incident, language ?? 'sv'),
    );
  } catch (error) {
    await recordFailure(deps, attempt, {
      error: error instanceof Error ? error.message : String(error),
      permanent: isPermanentMailError(error) ? 'rejected' : null,
    });
    return;
  }
  await updateDelivery(deps.db, delivery.id, { state: 'delivered', lastError: null });
}

/** News from a group or a warning: its text was written for the recipient when it was fanned out. */
async function sendNewsMail(
  deps: Deps,
  attempt: SendJob & { name: string },
  delivery: DeliveryRow,
  lang: Language,
): Promise<void> {
  const { title, body, url } = delivery.context;
  if (!delivery.address || !title || !url) {
    await recordFailure(deps, attempt, { error: 'incomplete news notice', permanent: 'gave_up' });
    return;
  }
  const content = {
    subject: title,
    greeting: lang === 'en' ? 'Hello,' : 'Hej!',
    paragraphs: [body ?? ''],
    action: {
      label: delivery.context.actionLabel ?? (lang === 'en' ? 'Open the group' : 'Öppna gruppen'),
      url: `${deps.config.publicUrl}${url}`,
    },
    footer:
      lang === 'en'
        ? 'Vaksam – the security centre for your organisation.'
        : 'Vaksam – säkerhetscentret för din verksamhet.',
  };
  try {
    await deps.mailer.deliver({ to: delivery.address, ...renderMail(content) });
  } catch (error) {
    await recordFailure(deps, attempt, {
      error: error instanceof Error ? error.message : String(error),
      permanent: isPermanentMailError(error) ? 'rejected' : null,
    });
    return;
  }
  await updateDelivery(deps.db, delivery.id, { state: 'delivered', lastError: null });
}

async function composeMail(
  deps: Deps,
  delivery: DeliveryRow,
  to: string,
  incident: IncidentRow,
  lang: Language,
): Promise<MailMessage> {
  const facts = reportFacts(incident, lang);
  if (delivery.recipientKind === 'forward') {
    const sender = { name: delivery.context.senderName ?? '', email: delivery.context.senderEmail ?? '' };
    const content = forwardMail(facts, lang, sender, delivery.context.message);
    return {
      to,
      ...renderMail(content),
      // The recipient answers the person who forwarded it, not our no-reply address.
      ...(sender.email ? { replyTo: sender.email } : {}),
      attachments: [await reportPdf(deps, incident, lang)],
    };
  }
  const { kind, recipientKind } = delivery;
  if (
    isNewsKind(kind) ||
    recipientKind === 'group_member' ||
    recipientKind === 'warning_recipient' ||
    recipientKind === 'fraud_list_follower'
  ) {
    throw new Error('news from groups, warnings and Varningslistan is sent by sendNewsMail');
  }
  const url = `${deps.config.publicUrl}/incidents/${incident.incident.id}`;
  const content = noticeMail(kind, recipientKind, facts, lang, url, delivery.context);
  // Only the reporter's own copy carries the report; the others get a link behind the login.
  const attachments = delivery.kind === 'incident_copy' ? [await reportPdf(deps, incident, lang)] : [];
  return { to, ...renderMail(content), ...(attachments.length > 0 ? { attachments } : {}) };
}

/** Rendered when the mail is sent, not when the report was filed: filing stays fast and the PDF is current. */
async function reportPdf(deps: Deps, row: IncidentRow, lang: Language): Promise<MailAttachment> {
  const pdf = await renderIncidentPdfById(deps.db, row.incident.id, lang);
  if (!pdf) throw new Error('the report disappeared while its PDF was rendered');
  return {
    filename: incidentPdfFileName(
      { id: row.incident.id, occurredAt: row.incident.occurredAt.toISOString() },
      lang,
    ),
    contentType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}

/** SMTP 5xx is a final no (unknown mailbox, refused); 4xx and lost connections are worth another try. */
function isPermanentMailError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
