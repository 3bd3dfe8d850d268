import type { PoliceCrimeCode } from './crime-types';
import type { PoliceReportPayload } from './payload';

export type GapSeverity = 'required' | 'recommended';

/** The explanation shown for a gap: `police.gaps.<messageKey>` in the web app, `gapMessages` in the API. */
export type GapMessageKey =
  | 'exactPlace'
  | 'municipality'
  | 'contactPhone'
  | 'lossItems'
  | 'lossValue'
  | 'cctvAnswer'
  | 'cctvCamera'
  | 'perpetratorCount'
  | 'perpetratorDescription'
  | 'witnesses'
  | 'injuries'
  | 'modusOperandi';

/** A field the police usually ask for that the report lacks; `field` is its path in the payload. */
export type PoliceReportGap = { field: string; severity: GapSeverity; messageKey: GapMessageKey };

/** Swedish, for API answers; the web app has its own, longer explanations in both languages. */
export const gapMessages: Record<GapMessageKey, string> = {
  exactPlace: 'Ange exakt plats: en enhet med gatuadress eller en markerad position',
  municipality: 'Kommunen är okänd; välj en enhet eller ange kommunen',
  contactPhone: 'Lägg till ett telefonnummer i din profil så att polisen kan nå en kontaktperson',
  lossItems: 'Ange vad som stals eller skadades',
  lossValue: 'Ange ungefärligt värde i kronor',
  cctvAnswer: 'Ange om det finns kamerabilder',
  cctvCamera: 'Ange vilken kamera som filmade',
  perpetratorCount: 'Ange antal gärningspersoner',
  perpetratorDescription: 'Beskriv gärningspersonerna med de fördefinierade svaren',
  witnesses: 'Ange om det finns vittnen',
  injuries: 'Ange om någon skadades',
  modusOperandi: 'Ange angreppssätt',
};

type CrimeSet = ReadonlySet<PoliceCrimeCode>;
const set = (...codes: PoliceCrimeCode[]): CrimeSet => new Set(codes);

/** Crimes where the police's first questions are what was taken, what it was worth, and whether there is film. */
const PROPERTY_CORE = set('stold', 'inbrott', 'ran');
const OTHER_PROPERTY = set('skadegorelse', 'bedrageri', 'bedrageri_faktura');
/** Crimes against a person, where the description of the perpetrator decides whether anyone can be found. */
const AGAINST_PERSONS = set('ran', 'misshandel', 'olaga_hot');
const WITH_PERPETRATOR = set(
  'stold',
  'inbrott',
  'ran',
  'bedrageri',
  'skadegorelse',
  'olaga_hot',
  'misshandel',
  'ofredande',
  'otillaten_paverkan',
  'olaga_intrang',
);
const WITH_MODUS = set('stold', 'inbrott', 'ran', 'bedrageri');
const CRIMES = set(...WITH_PERPETRATOR, 'bedrageri_faktura', 'brand', 'dataintrang');

/**
 * POL-3: what the police would otherwise ask for in a supplement request. Required gaps block sending;
 * recommended ones are pointed out. The same rules run in the web app as the manager prepares the report.
 */
export function policeReportGaps(report: PoliceReportPayload): PoliceReportGap[] {
  const gaps: PoliceReportGap[] = [];
  const add = (field: string, severity: GapSeverity, messageKey: GapMessageKey) =>
    gaps.push({ field, severity, messageKey });
  const crime = report.crime.code;
  const { place, loss, cctv, perpetrators } = report;

  if (!place.address?.street && !place.coordinates) add('place', 'required', 'exactPlace');
  if (!place.municipality) add('place.municipality', 'recommended', 'municipality');
  if (!report.organisation.contact.phone) add('organisation.contact.phone', 'required', 'contactPhone');

  if (PROPERTY_CORE.has(crime) || OTHER_PROPERTY.has(crime)) {
    const severity: GapSeverity = PROPERTY_CORE.has(crime) ? 'required' : 'recommended';
    if (!loss.items) add('loss.items', severity, 'lossItems');
    if (loss.valueSek === null) add('loss.valueSek', severity, 'lossValue');
  }

  if (CRIMES.has(crime)) {
    if (cctv.available === null)
      add('cctv.available', PROPERTY_CORE.has(crime) ? 'required' : 'recommended', 'cctvAnswer');
    if (cctv.available === true && !cctv.camera && !cctv.note)
      add('cctv.camera', 'recommended', 'cctvCamera');
    if (report.witnesses.any === null) add('witnesses', 'recommended', 'witnesses');
  }

  if (WITH_PERPETRATOR.has(crime)) {
    const severity: GapSeverity = AGAINST_PERSONS.has(crime) ? 'required' : 'recommended';
    if (perpetrators.count === null) add('perpetrators.count', severity, 'perpetratorCount');
    else if (perpetrators.count > 0 && perpetrators.descriptions.length === 0)
      add('perpetrators.descriptions', severity, 'perpetratorDescription');
  }
  if (AGAINST_PERSONS.has(crime) && report.injuries.any === null) add('injuries', 'recommended', 'injuries');
  if (WITH_MODUS.has(crime) && report.modusOperandi.length === 0)
    add('modusOperandi', 'recommended', 'modusOperandi');

  return gaps;
}

export const blockingGaps = (gaps: readonly PoliceReportGap[]) =>
  gaps.filter((g) => g.severity === 'required');
