import type { Language } from '@vaksam/domain/common';
import { incidentStatuses, incidentTypes, labelOf, severities } from '@vaksam/domain/incidents/taxonomy';
import type { NotificationKind } from '@vaksam/domain/notifications';
import type { MailContent } from '../../platform/mail/layout';
import type { IncidentRow } from '../incidents/queries';

/** The facts every notice about a report is written from; never its free text (it may hold personal data). */
export type ReportFacts = {
  type: string;
  severity: string;
  serious: boolean;
  when: string;
  place: string;
  orgName: string;
  reporterName: string;
};

export function reportFacts(row: IncidentRow, lang: Language): ReportFacts {
  const { incident } = row;
  const when = incident.occurredAt.toLocaleString(lang === 'en' ? 'en-GB' : 'sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const position = lang === 'en' ? 'a position on the map' : 'en plats på kartan';
  return {
    type: labelOf(incidentTypes, incident.type, lang),
    severity: labelOf(severities, incident.severity, lang),
    serious: incident.severity !== 'disturbance',
    when,
    place: row.unitName ?? position,
    orgName: row.orgName,
    reporterName: row.reporterName ?? (lang === 'en' ? 'Someone' : 'Någon'),
  };
}

/** What a notice needs beyond the report: a status change, or who forwarded it where. */
export type NoticeContext = { from?: string; to?: string; senderName?: string; address?: string };

/** Title and body of an in-app notice and of a push message (short: a lock screen shows two lines). */
/** Notices about a report; news from groups carries its own text (see modules/groups/post-notices.ts). */
/** News carries its own text in the delivery's context; every other kind is written from a report. */
export type NewsKind = Extract<NotificationKind, 'group_post' | 'warning' | 'fraud_entry'>;
export const isNewsKind = (kind: NotificationKind): kind is NewsKind =>
  kind === 'group_post' || kind === 'warning' || kind === 'fraud_entry';

export type IncidentNoticeKind = Exclude<NotificationKind, NewsKind>;

export function noticeText(
  kind: IncidentNoticeKind,
  facts: ReportFacts,
  lang: Language,
  context: NoticeContext = {},
): { title: string; body: string } {
  const en = lang === 'en';
  const status = (code: string | undefined) => labelOf(incidentStatuses, code ?? '', lang);
  switch (kind) {
    case 'incident_reported':
      return {
        title: en
          ? `New report: ${facts.type}${facts.serious ? ` (${facts.severity.toLowerCase()})` : ''}`
          : `Ny rapport: ${facts.type}${facts.serious ? ` (${facts.severity.toLowerCase()})` : ''}`,
        body: `${facts.orgName}, ${facts.place} · ${facts.when}`,
      };
    case 'incident_copy':
      return {
        title: en ? 'Your report was received' : 'Din rapport har tagits emot',
        body: en
          ? `${facts.type}, ${facts.when}. It has been sent to those responsible in ${facts.orgName}.`
          : `${facts.type}, ${facts.when}. Den har skickats till de ansvariga i ${facts.orgName}.`,
      };
    case 'incident_status_changed':
      return {
        title: en
          ? `Your report is now “${status(context.to)}”`
          : `Din rapport är nu ”${status(context.to)}”`,
        body: `${facts.type}, ${facts.when}`,
      };
    case 'incident_forwarded':
      return {
        title: en ? 'Your report was forwarded' : 'Din rapport har vidarebefordrats',
        body: en
          ? `${context.senderName ?? 'Someone'} sent your report (${facts.type}, ${facts.when}) to ${context.address ?? 'an e-mail address'}.`
          : `${context.senderName ?? 'Någon'} skickade din rapport (${facts.type}, ${facts.when}) till ${context.address ?? 'en e-postadress'}.`,
      };
    case 'reminder':
      return { title: en ? 'Reminder' : 'Påminnelse', body: `${facts.type}, ${facts.when}` };
  }
}

const footer = (lang: Language) =>
  lang === 'en'
    ? 'Vaksam – the security centre for your organisation.'
    : 'Vaksam – säkerhetscentret för din verksamhet.';

function factLines(facts: ReportFacts, lang: Language): string {
  return lang === 'en'
    ? `Type: ${facts.type}. Severity: ${facts.severity}. When: ${facts.when}. Where: ${facts.place} (${facts.orgName}).`
    : `Typ: ${facts.type}. Allvarlighetsgrad: ${facts.severity}. När: ${facts.when}. Var: ${facts.place} (${facts.orgName}).`;
}

/** The mail to a person with an account: a notice with a link to the report. */
export function noticeMail(
  kind: IncidentNoticeKind,
  recipientKind: 'reporter' | 'security_contact' | 'manager',
  facts: ReportFacts,
  lang: Language,
  url: string,
  context: NoticeContext = {},
): MailContent {
  const en = lang === 'en';
  const action = { label: en ? 'Open the report' : 'Öppna rapporten', url };
  const greeting = en ? 'Hello,' : 'Hej!';
  const text = noticeText(kind, facts, lang, context);
  switch (kind) {
    case 'incident_reported':
      return {
        subject: `${text.title} – ${facts.place}`,
        greeting,
        paragraphs: [
          en
            ? `${facts.reporterName} has reported an incident in ${facts.orgName}.`
            : `${facts.reporterName} har rapporterat en händelse i ${facts.orgName}.`,
          factLines(facts, lang),
          recipientKind === 'security_contact'
            ? en
              ? 'You get this message at once because you are a security contact of the organisation.'
              : 'Du får det här meddelandet direkt eftersom du är säkerhetsansvarig i organisationen.'
            : en
              ? 'You get this message because you manage the organisation and it has no security contact.'
              : 'Du får det här meddelandet eftersom du är chef i organisationen och den saknar säkerhetsansvarig.',
        ],
        action,
        footer: footer(lang),
      };
    case 'incident_copy':
      return {
        subject: en ? `Copy of your report: ${facts.type}` : `Kopia av din rapport: ${facts.type}`,
        greeting,
        paragraphs: [
          en
            ? 'Thank you for your report. Here is a copy for your own records; the whole report is attached as a PDF.'
            : 'Tack för din rapport. Här är en kopia för ditt eget arkiv; hela rapporten finns som PDF i bilagan.',
          factLines(facts, lang),
          en
            ? 'The report page shows who has received it and whether it has arrived.'
            : 'På rapportsidan ser du vilka som har fått den och om den har kommit fram.',
        ],
        action,
        footer: footer(lang),
      };
    default:
      return {
        subject: text.title,
        greeting,
        paragraphs: [text.body, factLines(facts, lang)],
        action,
        footer: footer(lang),
      };
  }
}

/** INC-5: the mail to whoever a report was forwarded to; they may have no account, so the PDF carries it all. */
export function forwardMail(
  facts: ReportFacts,
  lang: Language,
  sender: { name: string; email: string },
  message: string | undefined,
): MailContent {
  const en = lang === 'en';
  const paragraphs = [
    en
      ? `${sender.name} (${sender.email}, ${facts.orgName}) has forwarded an incident report from Vaksam to you.`
      : `${sender.name} (${sender.email}, ${facts.orgName}) har vidarebefordrat en rapport om en händelse från Vaksam till dig.`,
  ];
  if (message) paragraphs.push(en ? `Message: “${message}”` : `Meddelande: ”${message}”`);
  paragraphs.push(
    factLines(facts, lang),
    en ? 'The whole report is attached as a PDF.' : 'Hela rapporten finns som PDF i bilagan.',
  );
  return {
    subject: en ? `Forwarded report: ${facts.type}` : `Vidarebefordrad rapport: ${facts.type}`,
    greeting: en ? 'Hello,' : 'Hej!',
    paragraphs,
    footer: en
      ? `Sent through Vaksam. A reply to this mail goes to ${sender.email}.`
      : `Skickat via Vaksam. Ett svar på det här mejlet går till ${sender.email}.`,
  };
}
