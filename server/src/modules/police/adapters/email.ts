import type { PoliceReportPayload } from '@vaksam/domain/police/payload';
import type { Mailer } from '../../../platform/mail/mailer';
import { formatStockholmDateTime } from '../../../platform/pdf/time';
import { policeReportFileBase } from '../pdf';
import { type PoliceAdapter, PoliceDeliveryError } from './types';

function mailText(payload: PoliceReportPayload): string {
  const org = payload.organisation;
  return [
    'Hej!',
    '',
    `${org.name} (${org.orgNumber}) anmäler en händelse: ${payload.crime.label}, ${formatStockholmDateTime(payload.time.from)}${payload.place.municipality ? `, ${payload.place.municipality.name}` : ''}.`,
    '',
    'Polisanmälan finns som PDF i bilagan, och samma uppgifter strukturerade som JSON ' +
      `(formatet ${payload.format}).`,
    '',
    `Kontaktperson: ${org.contact.name}, ${org.contact.phone ?? 'telefon saknas'}, ${org.contact.email}.`,
    'Svara på det här mejlet för att nå kontaktpersonen, och ange gärna K-numret när anmälan är registrerad.',
    '',
    '--',
    `Skickat med Vaksam. Organisationens rapport-id: ${payload.reportId}`,
  ].join('\n');
}

/** An SMTP reply in the 500s is the receiving side's final answer; anything else may pass on a retry. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * The default intake: a mail to the police's intake address with the PDF and the JSON attached, replying
 * to the contact person. Delivered when the SMTP server accepts it; a mailbox gives no reference back.
 */
export function emailAdapter(mailer: Mailer, to: string): PoliceAdapter {
  return {
    kind: 'email',
    async deliver({ payload, pdf }) {
      const base = policeReportFileBase(payload);
      try {
        await mailer.deliver({
          to,
          replyTo: payload.organisation.contact.email,
          subject: `Polisanmälan: ${payload.crime.label} – ${payload.organisation.name} (${payload.organisation.orgNumber})`,
          text: mailText(payload),
          attachments: [
            {
              filename: `${base}.pdf`,
              contentType: 'application/pdf',
              contentBase64: pdf.toString('base64'),
            },
            {
              filename: `${base}.json`,
              contentType: 'application/json',
              contentBase64: Buffer.from(JSON.stringify(payload, null, 2)).toString('base64'),
            },
          ],
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new PoliceDeliveryError(
          `E-post kunde inte skickas: ${message.slice(0, 300)}`,
          isPermanent(error),
        );
      }
      return { reference: null, kNumber: null };
    },
  };
}
