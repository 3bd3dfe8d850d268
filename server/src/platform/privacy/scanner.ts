import { isValidOrgNumber } from '@vaksam/domain/identifiers/organisationsnummer';
import { parsePersonnummer } from '@vaksam/domain/identifiers/personnummer';
import parsePhoneNumber from 'libphonenumber-js/max';
import {
  AMBIGUOUS_FIRST_NAMES,
  FIRST_NAMES,
  NAME_PARTICLES,
  NEVER_ALONE,
  NOT_GENITIVES,
  NOT_NAMES,
  PLACE_NOUNS,
  PLACE_SUFFIXES,
  STRONG_TITLES,
  SURNAMES_SET,
  TITLES,
} from './names';

/**
 * The personal-data scanner (PRIV-1): finds personnummer, samordningsnummer, phone numbers, e-mail
 * addresses and names in free text so that the user can be offered redaction before saving.
 *
 * Pure and synchronous. Each detector first finds cheap regex candidates and only then validates
 * them (Luhn and calendar for personnummer, libphonenumber's full metadata for phone numbers), so a
 * typical 2,000-character text is scanned in well under a millisecond.
 *
 * What name detection cannot do (it is a word list plus a few rules, not a language model):
 * - names that are not in the first-name list are missed unless preceded by a title ("fru Ohlin");
 *   so are surnames standing alone ("Svensson ringde"), lowercase names ("anna svensson") and names
 *   in other scripts;
 * - a first name that is also an ordinary word ("Per", "Hans", "Bo", "Stig") is skipped at the start
 *   of a sentence unless a surname follows, so "Hans ringde igen." is missed;
 * - a listed first name used as something else mid-sentence (a brand, a boat, "Kristina-båten") is
 *   flagged; place names built from person names are only recognised by their endings
 *   ("Drottninggatan", "Gustav Adolfs torg") and by the list of known places;
 * - nicknames, initials ("A. Svensson") and usernames are not recognised.
 */

export type FindingKind = 'personnummer' | 'samordningsnummer' | 'phone' | 'email' | 'name';

export type Finding = {
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
  confidence: 'high' | 'medium';
};

export interface ScanOptions {
  /** The clock that resolves the century of a 10-digit personnummer. Defaults to the current time. */
  now?: Date;
}

// ---------------------------------------------------------------------------------------------
// personnummer / samordningsnummer

// 6 or 8 digits, an optional separator (hyphen, plus, en dash or one space) and 4 digits, not glued
// to other letters or digits and not part of a longer hyphenated reference such as "5000-K123456-24".
const PERSONNUMMER_CANDIDATE =
  /(?<![\p{L}\p{N}])(?<![\p{L}\p{N}][-–/.,])(?:\d{8}|\d{6})(?:[-+–\u0020]?)\d{4}(?![\p{L}\p{N}])(?![-–/.,:]\p{N})/gu;

// Words right before a bare 10-digit number that say it is an identity number, not a phone number.
const IDENTITY_CONTEXT = /(?:person|pnr|p-nr|pers\.?\s?nr|födelse|född|samordning|id-nummer|legitimation)/i;

/**
 * Cheap pre-check before the authoritative domain parser: the Luhn digit over the last ten digits
 * and a plausible month and day (or day + 60). Almost all random digit runs stop here.
 */
function mightBePersonnummer(digits: string): boolean {
  const ten = digits.slice(-10);
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || (day > 31 && day < 61) || day > 91) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let product = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return sum % 10 === 0;
}

function findPersonnummer(text: string, options: ScanOptions, phones: PhoneValidator, out: Finding[]) {
  for (const match of text.matchAll(PERSONNUMMER_CANDIDATE)) {
    const raw = match[0];
    const start = match.index;
    const digits = raw.replace(/\D/g, '');
    if (!mightBePersonnummer(digits)) continue;
    const parsed = parsePersonnummer(raw.replace(/[\u0020–]/, '-'), { now: options.now });
    if (!parsed.ok) continue;
    // Company ids are not personal data (they cannot parse as a date anyway, but be explicit).
    if (isValidOrgNumber(digits.slice(-10))) continue;
    const bare = digits.length === 10 && /^\d+$/.test(raw);
    // A bare "07xxxxxxxx" is far more often a mobile number than the id of someone born in 2007.
    if (bare && raw.startsWith('07') && phones.valid(raw, false)) {
      const before = text.slice(Math.max(0, start - 30), start);
      if (!IDENTITY_CONTEXT.test(before)) continue;
    }
    out.push({
      kind: parsed.value.kind,
      start,
      end: start + raw.length,
      text: raw,
      confidence: bare ? 'medium' : 'high',
    });
  }
}

