import { type IncidentType, type Label, modusOperandi, tools } from './taxonomy';

/** When a question is shown: by the incident type, or by the answer to an earlier question. */
export type Condition =
  | { typeIn: readonly IncidentType[] }
  | { question: string; equals: string | number | boolean }
  | { question: string; greaterThan: number };

type Base = { id: string; label: Label; help?: Label; required?: boolean; showWhen?: Condition };
export type Option = { code: string; label: Label };

export type Question =
  | (Base & { kind: 'text'; maxLength: number })
  | (Base & { kind: 'money'; max: number })
  | (Base & { kind: 'count'; max: number })
  | (Base & { kind: 'boolean' })
  | (Base & { kind: 'select'; options: readonly Option[] })
  | (Base & { kind: 'multiselect'; options: readonly Option[] });

/** A versioned list of questions; stored answers name the version they were given against. */
export type ReportForm = { version: number; questions: readonly Question[] };

export type Answers = Record<string, unknown>;

const PROPERTY_CRIMES: readonly IncidentType[] = [
  'theft',
  'burglary',
  'robbery',
  'vandalism',
  'fraud',
  'fraudulent_invoice',
];
const WITH_PERPETRATOR: readonly IncidentType[] = [
  'theft',
  'burglary',
  'robbery',
  'fraud',
  'vandalism',
  'threat',
  'violence',
  'harassment',
  'undue_influence',
  'unauthorised_person',
];

const damagePlaces: readonly Option[] = [
  { code: 'entrance', label: { sv: 'Entré', en: 'Entrance' } },
  { code: 'sales_floor', label: { sv: 'Butiksyta/lokal', en: 'Sales floor/premises' } },
  { code: 'checkout', label: { sv: 'Kassa', en: 'Checkout' } },
  { code: 'storage', label: { sv: 'Lager', en: 'Storage' } },
  { code: 'office', label: { sv: 'Kontor', en: 'Office' } },
  { code: 'loading_dock', label: { sv: 'Lastkaj', en: 'Loading dock' } },
  { code: 'parking', label: { sv: 'Parkering', en: 'Car park' } },
  { code: 'outside', label: { sv: 'Utomhus vid byggnaden', en: 'Outside the building' } },
  { code: 'online', label: { sv: 'På nätet', en: 'Online' } },
  { code: 'other', label: { sv: 'Annan plats', en: 'Elsewhere' } },
];

/** Pre-defined answers about perpetrators: free text about people is where personal data slips in. */
const perpetratorTraits: readonly Option[] = [
  { code: 'masked', label: { sv: 'Maskerad', en: 'Masked' } },
  { code: 'armed', label: { sv: 'Beväpnad', en: 'Armed' } },
  { code: 'aggressive', label: { sv: 'Aggressiv', en: 'Aggressive' } },
  { code: 'under_influence', label: { sv: 'Påverkad', en: 'Under the influence' } },
  { code: 'age_under_18', label: { sv: 'Under 18 år', en: 'Under 18' } },
  { code: 'age_18_30', label: { sv: '18–30 år', en: '18–30' } },
  { code: 'age_30_50', label: { sv: '30–50 år', en: '30–50' } },
  { code: 'age_over_50', label: { sv: 'Över 50 år', en: 'Over 50' } },
  { code: 'fled_on_foot', label: { sv: 'Flydde till fots', en: 'Fled on foot' } },
  { code: 'fled_by_vehicle', label: { sv: 'Flydde med fordon', en: 'Fled by vehicle' } },
  { code: 'known_before', label: { sv: 'Har synts tidigare', en: 'Seen before' } },
];

