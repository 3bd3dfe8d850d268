import { parseBankgiro } from '../identifiers/bankgiro';
import { IBAN_LENGTHS, parseIban } from '../identifiers/iban';
import { parseOrgNumber } from '../identifiers/organisationsnummer';
import { parsePlusgiro } from '../identifiers/plusgiro';

export type PaymentIdentifierKind = 'organisationsnummer' | 'bankgiro' | 'plusgiro' | 'iban';

export type FoundIdentifier = {
  kind: PaymentIdentifierKind;
  normalized: string;
  formatted: string;
  /** Where the number is printed in the text: `text.slice(start, end)`. */
  start: number;
  end: number;
};

/**
 * Reads the payment and company identifiers printed on an invoice's text. Only numbers that pass their
 * checksum are returned, once per kind and number, in the order they first appear.
 *
 * IBANs and organisationsnummer in the NNNNNN-NNNN or VAT (SE…01) form are distinctive enough to be taken
 * anywhere. Every other shape needs a label, because invoices are full of digit runs (OCR references, phone
 * numbers, customer numbers) and one in ten passes a Luhn check by chance:
 * - a hyphenated bankgiro (NNNN-NNNN) or plusgiro (NNNNNN-N) counts when the nearest label before it on its
 *   line names its kind, or, when nothing on its line labels it, the line just above has such a label: the
 *   heading row of a footer block, or a label above its value in a payment box;
 * - a bare digit run counts only right after its label ("Bankgiro: 50501055", "Org.nr 5560360793"), on the
 *   same line or, when the label stands alone on its line, the next.
 * Labels of other fields ("OCR", "Fakturanr", "Tel") count as labels too: a number right after one is
 * that field's value, not a giro number.
 */
