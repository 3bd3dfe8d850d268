import type { PoliceReportPayload } from '@vaksam/domain/police/payload';
import { PdfWriter } from '../../platform/pdf/document';
import { formatSek, formatStockholmDateTime } from '../../platform/pdf/time';

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Ja' : 'Nej');
const labels = (list: { label: string }[]) => (list.length > 0 ? list.map((c) => c.label).join(', ') : null);
const count = (value: number | null) => (value === null ? null : String(value));

/** `polisanmalan-2026-11-22-01a2b3c4`, without extension: the PDF and the JSON share it. */
export function policeReportFileBase(payload: PoliceReportPayload): string {
  return `polisanmalan-${formatStockholmDateTime(payload.time.from).slice(0, 10)}-${payload.reportId.slice(-8)}`;
}

/**
 * The police report as a document for a person at the police: the same facts as the JSON payload, in
 * Swedish, in the order of a police report form. Rendered from the payload alone, so a sent report's
 * PDF can be rendered again from its snapshot and says exactly what was sent.
 */
export function renderPoliceReportPdf(payload: PoliceReportPayload, generatedAt?: Date): Promise<Buffer> {
  const { organisation: org, place, cctv } = payload;
  const address = place.address
    ? [place.address.street, [place.address.postalCode, place.address.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ')
    : null;
  return new PdfWriter({
    title: `Polisanmälan: ${payload.crime.label}`,
    subtitle: `Från ${org.name} (${org.orgNumber}) via Vaksam`,
    lang: 'sv',
    author: org.name,
    ...(generatedAt ? { generatedAt } : {}),
  })
    .heading('Anmälande organisation')
    .rows([
      ['Organisation', org.name],
      ['Organisationsnummer', org.orgNumber],
      ['Kontaktperson', org.contact.name],
      ['Telefon', org.contact.phone],
      ['E-post', org.contact.email],
    ])
    .heading('Brott')
    .rows([
      ['Föreslagen brottsrubricering', payload.crime.label],
      ['Organisationens klassning', `${payload.crime.incidentType.label} (${payload.crime.severity.label})`],
      ['K-nummer', payload.kNumber],
      ['Organisationens rapport-id', payload.reportId],
    ])
    .heading('Tid')
    .rows([
      ['Från', formatStockholmDateTime(payload.time.from)],
      ['Till', payload.time.to ? formatStockholmDateTime(payload.time.to) : null],
    ])
    .heading('Plats')
    .rows([
      ['Enhet', place.unitName],
      ['Adress', address],
      ['Plats i lokalen', place.scene?.label ?? null],
      ['Kommun', place.municipality?.name ?? null],
      ['Län', place.county?.name ?? null],
      ['Polisregion', place.policeRegion],
      [
        'Koordinater (WGS 84)',
        place.coordinates
          ? `${place.coordinates.latitude.toFixed(5)}, ${place.coordinates.longitude.toFixed(5)}${place.coordinates.source === 'unit' ? ' (enhetens adress)' : ''}`
          : null,
      ],
    ])
    .heading('Händelseförlopp')
    .paragraph(payload.description)
    .heading('Stöldgods och skador')
    .rows([
      ['Vad stals eller skadades', payload.loss.items],
      ['Värde', payload.loss.valueSek === null ? null : formatSek(payload.loss.valueSek, 'sv')],
    ])
    .heading('Tillvägagångssätt')
    .rows([
      ['Angreppssätt', labels(payload.modusOperandi)],
      ['Brottsverktyg', labels(payload.tools)],
    ])
    .heading('Gärningspersoner, vittnen och skadade')
    .rows([
      ['Antal gärningspersoner', count(payload.perpetrators.count)],
      ['Beskrivning', labels(payload.perpetrators.descriptions)],
      ['Antal vittnen', count(payload.witnesses.count)],
      ['Antal skadade', count(payload.injuries.count)],
      ['Polisen på plats', yesNo(payload.policeAtScene)],
    ])
    .heading('Kamerabilder')
    .rows([
      ['Finns kamerabilder', yesNo(cctv.available)],
      ['Kamera', cctv.camera ? `${cctv.camera.name} (${cctv.camera.placement})` : cctv.note],
      ['Sparas', cctv.camera ? `${cctv.camera.retentionDays} dagar, därefter raderas filmen` : null],
    ])
    .heading('Bilagor')
    .rows([['Bilder och dokument i rapporten', String(payload.attachments.count)]])
    .paragraph(
      `Uppgifterna finns också strukturerade i formatet ${payload.format} (JSON). Vittnen och gärningspersoner anges bara med antal och fördefinierade beskrivningar; kontaktpersonen förmedlar kontakt med dem.`,
      { muted: true },
    )
    .finish();
}
