import type { FraudIdentifierKind, InvoiceCheckResult } from '@vaksam/domain/fraud';
import type { MailContent } from '../../../platform/mail/layout';
import { INTAKE_LIMITS } from './limits';

/**
 * The intake's replies. Whoever forwards an invoice is unknown to us, so every reply is written in Swedish and
 * then in English.
 */

export type AttachmentCheck = {
  filename: string | null;
  outcome: { kind: 'checked'; result: InvoiceCheckResult } | { kind: 'unreadable' };
};

type Links = { publicUrl: string; intakeAddress: string };

const KIND_LABEL: Record<FraudIdentifierKind, { sv: string; en: string }> = {
  organisationsnummer: { sv: 'Organisationsnummer', en: 'Organisationsnummer (company number)' },
  bankgiro: { sv: 'Bankgiro', en: 'Bankgiro' },
  plusgiro: { sv: 'Plusgiro', en: 'Plusgiro' },
  iban: { sv: 'IBAN', en: 'IBAN' },
  website: { sv: 'Webbadress', en: 'Web address' },
  email: { sv: 'E-postadress', en: 'E-mail address' },
};

const IN_ENGLISH = '— In English —';

const footer = ({ intakeAddress }: Links) =>
  `Vaksam Varningslistan. Automatiskt svar på ett mejl till ${intakeAddress}. / ` +
  `Automatic reply to an e-mail sent to ${intakeAddress}.`;

const adviceAction = ({ publicUrl }: Links) => ({
  label: 'Råd om bluffakturor / Advice on fraudulent invoices',
  url: `${publicUrl}/fraud-list/advice`,
});

/** A file name is the sender's text: one short line, so it cannot shape the reply. */
function attachmentLabel(index: number, filename: string | null, word: string): string {
  const name = filename
    ?.replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .trim()
    .slice(0, 80);
  return name ? `${word} ${index + 1} (${name})` : `${word} ${index + 1}`;
}

function attachmentParagraphs(check: AttachmentCheck, index: number, lang: 'sv' | 'en', links: Links) {
  const label = attachmentLabel(index, check.filename, lang === 'sv' ? 'Bilaga' : 'Attachment');
  if (check.outcome.kind === 'unreadable') {
    return [
      lang === 'sv'
        ? `${label}: PDF-filen gick inte att läsa. Är den skyddad med lösenord eller skadad?`
        : `${label}: the PDF could not be read. Is it protected by a password, or damaged?`,
    ];
  }
  const { verdict, found } = check.outcome.result;
  const headline = {
    listed: {
      sv: `${label}: VARNING – uppgifter på fakturan finns på Varningslistan över avsändare av bluffakturor. Betala inte förrän du har kontrollerat den.`,
      en: `${label}: WARNING – details on the invoice are on Varningslistan, the list of senders of fraudulent invoices. Do not pay it before you have checked it.`,
    },
    not_listed: {
      sv: `${label}: inget av det vi hittade på fakturan finns på Varningslistan. Det gör inte fakturan äkta – kontrollera att ni har beställt det som faktureras.`,
      en: `${label}: nothing we found on the invoice is on Varningslistan. That does not make it genuine – check that you ordered what it charges for.`,
    },
    nothing_found: {
      sv: `${label}: vi hittade inget organisationsnummer, bankgiro, plusgiro eller IBAN i fakturans text. En inskannad faktura utan textlager kan vi inte läsa.`,
      en: `${label}: we found no organisationsnummer, bankgiro, plusgiro or IBAN in the invoice's text. A scanned invoice without a text layer cannot be read.`,
    },
  }[verdict][lang];
  const lines = found.map((identifier) => {
    const what = `– ${KIND_LABEL[identifier.kind][lang]} ${identifier.formatted}`;
    if (identifier.entries.length === 0)
      return lang === 'sv' ? `${what}: finns inte på listan` : `${what}: not listed`;
    const [open, close, see] = lang === 'sv' ? ['”', '”', 'se'] : ['"', '"', 'see'];
    const entries = identifier.entries
      .map((entry) => `${open}${entry.companyName}${close}, ${see} ${links.publicUrl}/fraud-list/${entry.id}`)
      .join('; ');
    return lang === 'sv'
      ? `${what}: finns på Varningslistan som ${entries}`
      : `${what}: listed as ${entries}`;
  });
  return [headline, ...lines];
}

