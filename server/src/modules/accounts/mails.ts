import type { Language } from '@vaksam/domain/common';
import type { MailContent } from '../../platform/mail/layout';

const FOOTER = {
  sv: 'Vaksam – säkerhetscentret för din verksamhet. Du får det här mejlet för att någon angav din adress hos oss.',
  en: 'Vaksam – the security centre for your organisation. You receive this e-mail because your address was entered with us.',
};

export function verifyEmailMail(lang: Language, name: string, url: string): MailContent {
  return lang === 'en'
    ? {
        subject: 'Confirm your e-mail address for Vaksam',
        greeting: `Hello ${name},`,
        paragraphs: ['Confirm your e-mail address to start using Vaksam. The link is valid for 24 hours.'],
        action: { label: 'Confirm e-mail address', url },
        footer: FOOTER.en,
      }
    : {
        subject: 'Bekräfta din e-postadress för Vaksam',
        greeting: `Hej ${name}!`,
        paragraphs: ['Bekräfta din e-postadress så kan du börja använda Vaksam. Länken gäller i 24 timmar.'],
        action: { label: 'Bekräfta e-postadressen', url },
        footer: FOOTER.sv,
      };
}

export function accountExistsMail(
  lang: Language,
  name: string,
  loginUrl: string,
  resetUrl: string,
): MailContent {
  return lang === 'en'
    ? {
        subject: 'You already have a Vaksam account',
        greeting: `Hello ${name},`,
        paragraphs: [
          'Someone tried to create a new account with this e-mail address, but you already have one.',
          `Log in at ${loginUrl}. If you have forgotten your password, you can choose a new one.`,
          'If it was not you, you can ignore this e-mail.',
        ],
        action: { label: 'Choose a new password', url: resetUrl },
        footer: FOOTER.en,
      }
    : {
        subject: 'Du har redan ett konto i Vaksam',
        greeting: `Hej ${name}!`,
        paragraphs: [
          'Någon försökte skapa ett nytt konto med den här e-postadressen, men du har redan ett.',
          `Logga in på ${loginUrl}. Har du glömt lösenordet kan du välja ett nytt.`,
          'Var det inte du kan du bortse från mejlet.',
        ],
        action: { label: 'Välj nytt lösenord', url: resetUrl },
        footer: FOOTER.sv,
      };
}

export function passwordResetMail(lang: Language, name: string, url: string): MailContent {
  return lang === 'en'
    ? {
        subject: 'Choose a new password for Vaksam',
        greeting: `Hello ${name},`,
        paragraphs: [
          'We received a request to reset your password. The link is valid for one hour and can be used once.',
          'If you did not ask for this, ignore this e-mail; your password stays as it is.',
        ],
        action: { label: 'Choose a new password', url },
        footer: FOOTER.en,
      }
    : {
        subject: 'Välj ett nytt lösenord för Vaksam',
        greeting: `Hej ${name}!`,
        paragraphs: [
          'Vi har fått en begäran om att återställa ditt lösenord. Länken gäller i en timme och kan användas en gång.',
          'Har du inte bett om detta kan du bortse från mejlet – ditt lösenord är oförändrat.',
        ],
        action: { label: 'Välj nytt lösenord', url },
        footer: FOOTER.sv,
      };
}

export function passwordChangedMail(lang: Language, name: string): MailContent {
  return lang === 'en'
    ? {
        subject: 'Your Vaksam password was changed',
        greeting: `Hello ${name},`,
        paragraphs: [
          'Your password was just changed and you were logged out on all devices.',
          'If it was not you, reset your password at once and contact your organisation.',
        ],
        footer: FOOTER.en,
      }
    : {
        subject: 'Ditt lösenord i Vaksam har ändrats',
        greeting: `Hej ${name}!`,
        paragraphs: [
          'Ditt lösenord har just ändrats och du har loggats ut på alla enheter.',
          'Var det inte du? Återställ lösenordet direkt och kontakta din organisation.',
        ],
        footer: FOOTER.sv,
      };
}