// ---------------------------------------------------------------------------------------------
// phone numbers

// Separators between digit groups: a space, or a hyphen/en dash/slash with optional spaces around.
const SEP = String.raw`(?:\u0020?[-–/]\u0020?|[\u0020\u00a0])`;
// National Swedish numbers start with 0 and an area code or mobile prefix (or "(08)"); international
// ones with + or 00. At most nine groups: no phone number has more, and it bounds the work per match.
const NATIONAL_CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+\-–/])(?<!\p{N}[.,])(?:\(0[1-9]\d{0,2}\)[\u0020\u00a0]?\d+|0[1-9]\d*)(?:${SEP}\d+){0,8}`,
  'gu',
);
const INTERNATIONAL_CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:\+|00)[1-9]\d*(?:(?:${SEP}|[\u0020\u00a0]?\((?:0|\d{1,4})\)[\u0020\u00a0]?)\d+){0,8}`,
  'gu',
);

// Numbers right after these words are references, accounts or products, not phone numbers:
// "bankgiro 5050-1055", "art.nr 0123456", "kundnummer 0701-445", "ordernr: 0812345".
const REFERENCE_WORDS = new Set(
  `bankgiro bg plusgiro pg konto clearing ocr order artikel art faktura kund ärende diarie dnr ref
referens org organisationsnummer serie imei ean kvitto reg transaktion swish id kod`.split(/\s+/),
);
const REFERENCE_COMPOUND =
  /^(?:konto|order|artikel|faktura|kund|ärende|diarie|referens|serie|kvitto|registrerings|organisations|transaktions?|clearing|bankgiro|plusgiro|ocr|paket|sändnings|kolli)(?:nr|nummer|id)$/;
const PRECEDING_LABEL = /(\p{L}+)[\s.:#-]*(?:(?:nr|no|nummer)[\s.:#-]*)?$/u;

function followsReferenceWord(text: string, start: number): boolean {
  const label = PRECEDING_LABEL.exec(text.slice(Math.max(0, start - 30), start).toLowerCase())?.[1];
  return label !== undefined && (REFERENCE_WORDS.has(label) || REFERENCE_COMPOUND.test(label));
}

const TIME_RANGE = /^([01]\d|2[0-3])[0-5]\d\s?[-–]\s?([01]\d|2[0-3])[0-5]\d$/;
const DATE_LIKE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;
const PERSONNUMMER_SHAPE = /^(?:\d{6}|\d{8})[-+–\u0020]\d{4}$|^\d{12}$/;

/** libphonenumber validation with a per-scan cache, so repeated numbers cost one parse. */
class PhoneValidator {
  private readonly cache = new Map<string, boolean>();

  valid(candidate: string, international: boolean): boolean {
    const key = international ? candidate.replace(/^00/, '+') : candidate;
    let result = this.cache.get(key);
    if (result === undefined) {
      const parsed = international ? parsePhoneNumber(key) : parsePhoneNumber(key, 'SE');
      result = parsed?.isValid() ?? false;
      this.cache.set(key, result);
    }
    return result;
  }
}

const DIGIT_GROUP = /\d+\)?/g;
const MIN_PHONE_DIGITS = 7;
// A Swedish national number has at most 10 digits with its leading 0; E.164 allows 15.
const MAX_NATIONAL_DIGITS = 10;
const MAX_INTERNATIONAL_DIGITS = 17; // 15 plus "00" or a written trunk "(0)"

function findPhones(text: string, phones: PhoneValidator, out: Finding[]) {
  for (const [regex, international] of [
    [INTERNATIONAL_CANDIDATE, true],
    [NATIONAL_CANDIDATE, false],
  ] as const) {
    const maxDigits = international ? MAX_INTERNATIONAL_DIGITS : MAX_NATIONAL_DIGITS;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const start = match.index;
      const candidate = match[0];
      // Greedy grouping may take along what follows ("070-123 45 67 2 gånger", or a list of numbers
      // separated by spaces): try the prefixes that end after a digit group, longest first, and go on
      // scanning after the accepted one, or after the first group if none is a phone number.
      const groupEnds: number[] = [];
      let firstGroupEnd = 0;
      let digits = 0;
      for (const group of candidate.matchAll(DIGIT_GROUP)) {
        const end = group.index + group[0].length;
        if (firstGroupEnd === 0) firstGroupEnd = end;
        digits += group[0].length - (group[0].endsWith(')') ? 1 : 0);
        if (digits > maxDigits) break;
        if (digits >= MIN_PHONE_DIGITS) groupEnds.push(end);
      }
      let next = start + Math.max(1, firstGroupEnd);
      for (let i = groupEnds.length - 1; i >= 0; i--) {
        const phone = candidate.slice(0, groupEnds[i]);
        if (acceptablePhone(text, start, phone, international, phones)) {
          out.push({ kind: 'phone', start, end: start + phone.length, text: phone, confidence: 'high' });
          next = start + phone.length;
          break;
        }
      }
      regex.lastIndex = next;
    }
  }
}