const MAX_PDFS = INTAKE_LIMITS.pdfsPerMail;
const MAX_MB = Math.floor(INTAKE_LIMITS.messageBytes / (1024 * 1024));

function skippedParagraph(skipped: number, lang: 'sv' | 'en'): string[] {
  if (skipped === 0) return [];
  return [
    lang === 'sv'
      ? `Vi kontrollerar högst ${MAX_PDFS} PDF-filer per mejl; ${skipped} till lästes inte. Skicka dem i ett nytt mejl.`
      : `We check at most ${MAX_PDFS} PDF files per e-mail; ${skipped} more were not read. Send them in another e-mail.`,
  ];
}

const KEPT_NOTHING = {
  sv: 'Vi sparar varken ditt mejl eller fakturan; de lästes bara för det här svaret.',
  en: 'We keep neither your e-mail nor the invoice; they were read only for this reply.',
};

export function invoiceCheckMail(checks: AttachmentCheck[], skippedPdfs: number, links: Links): MailContent {
  const verdicts = checks.map((check) =>
    check.outcome.kind === 'checked' ? check.outcome.result.verdict : 'unreadable',
  );
  const subject = verdicts.includes('listed')
    ? 'Varning: fakturan finns på Varningslistan / Warning: the invoice is on Varningslistan'
    : verdicts.includes('not_listed')
      ? 'Fakturakontroll: inget på Varningslistan / Invoice check: nothing on Varningslistan'
      : 'Fakturakontroll: inga uppgifter hittades / Invoice check: no details found';
  const section = (lang: 'sv' | 'en') => [
    ...checks.flatMap((check, index) => attachmentParagraphs(check, index, lang, links)),
    ...skippedParagraph(skippedPdfs, lang),
    KEPT_NOTHING[lang],
  ];
  return {
    subject,
    greeting: 'Hej! / Hello!',
    paragraphs: [
      'Här är resultatet av kontrollen mot Varningslistan.',
      ...section('sv'),
      IN_ENGLISH,
      'Here is the result of the check against Varningslistan.',
      ...section('en'),
    ],
    action: adviceAction(links),
    footer: footer(links),
  };
}

export function noPdfMail(links: Links): MailContent {
  const search = `${links.publicUrl}/fraud-list`;
  return {
    subject: 'Fakturakontroll: ingen PDF hittades / Invoice check: no PDF found',
    greeting: 'Hej! / Hello!',
    paragraphs: [
      'Vi hittade ingen PDF-fil i ditt mejl, så det fanns ingen faktura att kontrollera mot Varningslistan.',
      `Så gör du: vidarebefordra fakturan till ${links.intakeAddress} med fakturan bifogad som PDF-fil (högst ${MAX_PDFS} filer och ${MAX_MB} MB per mejl). Ett foto eller en inskannad bild av en pappersfaktura kan vi inte läsa.`,
      `Du kan också söka på organisationsnummer, bankgiro, plusgiro eller namn på ${search}.`,
      IN_ENGLISH,
      'We found no PDF file in your e-mail, so there was no invoice to check against Varningslistan.',
      `How to: forward the invoice to ${links.intakeAddress} with the invoice attached as a PDF file (at most ${MAX_PDFS} files and ${MAX_MB} MB per e-mail). A photo or a scanned image of a paper invoice cannot be read.`,
      `You can also search by organisationsnummer, bankgiro, plusgiro or name at ${search}.`,
    ],
    action: adviceAction(links),
    footer: footer(links),
  };
}
