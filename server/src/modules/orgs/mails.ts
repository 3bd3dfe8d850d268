import type { Language } from '@vaksam/domain/common';
import type { MailContent } from '../../platform/mail/layout';

const FOOTER = {
  sv: 'Vaksam – säkerhetscentret för din verksamhet.',
  en: 'Vaksam – the security centre for your organisation.',
};

export function inviteMail(
  lang: Language,
  orgName: string,
  inviterName: string,
  url: string,
  days: number,
): MailContent {
  return lang === 'en'
    ? {
        subject: `Invitation to ${orgName} in Vaksam`,
        greeting: 'Hello,',
        paragraphs: [
          `${inviterName} has invited you to join ${orgName} in Vaksam, where you report security incidents and receive warnings and crisis alerts.`,
          `The invitation can be used once and is valid for ${days} days.`,
        ],
        action: { label: `Join ${orgName}`, url },
        footer: FOOTER.en,
      }
    : {
        subject: `Inbjudan till ${orgName} i Vaksam`,
        greeting: 'Hej!',
        paragraphs: [
          `${inviterName} har bjudit in dig till ${orgName} i Vaksam. Där rapporterar ni säkerhetshändelser och får varningar och larm vid kris.`,
          `Inbjudan kan användas en gång och gäller i ${days} dagar.`,
        ],
        action: { label: `Gå med i ${orgName}`, url },
        footer: FOOTER.sv,
      };
}

export function joinRequestReceivedMail(
  lang: Language,
  orgName: string,
  requesterName: string,
  url: string,
): MailContent {
  return lang === 'en'
    ? {
        subject: `${requesterName} asks to join ${orgName}`,
        greeting: 'Hello,',
        paragraphs: [`${requesterName} has asked to join ${orgName} in Vaksam. Approve or deny the request.`],
        action: { label: 'Review the request', url },
        footer: FOOTER.en,
      }
    : {
        subject: `${requesterName} vill gå med i ${orgName}`,
        greeting: 'Hej!',
        paragraphs: [
          `${requesterName} har bett om att få gå med i ${orgName} i Vaksam. Godkänn eller avslå förfrågan.`,
        ],
        action: { label: 'Granska förfrågan', url },
        footer: FOOTER.sv,
      };
}

export function joinRequestDecidedMail(
  lang: Language,
  orgName: string,
  approved: boolean,
  url: string,
): MailContent {
  if (lang === 'en') {
    return {
      subject: approved ? `You are now a member of ${orgName}` : `Your request to join ${orgName} was denied`,
      greeting: 'Hello,',
      paragraphs: [
        approved
          ? `Your request to join ${orgName} in Vaksam has been approved.`
          : `Your request to join ${orgName} in Vaksam was denied. Contact the organisation if you think this is wrong.`,
      ],
      action: { label: 'Open Vaksam', url },
      footer: FOOTER.en,
    };
  }
  return {
    subject: approved ? `Du är nu medlem i ${orgName}` : `Din förfrågan om att gå med i ${orgName} avslogs`,
    greeting: 'Hej!',
    paragraphs: [
      approved
        ? `Din förfrågan om att gå med i ${orgName} i Vaksam har godkänts.`
        : `Din förfrågan om att gå med i ${orgName} i Vaksam avslogs. Kontakta organisationen om du tror att det är fel.`,
    ],
    action: { label: 'Öppna Vaksam', url },
    footer: FOOTER.sv,
  };
}