/** INC-2: the detailed report. The basic report (type, time, place, short text) is fixed and not listed here. */
export const defaultReportForm: ReportForm = {
  version: 1,
  questions: [
    {
      id: 'valueSek',
      kind: 'money',
      max: 100_000_000,
      label: { sv: 'Värde (kr)', en: 'Value (SEK)' },
      help: {
        sv: 'Ungefärligt värde på det som stals eller skadades.',
        en: 'Approximate value of what was taken or damaged.',
      },
      showWhen: { typeIn: PROPERTY_CRIMES },
    },
    {
      id: 'itemsAffected',
      kind: 'text',
      maxLength: 500,
      label: { sv: 'Vad stals eller skadades?', en: 'What was taken or damaged?' },
      showWhen: { typeIn: PROPERTY_CRIMES },
    },
    {
      id: 'damagePlace',
      kind: 'select',
      options: damagePlaces,
      label: { sv: 'Var inträffade det?', en: 'Where did it happen?' },
    },
    {
      id: 'modusOperandi',
      kind: 'multiselect',
      options: modusOperandi,
      label: { sv: 'Angreppssätt', en: 'Modus operandi' },
      showWhen: { typeIn: WITH_PERPETRATOR },
    },
    {
      id: 'tools',
      kind: 'multiselect',
      options: tools,
      label: { sv: 'Brottsverktyg', en: 'Tools used' },
      showWhen: { typeIn: WITH_PERPETRATOR },
    },
    {
      id: 'perpetratorCount',
      kind: 'count',
      max: 50,
      label: { sv: 'Antal gärningspersoner', en: 'Number of perpetrators' },
      showWhen: { typeIn: WITH_PERPETRATOR },
    },
    {
      id: 'perpetratorTraits',
      kind: 'multiselect',
      options: perpetratorTraits,
      label: { sv: 'Beskrivning av gärningspersonerna', en: 'Description of the perpetrators' },
      showWhen: { question: 'perpetratorCount', greaterThan: 0 },
    },
    {
      id: 'cctvAvailable',
      kind: 'boolean',
      label: { sv: 'Finns kamerabilder?', en: 'Is there CCTV footage?' },
    },
    {
      id: 'cctvCamera',
      kind: 'text',
      maxLength: 200,
      label: { sv: 'Vilken kamera?', en: 'Which camera?' },
      showWhen: { question: 'cctvAvailable', equals: true },
    },
    { id: 'witnesses', kind: 'count', max: 100, label: { sv: 'Antal vittnen', en: 'Number of witnesses' } },
    {
      id: 'injuredPersons',
      kind: 'count',
      max: 100,
      label: { sv: 'Antal skadade', en: 'Number of injured' },
    },
    {
      id: 'policeCalled',
      kind: 'boolean',
      label: { sv: 'Kom polisen till platsen?', en: 'Did the police come?' },
    },
  ],
};

export function isShown(question: Question, context: { type: IncidentType }, answers: Answers): boolean {
  const condition = question.showWhen;
  if (!condition) return true;
  if ('typeIn' in condition) return condition.typeIn.includes(context.type);
  const answer = answers[condition.question];
  if ('equals' in condition) return answer === condition.equals;
  return typeof answer === 'number' && answer > condition.greaterThan;
}

const NOT_APPLICABLE = 'Frågan gäller inte den här händelsen';

function checkValue(question: Question, value: unknown): string | null {
  switch (question.kind) {
    case 'text':
      if (typeof value !== 'string') return 'Ange text';
      return value.length > question.maxLength ? `Högst ${question.maxLength} tecken` : null;
    case 'money':
    case 'count':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'Ange ett heltal';
      if (value < 0) return 'Kan inte vara negativt';
      return value > question.max ? `Högst ${question.max.toLocaleString('sv-SE')}` : null;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'Svara ja eller nej';
    case 'select':
      return typeof value === 'string' && question.options.some((o) => o.code === value)
        ? null
        : 'Välj ett av alternativen';
    case 'multiselect': {
      if (!Array.isArray(value)) return 'Välj ett eller flera alternativ';
      const known = new Set(question.options.map((o) => o.code));
      if (value.some((v) => typeof v !== 'string' || !known.has(v))) return 'Välj bland alternativen';
      return new Set(value).size === value.length ? null : 'Samma alternativ flera gånger';
    }
  }
}

/**
 * Validates answers against the form: unknown questions, answers to questions hidden for this incident,
 * wrong values and missing required answers are reported per field (`answers.<id>`). Empty answers
 * (null, '' and []) count as not given and are dropped.
 */
export function validateAnswers(
  form: ReportForm,
  context: { type: IncidentType },
  answers: Answers,
): { ok: true; value: Answers } | { ok: false; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const given = Object.fromEntries(
    Object.entries(answers).filter(
      ([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  );
  const byId = new Map(form.questions.map((q) => [q.id, q]));
  for (const id of Object.keys(given)) if (!byId.has(id)) fields[`answers.${id}`] = 'Okänd fråga';
  const value: Answers = {};
  for (const question of form.questions) {
    const answer = given[question.id];
    const shown = isShown(question, context, given);
    if (answer === undefined) {
      if (shown && question.required) fields[`answers.${question.id}`] = 'Fältet måste fyllas i';
      continue;
    }
    if (!shown) {
      fields[`answers.${question.id}`] = NOT_APPLICABLE;
      continue;
    }
    const problem = checkValue(question, typeof answer === 'string' ? answer.trim() : answer);
    if (problem) fields[`answers.${question.id}`] = problem;
    else value[question.id] = typeof answer === 'string' ? answer.trim() : answer;
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, value };
}
