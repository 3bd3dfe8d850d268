import type { Language } from '@vaksam/domain/common';
import type { MailContent } from '../../../platform/mail/layout';

const FOOTER = {
  sv: 'Vaksam – säkerhetscentret för din verksamhet.',
  en: 'Vaksam – the security centre for your organisation.',
};

export type ReportDecision =
  | { kind: 'published' | 'merged'; entryUrl: string }
  | { kind: 'rejected'; reason: string };

/** Tells the reporter what became of their report, in their language. */
export function reportDecidedMail(
  lang: Language,
  companyName: string,
  decision: ReportDecision,
): MailContent {
  if (lang === 'en') {
    const paragraphs = {
      published: `Thank you for your report of an invoice from ${companyName}. Our analysts have put the sender on Varningslistan, so that others can check it before they pay.`,
      merged: `Thank you for your report of an invoice from ${companyName}. The sender was already on Varningslistan; your report has been counted on its entry, which helps others see how widespread it is.`,
      rejected: `Thank you for your report of an invoice from ${companyName}. Our analysts have decided not to put it on Varningslistan.`,
    };
    return {
      subject:
        decision.kind === 'rejected'
          ? 'Your report was not published'
          : `Your report of ${companyName} is on Varningslistan`,
      greeting: 'Hello,',
      paragraphs:
        decision.kind === 'rejected'
          ? [paragraphs.rejected, `Reason: ${decision.reason}`]
          : [paragraphs[decision.kind], 'Your name is not shown on the list.'],
      ...(decision.kind !== 'rejected' ? { action: { label: 'See the entry', url: decision.entryUrl } } : {}),
      footer: FOOTER.en,
    };
  }
  const paragraphs = {
    published: `Tack för din rapport om en faktura från ${companyName}. Våra analytiker har lagt upp avsändaren på Varningslistan, så att andra kan kontrollera den innan de betalar.`,
    merged: `Tack för din rapport om en faktura från ${companyName}. Avsändaren fanns redan på Varningslistan; din rapport har räknats på den posten, vilket visar andra hur spritt det är.`,
    rejected: `Tack för din rapport om en faktura från ${companyName}. Våra analytiker har beslutat att inte lägga upp den på Varningslistan.`,
  };
  return {
    subject:
      decision.kind === 'rejected'
        ? 'Din rapport publicerades inte'
        : `Din rapport om ${companyName} finns på Varningslistan`,
    greeting: 'Hej!',
    paragraphs:
      decision.kind === 'rejected'
        ? [paragraphs.rejected, `Skäl: ${decision.reason}`]
        : [paragraphs[decision.kind], 'Ditt namn visas inte på listan.'],
    ...(decision.kind !== 'rejected' ? { action: { label: 'Se posten', url: decision.entryUrl } } : {}),
    footer: FOOTER.sv,
  };
}