function acceptablePhone(
  text: string,
  start: number,
  candidate: string,
  international: boolean,
  phones: PhoneValidator,
): boolean {
  const end = start + candidate.length;
  // Glued to a following letter ("0701234567abc") or digit: not a standalone number.
  if (/^[\p{L}\p{N}]/u.test(text.slice(end, end + 1))) return false;
  if (!international) {
    if (PERSONNUMMER_SHAPE.test(candidate)) return false;
    if (TIME_RANGE.test(candidate) || DATE_LIKE.test(candidate)) return false;
  }
  return phones.valid(candidate, international) && !followsReferenceWord(text, start);
}

// ---------------------------------------------------------------------------------------------
// e-mail

// Scanning outwards from each "@" is much cheaper than running an address regex over all text.
const LOCAL_PART_CHAR = /[\p{L}\p{N}._%+-]/u;
// The domain must end in a label of letters, so a sentence's final full stop is never included.
const DOMAIN_PART = /@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}@])/uy;

function findEmails(text: string, out: Finding[]) {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_PART_CHAR.test(text[start - 1] ?? '')) start--;
    while (start < at && text[start] === '.') start++;
    if (start === at || text[at - 1] === '.') continue;
    DOMAIN_PART.lastIndex = at;
    const domain = DOMAIN_PART.exec(text);
    if (!domain) continue;
    const end = at + domain[0].length;
    out.push({ kind: 'email', start, end, text: text.slice(start, end), confidence: 'high' });
  }
}

// ---------------------------------------------------------------------------------------------
// names

const TOKEN = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}])/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

function isFirstName(word: string): boolean {
  if (FIRST_NAMES.has(word)) return true;
  // Double names: "Anna-Karin", "Lars-Erik".
  return word.includes('-') && word.split('-').every((part) => FIRST_NAMES.has(part));
}

/** The first name a token stands for: itself, or the stem of a genitive ("Annas"). */
function firstNameOf(word: string): string | null {
  if (isFirstName(word)) return word;
  if (word.endsWith('s') && word.length > 3 && !NOT_GENITIVES.has(word) && isFirstName(word.slice(0, -1))) {
    return word.slice(0, -1);
  }
  return null;
}

function isSurname(word: string): boolean {
  return SURNAMES_SET.has(word) || (word.endsWith('s') && SURNAMES_SET.has(word.slice(0, -1)));
}

function hasPlaceSuffix(word: string): boolean {
  const lower = word.toLowerCase();
  return PLACE_SUFFIXES.some((suffix) => lower.length > suffix.length && lower.endsWith(suffix));
}

function isPlace(word: string): boolean {
  return NOT_NAMES.has(word) || NOT_NAMES.has(word.replace(/s$/, '')) || hasPlaceSuffix(word);
}

/** Whether only spaces (and a name particle such as "von") separate two tokens. */
function nameGap(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (/^[\u0020\u00a0]+$/.test(gap)) return true;
  const particle = /^[\u0020\u00a0]+(\p{Ll}+)[\u0020\u00a0]+$/u.exec(gap);
  return particle !== null && NAME_PARTICLES.has(particle[1] ?? '');
}

/** "Gustav Adolfs torg", "Sankt Görans gymnasium": a genitive name that is part of a place. */
function followedByPlaceNoun(text: string, end: number): boolean {
  const after = /^[\u0020\u00a0]+(\p{Ll}+)/u.exec(text.slice(end, end + 20));
  return after !== null && PLACE_NOUNS.has(after[1] ?? '');
}

const OPENERS = new Set([...' \t\r\u00a0"\'«»”“‘’([{-–—•*']);
const SENTENCE_END = new Set([...'.!?:;…']);

function isSentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i] ?? '';
    if (ch === '\n') return true;
    if (OPENERS.has(ch)) continue;
    return SENTENCE_END.has(ch);
  }
  return true;
}

