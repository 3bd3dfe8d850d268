import { z } from 'zod';

/**
 * SNI 2007 (Svensk näringsgrensindelning), SCB's Swedish version of NACE Rev. 2. Only sections and
 * the 88 divisions are listed: that is enough to group organisations by industry, and deeper codes
 * are checked for shape and for belonging to a real division. SCB replaced it with SNI 2025 in
 * 2025, hence the version constant stored next to every code.
 */
export const SNI_VERSION = 'SNI2007' as const;

export type SniLanguage = 'sv' | 'en';

export interface SniSection {
  letter: string;
  nameSv: string;
  nameEn: string;
}

export interface SniDivision {
  code: string;
  section: string;
  nameSv: string;
  nameEn: string;
}

export const sniSections: readonly SniSection[] = [
  { letter: 'A', nameSv: 'Jordbruk, skogsbruk och fiske', nameEn: 'Agriculture, forestry and fishing' },
  { letter: 'B', nameSv: 'Utvinning av mineral', nameEn: 'Mining and quarrying' },
  { letter: 'C', nameSv: 'Tillverkning', nameEn: 'Manufacturing' },
  {
    letter: 'D',
    nameSv: 'Försörjning av el, gas, värme och kyla',
    nameEn: 'Electricity, gas, steam and air conditioning supply',
  },
  {
    letter: 'E',
    nameSv: 'Vattenförsörjning; avloppsrening, avfallshantering och sanering',
    nameEn: 'Water supply; sewerage, waste management and remediation activities',
  },
  { letter: 'F', nameSv: 'Byggverksamhet', nameEn: 'Construction' },
  {
    letter: 'G',
    nameSv: 'Handel; reparation av motorfordon och motorcyklar',
    nameEn: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
  },
  { letter: 'H', nameSv: 'Transport och magasinering', nameEn: 'Transportation and storage' },
  {
    letter: 'I',
    nameSv: 'Hotell- och restaurangverksamhet',
    nameEn: 'Accommodation and food service activities',
  },
  {
    letter: 'J',
    nameSv: 'Informations- och kommunikationsverksamhet',
    nameEn: 'Information and communication',
  },
  { letter: 'K', nameSv: 'Finans- och försäkringsverksamhet', nameEn: 'Financial and insurance activities' },
  { letter: 'L', nameSv: 'Fastighetsverksamhet', nameEn: 'Real estate activities' },
  {
    letter: 'M',
    nameSv: 'Verksamhet inom juridik, ekonomi, vetenskap och teknik',
    nameEn: 'Professional, scientific and technical activities',
  },
  {
    letter: 'N',
    nameSv: 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster',
    nameEn: 'Administrative and support service activities',
  },
  {
    letter: 'O',
    nameSv: 'Offentlig förvaltning och försvar; obligatorisk socialförsäkring',
    nameEn: 'Public administration and defence; compulsory social security',
  },
  { letter: 'P', nameSv: 'Utbildning', nameEn: 'Education' },
  {
    letter: 'Q',
    nameSv: 'Vård och omsorg; sociala tjänster',
    nameEn: 'Human health and social work activities',
  },
  { letter: 'R', nameSv: 'Kultur, nöje och fritid', nameEn: 'Arts, entertainment and recreation' },
  { letter: 'S', nameSv: 'Annan serviceverksamhet', nameEn: 'Other service activities' },
  {
    letter: 'T',
    nameSv: 'Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk',
    nameEn:
      'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
  },
  {
    letter: 'U',
    nameSv: 'Verksamhet vid internationella organisationer, utländska ambassader o.d.',
    nameEn: 'Activities of extraterritorial organisations and bodies',
  },
];

type DivisionRow = readonly [code: string, section: string, nameSv: string, nameEn: string];

