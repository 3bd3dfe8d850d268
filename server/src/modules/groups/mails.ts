import type { Language } from '@vaksam/domain/common';
import type { MailContent } from '../../platform/mail/layout';

const FOOTER = {
  sv: 'Vaksam – säkerhetscentret för din verksamhet.',
  en: 'Vaksam – the security centre for your organisation.',
};

export function groupInviteMail(
  lang: Language,
  groupName: string,
  inviterName: string,
  url: string,
  days: number,
): MailContent {
  return lang === 'en'
    ? {
        subject: `Invitation to the group ${groupName} in Vaksam`,
        greeting: 'Hello,',
        paragraphs: [
          `${inviterName} has invited you to the group ${groupName} in Vaksam, where its members share incidents, posts and routines.`,
          `Sign in or create an account with this e-mail address to join. The invitation can be used once and is valid for ${days} days.`,
        ],
        action: { label: `Join ${groupName}`, url },
        footer: FOOTER.en,
      }
    : {
        subject: `Inbjudan till gruppen ${groupName} i Vaksam`,
        greeting: 'Hej!',
        paragraphs: [
          `${inviterName} har bjudit in dig till gruppen ${groupName} i Vaksam. Där delar medlemmarna händelser, inlägg och rutiner med varandra.`,
          `Logga in eller skapa ett konto med den här e-postadressen för att gå med. Inbjudan kan användas en gång och gäller i ${days} dagar.`,
        ],
        action: { label: `Gå med i ${groupName}`, url },
        footer: FOOTER.sv,
      };
}

export function groupApplicationDecidedMail(
  lang: Language,
  groupName: string,
  approved: boolean,
  url: string,
): MailContent {
  if (lang === 'en') {
    return {
      subject: approved ? `Welcome to ${groupName}` : `Your application to ${groupName}`,
      greeting: 'Hello,',
      paragraphs: [
        approved
          ? `Your application to the group ${groupName} has been approved. You are now a member.`
          : `Your application to the group ${groupName} was not approved.`,
      ],
      ...(approved ? { action: { label: `Open ${groupName}`, url } } : {}),
      footer: FOOTER.en,
    };
  }
  return {
    subject: approved ? `Välkommen till ${groupName}` : `Din ansökan till ${groupName}`,
    greeting: 'Hej!',
    paragraphs: [
      approved
        ? `Din ansökan till gruppen ${groupName} har godkänts. Du är nu medlem.`
        : `Din ansökan till gruppen ${groupName} godkändes inte.`,
    ],
    ...(approved ? { action: { label: `Öppna ${groupName}`, url } } : {}),
    footer: FOOTER.sv,
  };
}
