/**
 * ISO 13616 IBAN: country code, two check digits and the country's BBAN, checked with ISO 7064 MOD 97-10.
 * People print it in groups of four and sometimes type it in lower case; we store it compact and upper case.
 */
export interface ParsedIban {
  /** Upper case, no spaces: the form we store and compare. */
  normalized: string;
  /** Groups of four, as printed on invoices. */
  formatted: string;
  country: string;
}

export type IbanParseResult = { ok: true; value: ParsedIban } | { ok: false; reason: 'format' | 'checksum' };

/**
 * Total IBAN length per country from SWIFT's IBAN registry (release 2024/2025). A length check catches a
 * dropped or doubled character before the checksum, and an unknown country is not an IBAN at all.
 */
// biome-ignore format: a table reads better than one country a line
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

const IBAN_SHAPE = /^([A-Z]{2})(\d{2})([A-Z0-9]+)$/;
const BBAN_SHAPE = /^[A-Z0-9]+$/;

/**
 * The remainder mod 97 of the number formed by replacing letters with 10…35. The number has up to ~70
 * digits, so it is reduced a few digits at a time to stay far below 2^53.
 */
function mod97(alphanumeric: string): number {
  let digits = '';
  for (const char of alphanumeric) digits += /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) {
    remainder = Number(`${remainder}${digits.slice(i, i + 7)}`) % 97;
  }
  return remainder;
}

/** The two check digits that make `country + checks + bban` a valid IBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  const upperCountry = country.toUpperCase();
  const upperBban = bban.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upperCountry) || !BBAN_SHAPE.test(upperBban)) {
    throw new Error('IBAN country must be two letters and the BBAN letters and digits');
  }
  return String(98 - mod97(`${upperBban}${upperCountry}00`)).padStart(2, '0');
}

export function parseIban(input: string): IbanParseResult {
  const normalized = input.replace(/\s+/g, '').toUpperCase();
  const match = IBAN_SHAPE.exec(normalized);
  const country = match?.[1];
  if (!country || normalized.length !== IBAN_LENGTHS[country]) return { ok: false, reason: 'format' };
  // 00, 01 and 99 are never issued: they are 97, 98 and 2 in disguise, so they would pass a twin number's check.
  const checks = Number(match?.[2]);
  if (checks < 2 || checks > 98) return { ok: false, reason: 'checksum' };
  const rearranged = `${normalized.slice(4)}${normalized.slice(0, 4)}`;
  if (mod97(rearranged) !== 1) return { ok: false, reason: 'checksum' };
  return { ok: true, value: { normalized, formatted: formatIban(normalized), country } };
}

export function isValidIban(input: string): boolean {
  return parseIban(input).ok;
}

/** Formats an already normalized IBAN; anything else is returned unchanged rather than mangled. */
export function formatIban(normalized: string): string {
  return IBAN_SHAPE.test(normalized) ? normalized.replace(/(.{4})(?=.)/g, '$1 ') : normalized;
}