// Swedish names as published by SCB, English names from NACE Rev. 2.
const DIVISION_ROWS: readonly DivisionRow[] = [
  [
    '01',
    'A',
    'Jordbruk och jakt samt service i anslutning härtill',
    'Crop and animal production, hunting and related service activities',
  ],
  ['02', 'A', 'Skogsbruk', 'Forestry and logging'],
  ['03', 'A', 'Fiske och vattenbruk', 'Fishing and aquaculture'],
  ['05', 'B', 'Kolutvinning', 'Mining of coal and lignite'],
  ['06', 'B', 'Utvinning av råpetroleum och naturgas', 'Extraction of crude petroleum and natural gas'],
  ['07', 'B', 'Utvinning av metallmalmer', 'Mining of metal ores'],
  ['08', 'B', 'Annan utvinning av mineral', 'Other mining and quarrying'],
  ['09', 'B', 'Service till utvinning', 'Mining support service activities'],
  ['10', 'C', 'Livsmedelsframställning', 'Manufacture of food products'],
  ['11', 'C', 'Framställning av drycker', 'Manufacture of beverages'],
  ['12', 'C', 'Tobaksvarutillverkning', 'Manufacture of tobacco products'],
  ['13', 'C', 'Textilvarutillverkning', 'Manufacture of textiles'],
  ['14', 'C', 'Tillverkning av kläder', 'Manufacture of wearing apparel'],
  [
    '15',
    'C',
    'Tillverkning av läder, läder- och skinnvaror m.m.',
    'Manufacture of leather and related products',
  ],
  [
    '16',
    'C',
    'Tillverkning av trä och varor av trä, kork, rotting o.d. utom möbler',
    'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
  ],
  ['17', 'C', 'Pappers- och pappersvarutillverkning', 'Manufacture of paper and paper products'],
  [
    '18',
    'C',
    'Grafisk produktion och reproduktion av inspelningar',
    'Printing and reproduction of recorded media',
  ],
  [
    '19',
    'C',
    'Tillverkning av stenkolsprodukter och raffinerade petroleumprodukter',
    'Manufacture of coke and refined petroleum products',
  ],
  [
    '20',
    'C',
    'Tillverkning av kemikalier och kemiska produkter',
    'Manufacture of chemicals and chemical products',
  ],
  [
    '21',
    'C',
    'Tillverkning av farmaceutiska basprodukter och läkemedel',
    'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
  ],
  ['22', 'C', 'Tillverkning av gummi- och plastvaror', 'Manufacture of rubber and plastic products'],
  [
    '23',
    'C',
    'Tillverkning av andra icke-metalliska mineraliska produkter',
    'Manufacture of other non-metallic mineral products',
  ],
  ['24', 'C', 'Stål- och metallframställning', 'Manufacture of basic metals'],
  [
    '25',
    'C',
    'Tillverkning av metallvaror utom maskiner och apparater',
    'Manufacture of fabricated metal products, except machinery and equipment',
  ],
  [
    '26',
    'C',
    'Tillverkning av datorer, elektronikvaror och optik',
    'Manufacture of computer, electronic and optical products',
  ],
  ['27', 'C', 'Tillverkning av elapparatur', 'Manufacture of electrical equipment'],
  ['28', 'C', 'Tillverkning av övriga maskiner', 'Manufacture of machinery and equipment n.e.c.'],
  [
    '29',
    'C',
    'Tillverkning av motorfordon, släpfordon och påhängsvagnar',
    'Manufacture of motor vehicles, trailers and semi-trailers',
  ],
  ['30', 'C', 'Tillverkning av andra transportmedel', 'Manufacture of other transport equipment'],
  ['31', 'C', 'Tillverkning av möbler', 'Manufacture of furniture'],
  ['32', 'C', 'Annan tillverkning', 'Other manufacturing'],
  [
    '33',
    'C',
    'Reparation och installation av maskiner och apparater',
    'Repair and installation of machinery and equipment',
  ],
  [
    '35',
    'D',
    'Försörjning av el, gas, värme och kyla',
    'Electricity, gas, steam and air conditioning supply',
  ],
  ['36', 'E', 'Vattenförsörjning', 'Water collection, treatment and supply'],
  ['37', 'E', 'Avloppsrening', 'Sewerage'],
  [
    '38',
    'E',
    'Avfallshantering; återvinning',
    'Waste collection, treatment and disposal activities; materials recovery',
  ],
  [
    '39',
    'E',
    'Sanering, efterbehandling av jord och vatten samt annan verksamhet för föroreningsbekämpning',
    'Remediation activities and other waste management services',
  ],
  ['41', 'F', 'Byggande av hus', 'Construction of buildings'],
  ['42', 'F', 'Anläggningsarbeten', 'Civil engineering'],
  ['43', 'F', 'Specialiserad bygg- och anläggningsverksamhet', 'Specialised construction activities'],
  [
    '45',
    'G',
    'Handel samt reparation av motorfordon och motorcyklar',
    'Wholesale and retail trade and repair of motor vehicles and motorcycles',
  ],
  [
    '46',
    'G',
    'Parti- och provisionshandel utom med motorfordon',
    'Wholesale trade, except of motor vehicles and motorcycles',
  ],
  [
    '47',
    'G',
    'Detaljhandel utom med motorfordon och motorcyklar',
    'Retail trade, except of motor vehicles and motorcycles',
  ],
  ['49', 'H', 'Landtransport; transport i rörsystem', 'Land transport and transport via pipelines'],
  ['50', 'H', 'Sjötransport', 'Water transport'],
  ['51', 'H', 'Lufttransport', 'Air transport'],
  [
    '52',
    'H',
    'Magasinering och stödtjänster till transport',
    'Warehousing and support activities for transportation',
  ],
  ['53', 'H', 'Post- och kurirverksamhet', 'Postal and courier activities'],
  ['55', 'I', 'Hotell- och logiverksamhet', 'Accommodation'],
  ['56', 'I', 'Restaurang-, catering- och barverksamhet', 'Food and beverage service activities'],
  ['58', 'J', 'Förlagsverksamhet', 'Publishing activities'],
  [
    '59',
    'J',
    'Film-, video- och tv-programverksamhet, ljudinspelningar och fonogramutgivning',
    'Motion picture, video and television programme production, sound recording and music publishing activities',
  ],
  ['60', 'J', 'Planering och sändning av program', 'Programming and broadcasting activities'],
  ['61', 'J', 'Telekommunikation', 'Telecommunications'],
  [
    '62',
    'J',
    'Dataprogrammering, datakonsultverksamhet o.d.',
    'Computer programming, consultancy and related activities',
  ],
  ['63', 'J', 'Informationstjänster', 'Information service activities'],
  [
    '64',
    'K',
    'Finansiella tjänster utom försäkring och pensionsfondsverksamhet',
    'Financial service activities, except insurance and pension funding',
  ],
  [
    '65',
    'K',
    'Försäkring, återförsäkring och pensionsfondsverksamhet utom obligatorisk socialförsäkring',
    'Insurance, reinsurance and pension funding, except compulsory social security',
  ],
  [
    '66',
    'K',
    'Stödtjänster till finansiella tjänster och försäkring',
    'Activities auxiliary to financial services and insurance activities',
  ],
  ['68', 'L', 'Fastighetsverksamhet', 'Real estate activities'],
  ['69', 'M', 'Juridisk och ekonomisk konsultverksamhet', 'Legal and accounting activities'],
  [
    '70',
    'M',
    'Verksamheter som utövas av huvudkontor; konsulttjänster till företag',
    'Activities of head offices; management consultancy activities',
  ],
  [
    '71',
    'M',
    'Arkitekt- och teknisk konsultverksamhet; teknisk provning och analys',
    'Architectural and engineering activities; technical testing and analysis',
  ],
  ['72', 'M', 'Vetenskaplig forskning och utveckling', 'Scientific research and development'],
  ['73', 'M', 'Reklam och marknadsundersökning', 'Advertising and market research'],
  [
    '74',
    'M',
    'Annan verksamhet inom juridik, ekonomi, vetenskap och teknik',
    'Other professional, scientific and technical activities',
  ],
  ['75', 'M', 'Veterinärverksamhet', 'Veterinary activities'],
  ['77', 'N', 'Uthyrning och leasing', 'Rental and leasing activities'],
  ['78', 'N', 'Arbetsförmedling, bemanning och andra personalrelaterade tjänster', 'Employment activities'],
  [
    '79',
    'N',
    'Resebyrå- och researrangörsverksamhet och andra resetjänster och relaterade tjänster',
    'Travel agency, tour operator and other reservation service and related activities',
  ],
  ['80', 'N', 'Säkerhets- och bevakningsverksamhet', 'Security and investigation activities'],
  [
    '81',
    'N',
    'Fastighetsservice samt skötsel och underhåll av grönytor',
    'Services to buildings and landscape activities',
  ],
  [
    '82',
    'N',
    'Kontorstjänster och andra företagstjänster',
    'Office administrative, office support and other business support activities',
  ],
  [
    '84',
    'O',
    'Offentlig förvaltning och försvar; obligatorisk socialförsäkring',
    'Public administration and defence; compulsory social security',
  ],
  ['85', 'P', 'Utbildning', 'Education'],
  ['86', 'Q', 'Hälso- och sjukvård', 'Human health activities'],
  ['87', 'Q', 'Vård och omsorg med boende', 'Residential care activities'],
  ['88', 'Q', 'Öppna sociala insatser', 'Social work activities without accommodation'],
  [
    '90',
    'R',
    'Konstnärlig och kulturell verksamhet samt underhållningsverksamhet',
    'Creative, arts and entertainment activities',
  ],
  [
    '91',
    'R',
    'Biblioteks-, arkiv- och museiverksamhet m.m.',
    'Libraries, archives, museums and other cultural activities',
  ],
  ['92', 'R', 'Spel- och vadhållningsverksamhet', 'Gambling and betting activities'],
  [
    '93',
    'R',
    'Sport-, fritids- och nöjesverksamhet',
    'Sports activities and amusement and recreation activities',
  ],
  ['94', 'S', 'Intressebevakning; religiös verksamhet', 'Activities of membership organisations'],
  [
    '95',
    'S',
    'Reparation av datorer, hushållsartiklar och personliga artiklar',
    'Repair of computers and personal and household goods',
  ],
  ['96', 'S', 'Andra konsumenttjänster', 'Other personal service activities'],
  ['97', 'T', 'Förvärvsarbete i hushåll', 'Activities of households as employers of domestic personnel'],
  [
    '98',
    'T',
    'Hushållens produktion av diverse varor och tjänster för eget bruk',
    'Undifferentiated goods- and services-producing activities of private households for own use',
  ],
  [
    '99',
    'U',
    'Verksamhet vid internationella organisationer, utländska ambassader o.d.',
    'Activities of extraterritorial organisations and bodies',
  ],
];

