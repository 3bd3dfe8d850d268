import { isValidOrgNumber } from '@vaksam/domain/identifiers/organisationsnummer';
import { parsePersonnummer } from '@vaksam/domain/identifiers/personnummer';
import parsePhoneNumber from 'libphonenumber-js/max';
import {
  AMBIGUOUS_FIRST_NAMES,
  FIRST_NAMES,
  NAME_PARTICLES,
  NEVER_ALONE,
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

function findPersonnummer(text: string, options: ScanOptions, out: Finding[]) {
  for (const match of text.matchAll(PERSONNUMMER_CANDIDATE)) {
    const raw = match[0];
    const start = match.index;
    const normalized = raw.replace(/[\u0020–]/, '-');
    const digits = raw.replace(/\D/g, '');
    const parsed = parsePersonnummer(normalized, { now: options.now });
    if (!parsed.ok) continue;
    // Company ids are not personal data (they cannot parse as a date anyway, but be explicit).
    if (isValidOrgNumber(digits.slice(-10))) continue;
    const bare = digits.length === 10 && /^\d+$/.test(raw);
    // A bare "07xxxxxxxx" is far more often a mobile number than the id of someone born in 2007.
    if (bare && raw.startsWith('07') && isValidSwedishPhone(raw)) {
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
// National Swedish numbers start with 0 (or "(08)"); international ones with + or 00.
const NATIONAL_CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+\-–/])(?<!\p{N}[.,])(?:\(0\d{1,3}\)[\u0020\u00a0]?\d+|0\d+)(?:${SEP}\d+)*`,
  'gu',
);
const INTERNATIONAL_CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:\+|00)[1-9]\d*(?:(?:${SEP}|[\u0020\u00a0]?\((?:0|\d{1,4})\)[\u0020\u00a0]?)\d+)*`,
  'gu',
);

// Numbers after these words are references, accounts or products, not phone numbers.
const NON_PHONE_CONTEXT =
  /(?:bankgiro|\bbg|plusgiro|\bpg|konto\p{L}*|clearing\p{L}*|\bocr|order\p{L}*|artikel\p{L}*|art\.?\s?nr|faktura\p{L}*|kund\s?nr|kundnummer|ärende\p{L}*|diarie\p{L}*|\bdnr|\bref\p{L}*|org\.?\s?nr|organisationsn\p{L}*|serie\p{L}*|imei|\bean|kvitto\p{L}*|reg\.?\s?nr|registreringsnummer|swish)[\s.:#-]*(?:nr|nummer)?[\s.:#-]*$/iu;

const TIME_RANGE = /^([01]\d|2[0-3])[0-5]\d\s?[-–]\s?([01]\d|2[0-3])[0-5]\d$/;
const DATE_LIKE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;
const PERSONNUMMER_SHAPE = /^(?:\d{6}|\d{8})[-+–\u0020]\d{4}$|^\d{12}$/;

function isValidSwedishPhone(candidate: string): boolean {
  return parsePhoneNumber(candidate, 'SE')?.isValid() ?? false;
}

function validPhone(candidate: string, international: boolean): boolean {
  const input = international ? candidate.replace(/^00/, '+') : candidate;
  const parsed = international ? parsePhoneNumber(input) : parsePhoneNumber(input, 'SE');
  return parsed?.isValid() ?? false;
}

function findPhones(text: string, out: Finding[]) {
  for (const [regex, international] of [
    [INTERNATIONAL_CANDIDATE, true],
    [NATIONAL_CANDIDATE, false],
  ] as const) {
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      let candidate = match[0];
      // Greedy grouping may take along a following number ("070-123 45 67 2 gånger"): drop trailing
      // groups until the rest is a valid number or too short to be one.
      for (;;) {
        const digits = candidate.replace(/\D/g, '').length;
        if (digits < 7) break;
        if (digits <= 15 && acceptablePhone(text, start, candidate, international)) {
          out.push({ kind: 'phone', start, end: start + candidate.length, text: candidate, confidence: 'high' });
          break;
        }
        const shorter = candidate.replace(/(?:\u0020?[-–/]\u0020?|[\u0020\u00a0])\(?\d+\)?$/, '');
        if (shorter === candidate) break;
        candidate = shorter;
      }
    }
  }
}

function acceptablePhone(text: string, start: number, candidate: string, international: boolean): boolean {
  const end = start + candidate.length;
  // Glued to a following letter ("0701234567abc") or digit: not a standalone number.
  if (/^[\p{L}\p{N}]/u.test(text.slice(end, end + 1))) return false;
  if (!international) {
    if (PERSONNUMMER_SHAPE.test(candidate)) return false;
    if (TIME_RANGE.test(candidate) || DATE_LIKE.test(candidate)) return false;
  }
  if (NON_PHONE_CONTEXT.test(text.slice(Math.max(0, start - 30), start))) return false;
  return validPhone(candidate, international);
}

// ---------------------------------------------------------------------------------------------
// e-mail

// The domain must end in a label of letters, so a sentence's final full stop is never included.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}@])/gu;

function findEmails(text: string, out: Finding[]) {
  for (const match of text.matchAll(EMAIL)) {
    out.push({
      kind: 'email',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      confidence: 'high',
    });
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
  if (word.endsWith('s') && word.length > 3 && isFirstName(word.slice(0, -1))) return word.slice(0, -1);
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

const PRECEDING_WORD = /(\p{L}+\.?)[\u0020\u00a0]+$/u;

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
      // "Erik Dahlbergsgatan", "Karl Stockholm": the first name is part of a place, not a person.
      if (isPlace(next.text)) {
        i++;
        continue;
      }
      let last = next;
      let used = 2;
      const third = tokens[i + 2];
      if (
        third &&
        nameGap(text, next.end, third.start) &&
        !isPlace(third.text) &&
        (isFirstName(next.text) || isSurname(third.text))
      ) {
        last = third;
        used = 3;
      }
      // "Gustav Adolfs torg", "Kristina Nilssons gata".
      const after = /^[\u0020\u00a0]+(\p{Ll}+)/u.exec(text.slice(last.end, last.end + 20));
      if (after && PLACE_NOUNS.has(after[1] ?? '')) {
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
      if (NEVER_ALONE.has(first)) continue;
      if (AMBIGUOUS_FIRST_NAMES.has(first) && isSentenceInitial(text, token.start)) continue;
      out.push({ kind: 'name', start: token.start, end: token.end, text: token.text, confidence: 'medium' });
      continue;
    }

    // A surname after a title: "herr Andersson", "familjen Yilmaz", "fru Ohlin".
    const before = PRECEDING_WORD.exec(text.slice(Math.max(0, token.start - 20), token.start));
    const title = before?.[1]?.toLowerCase();
    if (title && TITLES.has(title) && !isPlace(token.text)) {
      if (isSurname(token.text) || STRONG_TITLES.has(title)) {
        out.push({ kind: 'name', start: token.start, end: token.end, text: token.text, confidence: 'medium' });
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
  findPersonnummer(text, options, findings);
  findPhones(text, findings);
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