export function findPaymentIdentifiers(text: string): FoundIdentifier[] {
  const lines = lineIndex(text);
  const taken: Span[] = [];
  const found: FoundIdentifier[] = [];
  const accept = (kind: PaymentIdentifierKind, span: Span, { normalized, formatted }: Printed) => {
    taken.push(span);
    found.push({ kind, normalized, formatted, ...span });
  };

  for (const span of ibanCandidates(text)) {
    const parsed = parseIban(text.slice(span.start, span.end));
    if (parsed.ok) accept('iban', span, parsed.value);
  }
  for (const match of text.matchAll(VAT_NUMBER)) {
    const span = spanOf(match);
    const parsed = parseOrgNumber(`${match[1]}${match[2]}`);
    if (parsed.ok && !overlapsAny(span, taken)) accept('organisationsnummer', span, parsed.value);
  }

  const labels = findLabels(text, lines, taken);
  const context: Context = { text, lines, labels, labelsOnLine: groupBy(labels, (label) => label.line) };
  for (const shape of SHAPES) {
    for (const match of text.matchAll(shape.pattern)) {
      const span = shape.grouped ? trimLeadingGroups(match, PLUSGIRO_MAX_DIGITS) : spanOf(match);
      if (!span || overlapsAny(span, taken)) continue;
      if (shape.needs === 'nearby' && !isNearbyLabelled(context, span, shape.kind)) continue;
      if (shape.needs === 'direct' && !isDirectlyLabelled(context, span, shape.kind)) continue;
      const parsed = PARSERS[shape.kind](text.slice(span.start, span.end).replace(HYPHENS, '-'));
      if (parsed.ok) accept(shape.kind, span, parsed.value);
    }
  }

  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter(({ kind, normalized }) => {
      const key = `${kind}:${normalized}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

type Span = { start: number; end: number };
type LabelKind = PaymentIdentifierKind | 'other';
type Label = Span & { kind: LabelKind; line: number };
type Lines = { starts: number[]; lineAt: (pos: number) => number };
type Context = { text: string; lines: Lines; labels: Label[]; labelsOnLine: Map<number, Label[]> };
type Printed = { normalized: string; formatted: string };
type Parsed = { ok: true; value: Printed } | { ok: false };

const PARSERS: Record<Exclude<PaymentIdentifierKind, 'iban'>, (input: string) => Parsed> = {
  organisationsnummer: parseOrgNumber,
  bankgiro: parseBankgiro,
  plusgiro: parsePlusgiro,
};

// PDF text often carries typographic hyphens where the invoice author typed a plain one.
const HYPHEN = '[-\u2010\u2011\u2013\u2212]';
const HYPHENS = new RegExp(HYPHEN, 'g');
// A number must not be the tail or head of a longer one, also not across a hyphen ("08-123 4567").
const BEFORE = `(?<!\\d)(?<!\\d ?${HYPHEN} ?)`;
const AFTER = `(?!\\d)(?! ?${HYPHEN} ?\\d)`;
const shape = (source: string) => new RegExp(`${BEFORE}${source}${AFTER}`, 'g');
// A bare run must not be the first group of a spaced, hyphenated number ("90 20 01-1" is not plusgiro 90).
const bare = (source: string) =>
  new RegExp(`${BEFORE}${source}${AFTER}(?!(?: \\d{1,8}){1,8} ?${HYPHEN} ?\\d)`, 'g');

const PLUSGIRO_MAX_DIGITS = 8;

type Shape = {
  kind: Exclude<PaymentIdentifierKind, 'iban'>;
  pattern: RegExp;
  needs: 'nothing' | 'nearby' | 'direct';
  /** Space-separated digit groups, of which leading ones may belong to a neighbouring number. */
  grouped?: boolean;
};

const SHAPES: Shape[] = [
  { kind: 'organisationsnummer', pattern: shape(`(?:16)?\\d{6}${HYPHEN}\\d{4}`), needs: 'nothing' },
  { kind: 'organisationsnummer', pattern: bare('(?:16)?\\d{10}'), needs: 'direct' },
  { kind: 'bankgiro', pattern: shape(`\\d{3,4} ?${HYPHEN} ?\\d{4}`), needs: 'nearby' },
  { kind: 'bankgiro', pattern: bare('\\d{3,4} ?\\d{4}'), needs: 'direct' },
  {
    kind: 'plusgiro',
    pattern: shape(`\\d{1,7}(?: \\d{1,7}){0,7} ?${HYPHEN} ?\\d`),
    needs: 'nearby',
    grouped: true,
  },
  { kind: 'plusgiro', pattern: bare('\\d{2,8}'), needs: 'direct' },
];

/** The VAT number: SE, the organisationsnummer and 01, sometimes spaced out ("SE 556036-0793 01"). */
const VAT_NUMBER = new RegExp(`(?<![\\p{L}\\d])SE ?(\\d{6})${HYPHEN}?(\\d{4}) ?01(?!\\d)`, 'gu');

const SEP = /[\s.-]*/.source;
const NR = `(?:${SEP}(?:nummer|number|nr|no)\\.?)`;
const LABEL_PATTERNS: [LabelKind, string][] = [
  ['bankgiro', `(?:bankgiro|bg)(?:konto)?${NR}?`],
  ['plusgiro', `(?:plusgiro|postgiro|pg)(?:konto)?${NR}?`],
  ['organisationsnummer', `(?:organisations?|org)${NR}`],
  // The VAT number contains the organisationsnummer, so its label introduces one.
  ['organisationsnummer', `moms(?:registrerings|reg)?${NR}|vat(?:${SEP}reg(?:istration)?)?${NR}?`],
  ['iban', `iban${NR}?`],
  [
    'other',
    [
      `ocr(?:${SEP}(?:nummer|nr|referens|ref))?`,
      `(?:faktura|kund|order|avtals|medlems|artikel|konto|clearing|person|referens|objekt|offert)${NR}?`,
      `(?:tel(?:efon)?|mobil|fax)${NR}?`,
      '(?:faktura|förfallo|order|leverans)?datum|förfaller|period',
      /att\s+betala|belopp|summa|totalt|moms/.source,
      '(?:post|besöks)?adress|e-?post|e-?mail|webb|hemsida',
      'bic|swift',
    ].join('|'),
  ],
];
const LABEL_FINDERS = LABEL_PATTERNS.map(
  ([kind, source]) => [kind, new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'giu')] as const,
);

/** Between a label and its value: colons, brackets and blanks, and at most one line break. */
const DIRECT_GAP = /^[^\S\n]*[:.#=()]*[^\S\n]*\n?[^\S\n]*[:.#=()]*[^\S\n]*$/;

function findLabels(text: string, lines: Lines, taken: Span[]): Label[] {
  const all: Label[] = [];
  for (const [kind, finder] of LABEL_FINDERS) {
    for (const match of text.matchAll(finder)) {
      const span = spanOf(match);
      all.push({ ...span, kind, line: lines.lineAt(span.start) });
    }
  }
  // Where labels overlap ("Momsreg.nr" and "moms"), the longer reading wins.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const labels: Label[] = [];
  for (const label of all) {
    const last = labels.at(-1);
    if (last && label.start < last.end) continue;
    if (!overlapsAny(label, taken)) labels.push(label);
  }
  return labels;
}

/** Labels do not overlap, so sorted by start they are sorted by end too. */
function nearestLabelBefore(labels: Label[], pos: number): Label | undefined {
  let low = 0;
  let high = labels.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((labels[mid]?.end ?? 0) <= pos) low = mid + 1;
    else high = mid;
  }
  return labels[low - 1];
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function isNearbyLabelled(
  { text, lines, labels, labelsOnLine }: Context,
  span: Span,
  kind: PaymentIdentifierKind,
): boolean {
  const line = lines.lineAt(span.start);
  const nearest = nearestLabelBefore(labels, span.start);
  if (nearest && nearest.line === line) {
    if (nearest.kind === kind) return true;
    // Another field's label right before the number makes it that field's value. One further left may be
    // text beside a payment box, merged into the line because it stands at the same height.
    if (nearest.kind !== 'other' || DIRECT_GAP.test(text.slice(nearest.end, span.start))) return false;
  }
  return (labelsOnLine.get(line - 1) ?? []).some((label) => label.kind === kind);
}

function isDirectlyLabelled(
  { text, labels, labelsOnLine }: Context,
  span: Span,
  kind: PaymentIdentifierKind,
): boolean {
  const nearest = nearestLabelBefore(labels, span.start);
  if (!nearest || nearest.kind !== kind) return false;
  const gap = text.slice(nearest.end, span.start);
  if (!DIRECT_GAP.test(gap)) return false;
  // Across a line break only a label standing alone, not one of a row of headings.
  return !gap.includes('\n') || labelsOnLine.get(nearest.line)?.length === 1;
}

/**
 * IBANs are read character by character from a country code and check digits, allowing single spaces, up
 * to the country's length: a greedy pattern would run on into the BIC or the next word.
 */
function* ibanCandidates(text: string): Generator<Span> {
  let resumeAt = 0;
  for (const match of text.matchAll(/(?<![\p{L}\d])([A-Z]{2})\d{2}/gu)) {
    const length = IBAN_LENGTHS[match[1] ?? ''];
    if (match.index < resumeAt || !length) continue;
    let count = 4;
    let pos = match.index + 4;
    while (count < length && pos < text.length) {
      const char = text[pos] ?? '';
      if (/[A-Z0-9]/.test(char)) count++;
      else if (
        !(
          /[ \u00a0]/.test(char) &&
          /[A-Z0-9]/.test(text[pos + 1] ?? '') &&
          /[A-Z0-9]/.test(text[pos - 1] ?? '')
        )
      )
        break;
      pos++;
    }
    if (count === length && !/[\p{L}\d]/u.test(text[pos] ?? '')) {
      resumeAt = pos;
      yield { start: match.index, end: pos };
    }
  }
}

/** Drops leading digit groups until the rest fits the number's length. */
function trimLeadingGroups(match: RegExpMatchArray, maxDigits: number): Span | null {
  const { end } = spanOf(match);
  let raw = match[0];
  while ((raw.match(/\d/g)?.length ?? 0) > maxDigits) {
    const nextGroup = raw.search(/ \d/);
    if (nextGroup < 0) return null;
    raw = raw.slice(nextGroup + 1);
  }
  return { start: end - raw.length, end };
}

function spanOf(match: RegExpMatchArray): Span {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}

function overlapsAny(span: Span, others: Span[]): boolean {
  return others.some((other) => span.start < other.end && other.start < span.end);
}

function lineIndex(text: string): Lines {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (pos: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((starts[mid] ?? 0) <= pos) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return { starts, lineAt };
}