export const sniDivisions: readonly SniDivision[] = DIVISION_ROWS.map(([code, section, nameSv, nameEn]) => ({
  code,
  section,
  nameSv,
  nameEn,
}));

const divisionByCode = new Map(sniDivisions.map((d) => [d.code, d]));

export type SniLevel = 'division' | 'group' | 'class' | 'subclass';

const LEVEL_BY_LENGTH: Record<number, SniLevel> = { 2: 'division', 3: 'group', 4: 'class', 5: 'subclass' };

export interface ParsedSniCode {
  /** Digits only, e.g. '47111'. */
  code: string;
  division: string;
  section: string;
  level: SniLevel;
}

export type SniParseResult = { ok: true; value: ParsedSniCode } | { ok: false };

// SCB writes codes with a dot after the division ('47.111'); registries and forms often omit it.
const SNI_PATTERN = /^(\d{2})\.?(\d{0,3})$/;

/**
 * Accepts division, group, class and subclass codes whose division exists. Below division level only
 * the shape is checked, so '99999' passes although SNI 2007 only has 99000: we do not ship the full
 * list of 800-odd subclasses, and the division is what the product groups by.
 */
export function parseSniCode(input: string): SniParseResult {
  const trimmed = input.trim();
  const match = SNI_PATTERN.exec(trimmed);
  if (!match || trimmed.endsWith('.')) return { ok: false };
  const division = divisionByCode.get(match[1] ?? '');
  if (!division) return { ok: false };
  const code = `${match[1]}${match[2]}`;
  const level = LEVEL_BY_LENGTH[code.length];
  if (!level) return { ok: false };
  return { ok: true, value: { code, division: division.code, section: division.section, level } };
}

export function findSniDivision(code: string): SniDivision | undefined {
  const parsed = parseSniCode(code);
  return parsed.ok ? divisionByCode.get(parsed.value.division) : undefined;
}

export function findSniSection(letter: string): SniSection | undefined {
  return sniSections.find((s) => s.letter === letter);
}

/** The name of the code's division, or undefined for an invalid code. */
export function sniLabel(code: string, lang: SniLanguage = 'sv'): string | undefined {
  const division = findSniDivision(code);
  if (!division) return undefined;
  return lang === 'en' ? division.nameEn : division.nameSv;
}

export const sniCodeSchema = z
  .string()
  .refine((code) => parseSniCode(code).ok, { error: 'Ogiltig SNI-kod' })
  .meta({ description: 'Näringsgrenskod enligt SNI 2007, 2–5 siffror', example: '47111' });
