import type { Language } from '@vaksam/domain/common';
import { authorityDeadline, incidentTypes, labelOf } from '@vaksam/domain/incidents/taxonomy';
import type { ServiceDeps } from '../../deps';
import type { MailContent } from '../../platform/mail/layout';
import { renderMail } from '../../platform/mail/layout';
import { enqueueMail } from '../../platform/mail/outbox';
import { preferencesOf } from '../notifications/preferences';
import { listManagers } from '../orgs/queries';
import { findCameraInOrg, findIncidentUnsafe } from './queries';

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

export const SECURE_FOOTAGE_JOB = 'incidents.secure-footage';
export const FOOTAGE_REMINDER_LEAD_DAYS = 2;

function secureFootageMail(lang: Language, camera: string, deletedAt: Date, url: string): MailContent {
  const when = deletedAt.toLocaleDateString(lang === 'en' ? 'en-GB' : 'sv-SE', {
    timeZone: 'Europe/Stockholm',
  });
  return lang === 'en'
    ? {
        subject: `Secure the footage from camera ${camera} before ${when}`,
        greeting: 'Hello,',
        paragraphs: [
          `A report in your organisation says camera ${camera} recorded the event. Its recordings are deleted automatically around ${when}; export the footage now if the police or the investigation may need it.`,
        ],
        action: { label: 'Open the report', url },
        footer: 'Vaksam – the security centre for your organisation.',
      }
    : {
        subject: `Säkra filmen från kamera ${camera} före ${when}`,
        greeting: 'Hej!',
        paragraphs: [
          `En rapport i er organisation anger att kamera ${camera} har filmat händelsen. Inspelningarna raderas automatiskt omkring ${when}. Exportera filmen nu om polisen eller utredningen kan behöva den.`,
        ],
        action: { label: 'Öppna rapporten', url },
        footer: 'Vaksam – säkerhetscentret för din verksamhet.',
      };
}

/** The managers who keep reminder mails switched on (NOTIF-1 preferences). */
async function managersWantingReminderMail(tx: Parameters<typeof listManagers>[0], orgId: string) {
  const managers = await listManagers(tx, { orgId });
  const preferences = await preferencesOf(
    tx,
    managers.map((m) => m.userId),
  );
  return managers.filter((m) => preferences.get(m.userId)?.reminder.email !== false);
}

/** PRIV-6: a day before the deadline, the managers of an open personal-data incident get a mail. */
export function defineIncidentJobs(deps: ServiceDeps): void {
  deps.jobs.define<{ incidentId: string }>(AUTHORITY_REMINDER_JOB, async ({ incidentId }) => {
    await deps.db.transaction(async (tx) => {
      const row = await findIncidentUnsafe(tx, incidentId);
      if (!row || row.incident.status === 'resolved' || row.incident.status === 'closed') return;
      const deadline = authorityDeadline(row.incident.type, row.incident.createdAt);
      if (!deadline) return;
      for (const manager of await managersWantingReminderMail(tx, row.incident.orgId)) {
        const mail = reminderMail(
          manager.language,
          deadline,
          `${deps.config.publicUrl}/incidents/${incidentId}`,
        );
        await enqueueMail(deps.jobs, tx, { to: manager.email, ...renderMail(mail) });
      }
    });
  });

  deps.jobs.define<{ incidentId: string; cameraId: string }>(
    SECURE_FOOTAGE_JOB,
    async ({ incidentId, cameraId }) => {
      await deps.db.transaction(async (tx) => {
        const row = await findIncidentUnsafe(tx, incidentId);
        if (!row || row.incident.cameraId !== cameraId) return;
        const camera = await findCameraInOrg(tx, { orgId: row.incident.orgId }, cameraId);
        if (!camera) return;
        const deletedAt = new Date(row.incident.occurredAt.getTime() + camera.retentionDays * 86_400_000);
        for (const manager of await managersWantingReminderMail(tx, row.incident.orgId)) {
          const mail = secureFootageMail(
            manager.language,
            camera.name,
            deletedAt,
            `${deps.config.publicUrl}/incidents/${incidentId}`,
          );
          await enqueueMail(deps.jobs, tx, { to: manager.email, ...renderMail(mail) });
        }
      });
    },
  );
}
