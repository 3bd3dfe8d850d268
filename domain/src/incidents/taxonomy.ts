import { z } from 'zod';

/** A label in both UI languages; tenant-defined questions carry their own, so no code change is needed. */
export type Label = { sv: string; en: string };
type Entry<Code extends string> = { code: Code; label: Label };

const entries = <const Code extends string>(list: readonly Entry<Code>[]) => list;

/** INC-3: crimes and other events, in the order a reporter most often needs them. */
export const incidentTypes = entries([
  { code: 'theft', label: { sv: 'Stöld/snatteri', en: 'Theft/shoplifting' } },
  { code: 'burglary', label: { sv: 'Inbrott', en: 'Burglary' } },
  { code: 'robbery', label: { sv: 'Rån', en: 'Robbery' } },
  { code: 'fraud', label: { sv: 'Bedrägeri', en: 'Fraud' } },
  { code: 'fraudulent_invoice', label: { sv: 'Bluffaktura', en: 'Fraudulent invoice' } },
  { code: 'vandalism', label: { sv: 'Skadegörelse', en: 'Vandalism' } },
  { code: 'threat', label: { sv: 'Hot', en: 'Threat' } },
  { code: 'violence', label: { sv: 'Våld', en: 'Violence' } },
  { code: 'harassment', label: { sv: 'Trakasserier (även sexuella)', en: 'Harassment (incl. sexual)' } },
  { code: 'undue_influence', label: { sv: 'Otillåten påverkan', en: 'Undue influence' } },
  { code: 'unauthorised_person', label: { sv: 'Obehörig person', en: 'Unauthorised person' } },
  { code: 'fire', label: { sv: 'Brand', en: 'Fire' } },
  { code: 'water_damage', label: { sv: 'Vattenskada', en: 'Water damage' } },
  { code: 'accident', label: { sv: 'Olycka', en: 'Accident' } },
  { code: 'near_miss', label: { sv: 'Tillbud', en: 'Near miss' } },
  {
    code: 'it_incident',
    label: { sv: 'IT-/informationssäkerhetsincident', en: 'IT/information-security incident' },
  },
  { code: 'personal_data_incident', label: { sv: 'Personuppgiftsincident', en: 'Personal-data incident' } },
  { code: 'other', label: { sv: 'Annat', en: 'Other' } },
]);
export type IncidentType = (typeof incidentTypes)[number]['code'];

/** The three escalation levels of Swedish crisis management. */
export const severities = entries([
  { code: 'disturbance', label: { sv: 'Störning', en: 'Disturbance' } },
  { code: 'serious', label: { sv: 'Allvarlig händelse', en: 'Serious incident' } },
  { code: 'extraordinary', label: { sv: 'Extraordinär händelse', en: 'Extraordinary event' } },
]);
export type Severity = (typeof severities)[number]['code'];

/** When the reporter does not choose: crimes against people and fire are serious from the start. */
const SERIOUS_BY_DEFAULT = new Set<string>(['robbery', 'threat', 'violence', 'undue_influence', 'fire']);

export function defaultSeverity(type: string): Severity {
  return SERIOUS_BY_DEFAULT.has(type) ? 'serious' : 'disturbance';
}

export const incidentStatuses = entries([
  { code: 'new', label: { sv: 'Ny', en: 'New' } },
  { code: 'in_progress', label: { sv: 'Under hantering', en: 'In progress' } },
  { code: 'resolved', label: { sv: 'Åtgärdad', en: 'Resolved' } },
  { code: 'closed', label: { sv: 'Avslutad', en: 'Closed' } },
]);
export type IncidentStatus = (typeof incidentStatuses)[number]['code'];

