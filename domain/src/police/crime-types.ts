import type { IncidentType, Label } from '../incidents/taxonomy';

/**
 * The crime a report most likely describes, in the words the police use. It is our suggestion only:
 * the police decide the legal classification (brottsrubricering) when they register the report.
 */
export const policeCrimeTypes = [
  { code: 'stold', label: { sv: 'Stöld eller snatteri', en: 'Theft or shoplifting' } },
  { code: 'inbrott', label: { sv: 'Stöld genom inbrott', en: 'Burglary' } },
  { code: 'ran', label: { sv: 'Rån', en: 'Robbery' } },
  { code: 'bedrageri', label: { sv: 'Bedrägeri', en: 'Fraud' } },
  { code: 'bedrageri_faktura', label: { sv: 'Bedrägeri eller försök (bluffaktura)', en: 'Invoice fraud' } },
  { code: 'skadegorelse', label: { sv: 'Skadegörelse', en: 'Criminal damage' } },
  { code: 'olaga_hot', label: { sv: 'Olaga hot', en: 'Unlawful threat' } },
  { code: 'misshandel', label: { sv: 'Misshandel', en: 'Assault' } },
  { code: 'ofredande', label: { sv: 'Ofredande eller sexuellt ofredande', en: 'Harassment' } },
  {
    code: 'otillaten_paverkan',
    label: { sv: 'Otillåten påverkan (hot, våld eller trakasserier)', en: 'Undue influence' },
  },
  { code: 'olaga_intrang', label: { sv: 'Olaga intrång eller hemfridsbrott', en: 'Trespass' } },
  { code: 'brand', label: { sv: 'Brand – misstänkt brott', en: 'Fire – suspected crime' } },
  { code: 'dataintrang', label: { sv: 'Dataintrång', en: 'Computer intrusion' } },
  {
    code: 'ovrigt',
    label: { sv: 'Övrig händelse (ingen brottsrubricering)', en: 'Other event (no crime named)' },
  },
] as const satisfies readonly { code: string; label: Label }[];

export type PoliceCrimeCode = (typeof policeCrimeTypes)[number]['code'];

const CRIME_OF: Record<IncidentType, PoliceCrimeCode> = {
  theft: 'stold',
  burglary: 'inbrott',
  robbery: 'ran',
  fraud: 'bedrageri',
  fraudulent_invoice: 'bedrageri_faktura',
  vandalism: 'skadegorelse',
  threat: 'olaga_hot',
  violence: 'misshandel',
  harassment: 'ofredande',
  undue_influence: 'otillaten_paverkan',
  unauthorised_person: 'olaga_intrang',
  fire: 'brand',
  it_incident: 'dataintrang',
  water_damage: 'ovrigt',
  accident: 'ovrigt',
  near_miss: 'ovrigt',
  personal_data_incident: 'ovrigt',
  other: 'ovrigt',
};

export function policeCrimeOf(type: IncidentType): { code: PoliceCrimeCode; label: Label } {
  const code = CRIME_OF[type];
  const label = policeCrimeTypes.find((c) => c.code === code)?.label ?? { sv: code, en: code };
  return { code, label };
}
