import type { Language } from '@vaksam/domain/common';
import { authorityDeadline, incidentTypes, labelOf } from '@vaksam/domain/incidents/taxonomy';
import type { ServiceDeps } from '../../deps';
import type { MailContent } from '../../platform/mail/layout';
import { renderMail } from '../../platform/mail/layout';
import { enqueueMail } from '../../platform/mail/outbox';
import { listManagers } from '../orgs/queries';
import { findIncidentUnsafe } from './queries';

export const AUTHORITY_REMINDER_JOB = 'incidents.authority-reminder';
/** Managers are reminded this long before the 72 hours run out. */
export const AUTHORITY_REMINDER_LEAD_HOURS = 24;

export function reminderTimeFor(type: string, reportedAt: Date): Date | null {
  const deadline = authorityDeadline(type, reportedAt);
  return deadline ? new Date(deadline.getTime() - AUTHORITY_REMINDER_LEAD_HOURS * 3_600_000) : null;
}

function reminderMail(lang: Language, deadline: Date, url: string): MailContent {
  const when = deadline.toLocaleString(lang === 'en' ? 'en-GB' : 'sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const type = labelOf(incidentTypes, 'personal_data_incident', lang);
  return lang === 'en'
    ? {
        subject: `${type}: report to IMY by ${when}`,
        greeting: 'Hello,',
        paragraphs: [
          `A ${type.toLowerCase()} in your organisation is still open. Unless it is unlikely to harm anyone, it must be reported to the Swedish Authority for Privacy Protection (IMY) within 72 hours of discovery — by ${when}.`,
        ],
        action: { label: 'Open the report', url },
        footer: 'Vaksam – the security centre for your organisation.',
      }
    : {
        subject: `${type}: anmäl till IMY senast ${when}`,
        greeting: 'Hej!',
        paragraphs: [
          `En ${type.toLowerCase()} i er organisation är fortfarande öppen. Om den inte är osannolik att leda till risker för de registrerade ska den anmälas till Integritetsskyddsmyndigheten (IMY) inom 72 timmar från upptäckten – senast ${when}.`,
        ],
        action: { label: 'Öppna rapporten', url },
        footer: 'Vaksam – säkerhetscentret för din verksamhet.',
      };
}

/** PRIV-6: a day before the deadline, the managers of an open personal-data incident get a mail. */
export function defineIncidentJobs(deps: ServiceDeps): void {
  deps.jobs.define<{ incidentId: string }>(AUTHORITY_REMINDER_JOB, async ({ incidentId }) => {
    await deps.db.transaction(async (tx) => {
      const row = await findIncidentUnsafe(tx, incidentId);
      if (!row || row.incident.status === 'resolved' || row.incident.status === 'closed') return;
      const deadline = authorityDeadline(row.incident.type, row.incident.createdAt);
      if (!deadline) return;
      for (const manager of await listManagers(tx, { orgId: row.incident.orgId })) {
        const mail = reminderMail(
          manager.language,
          deadline,
          `${deps.config.publicUrl}/incidents/${incidentId}`,
        );
        await enqueueMail(deps.jobs, tx, { to: manager.email, ...renderMail(mail) });
      }
    });
  });
}