/** Angreppssätt: how the perpetrator went about it. */
export const modusOperandi = entries([
  { code: 'distraction', label: { sv: 'Distraktion/avledning', en: 'Distraction' } },
  {
    code: 'concealment',
    label: { sv: 'Gömde varor på kroppen eller i väska', en: 'Concealed goods on body or in bag' },
  },
  { code: 'grab_and_run', label: { sv: 'Ryckte åt sig och sprang', en: 'Grabbed and ran' } },
  { code: 'lined_bag', label: { sv: 'Folieklädd väska', en: 'Foil-lined bag' } },
  { code: 'tag_removal', label: { sv: 'Tog bort larmbricka', en: 'Removed security tag' } },
  { code: 'forced_entry_door', label: { sv: 'Bröt upp dörr', en: 'Forced a door' } },
  {
    code: 'forced_entry_window',
    label: { sv: 'Krossade eller bröt upp fönster', en: 'Broke or forced a window' },
  },
  { code: 'ram_raid', label: { sv: 'Körde in med fordon', en: 'Ram raid with a vehicle' } },
  { code: 'hid_in_premises', label: { sv: 'Gömde sig i lokalen', en: 'Hid in the premises' } },
  { code: 'threat_with_weapon', label: { sv: 'Hot med vapen', en: 'Threatened with a weapon' } },
  { code: 'threat_without_weapon', label: { sv: 'Hot utan vapen', en: 'Threatened without a weapon' } },
  {
    code: 'false_identity',
    label: { sv: 'Falsk identitet eller behörighet', en: 'False identity or authority' },
  },
  {
    code: 'fake_invoice',
    label: { sv: 'Falsk faktura eller betalningsuppmaning', en: 'Fake invoice or payment request' },
  },
  {
    code: 'phishing',
    label: { sv: 'Nätfiske (e-post, sms, telefon)', en: 'Phishing (e-mail, text, phone)' },
  },
  { code: 'card_fraud', label: { sv: 'Kortbedrägeri', en: 'Card fraud' } },
  { code: 'return_fraud', label: { sv: 'Returbedrägeri', en: 'Return fraud' } },
  { code: 'insider', label: { sv: 'Anställd eller annan med behörighet', en: 'Insider' } },
  { code: 'other', label: { sv: 'Annat', en: 'Other' } },
]);

/** Brottsverktyg: what was used. */
export const tools = entries([
  { code: 'none', label: { sv: 'Inga verktyg', en: 'No tools' } },
  { code: 'crowbar', label: { sv: 'Kofot/bändverktyg', en: 'Crowbar' } },
  { code: 'cutter', label: { sv: 'Bultsax/avbitare', en: 'Bolt cutter' } },
  { code: 'drill', label: { sv: 'Borr', en: 'Drill' } },
  { code: 'hammer', label: { sv: 'Slägga/hammare', en: 'Sledgehammer/hammer' } },
  { code: 'knife', label: { sv: 'Kniv', en: 'Knife' } },
  { code: 'firearm', label: { sv: 'Skjutvapen eller vapenattrapp', en: 'Firearm or replica' } },
  { code: 'blunt_object', label: { sv: 'Tillhygge', en: 'Blunt object' } },
  { code: 'spray', label: { sv: 'Sprej (färg eller pepparsprej)', en: 'Spray (paint or pepper)' } },
  { code: 'vehicle', label: { sv: 'Fordon', en: 'Vehicle' } },
  { code: 'foil_bag', label: { sv: 'Folieväska', en: 'Foil bag' } },
  { code: 'computer', label: { sv: 'Dator eller telefon', en: 'Computer or phone' } },
  { code: 'other', label: { sv: 'Annat', en: 'Other' } },
]);

const codes = <T extends readonly { code: string }[]>(list: T) =>
  list.map((entry) => entry.code) as [T[number]['code'], ...T[number]['code'][]];

export const incidentTypeSchema = z.enum(codes(incidentTypes), { message: 'Välj en typ av händelse' });
export const severitySchema = z.enum(codes(severities), { message: 'Välj en allvarlighetsgrad' });
export const incidentStatusSchema = z.enum(codes(incidentStatuses), { message: 'Ogiltig status' });

/** Status workflow: ny → under hantering → åtgärdad → avslutad, with a way back when a case is reopened. */
export const statusTransitions: Record<IncidentStatus, readonly IncidentStatus[]> = {
  new: ['in_progress', 'resolved', 'closed'],
  in_progress: ['new', 'resolved', 'closed'],
  resolved: ['in_progress', 'closed'],
  closed: ['in_progress'],
};

export const labelOf = (list: readonly Entry<string>[], code: string, lang: 'sv' | 'en' = 'sv') =>
  list.find((entry) => entry.code === code)?.label[lang] ?? code;

/** GDPR art. 33: a personal-data breach is notified to the supervisory authority (IMY) within 72 hours. */
export const AUTHORITY_NOTICE_HOURS = 72;

/** The deadline counts from discovery, which is when the report was filed. */
export function authorityDeadline(type: string, reportedAt: Date): Date | null {
  return type === 'personal_data_incident'
    ? new Date(reportedAt.getTime() + AUTHORITY_NOTICE_HOURS * 3_600_000)
    : null;
}