const LETTER = /\p{L}/u;

/** The lowercased word before a token, with a trailing full stop kept ("dr."), if only spaces separate them. */
function precedingWord(text: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i === start - 1) return undefined;
  const end = i + 1;
  if (text[i] === '.') i--;
  while (i >= 0 && LETTER.test(text[i] ?? '')) i--;
  return i + 1 < end ? text.slice(i + 1, end).toLowerCase() : undefined;
}

function findNames(text: string, out: Finding[]) {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const first = firstNameOf(token.text);
    const next = tokens[i + 1];
    const nextAdjacent = next !== undefined && nameGap(text, token.end, next.start);

    if (first !== null && first === token.text && next && nextAdjacent) {
      // "Erik Dahlbergsgatan": the first name is part of a place, not a person. A surname that is
      // also a town ("Joakim Lund") is a surname here.
      if (isPlace(next.text) && !SURNAMES_SET.has(next.text)) {
        i++;
        continue;
      }
      let last = next;
      let used = 2;
      const third = tokens[i + 2];
      if (
        third &&
        nameGap(text, next.end, third.start) &&
        (!isPlace(third.text) || SURNAMES_SET.has(third.text)) &&
        (isFirstName(next.text) || isSurname(third.text))
      ) {
        last = third;
        used = 3;
      }
      // "Gustav Adolfs torg", "Kristina Nilssons gata".
      if (followedByPlaceNoun(text, last.end)) {
        i += used - 1;
        continue;
      }
      out.push({
        kind: 'name',
        start: token.start,
        end: last.end,
        text: text.slice(token.start, last.end),
        confidence: 'high',
      });
      i += used - 1;
      continue;
    }

    if (first !== null) {
      if (nextAdjacent && next && hasPlaceSuffix(next.text)) continue;
      if (followedByPlaceNoun(text, token.end)) continue;
      if (NEVER_ALONE.has(first)) continue;
      if (AMBIGUOUS_FIRST_NAMES.has(first) && isSentenceInitial(text, token.start)) continue;
      out.push({ kind: 'name', start: token.start, end: token.end, text: token.text, confidence: 'medium' });
      continue;
    }

    // A surname after a title: "herr Andersson", "familjen Yilmaz", "fru Ohlin".
    const title = precedingWord(text, token.start);
    if (title && TITLES.has(title) && !isPlace(token.text)) {
      if (isSurname(token.text) || STRONG_TITLES.has(title)) {
        out.push({
          kind: 'name',
          start: token.start,
          end: token.end,
          text: token.text,
          confidence: 'medium',
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// combining

// On overlap the more specific kind wins: an e-mail may contain a name or digits, a checksum-valid
// personnummer beats a phone-shaped reading of the same digits, and anything beats a name.
const PRIORITY: Record<FindingKind, number> = {
  email: 0,
  personnummer: 1,
  samordningsnummer: 1,
  phone: 2,
  name: 3,
};

function resolveOverlaps(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort(
    (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const finding of ranked) {
    if (kept.every((k) => finding.end <= k.start || finding.start >= k.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const findings: Finding[] = [];
  findEmails(text, findings);
  const phones = new PhoneValidator();
  findPersonnummer(text, options, phones, findings);
  findPhones(text, phones, findings);
  findNames(text, findings);
  return resolveOverlaps(findings);
}

const DEFAULT_REPLACEMENTS: Record<FindingKind, string> = {
  personnummer: '[personnummer]',
  samordningsnummer: '[samordningsnummer]',
  phone: '[telefon]',
  email: '[e-post]',
  name: '[namn]',
};

export function defaultReplacement(finding: Finding): string {
  return DEFAULT_REPLACEMENTS[finding.kind];
}

/**
 * Replaces each finding's span. Findings may come in any order; overlapping ones are merged by
 * redacting their union. A finding that does not match the text (the text was edited
 * after scanning) is an error rather than silently left unredacted.
 */
export function redact(
  text: string,
  findings: Finding[],
  replacement: (f: Finding) => string = defaultReplacement,
): string {
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let result = '';
  let cursor = 0;
  for (const finding of ordered) {
    if (text.slice(finding.start, finding.end) !== finding.text) {
      throw new Error(`Finding at ${finding.start}-${finding.end} does not match the text`);
    }
    if (finding.start < cursor) {
      cursor = Math.max(cursor, finding.end);
      continue;
    }
    result += text.slice(cursor, finding.start) + replacement(finding);
    cursor = finding.end;
  }
  return result + text.slice(cursor);
}
