import { z } from 'zod';
import { uuidSchema } from './common';
import { parseBankgiro } from './identifiers/bankgiro';
import { parseIban } from './identifiers/iban';
import { parseOrgNumber } from './identifiers/organisationsnummer';
import { parsePlusgiro } from './identifiers/plusgiro';
import { pageLimitSchema, pageOf } from './pagination';

/**
 * FRAUD-1 … FRAUD-7: Varningslistan, the public list of senders of fraudulent invoices. Everything here is
 * public: an entry describes a sender, never who reported it.
 */

/** The identifiers an entry can be found by. Web and e-mail are kept as lower-case host and address. */
export const fraudIdentifierKindSchema = z.enum([
  'organisationsnummer',
  'bankgiro',
  'plusgiro',
  'iban',
  'website',
  'email',
]);
export type FraudIdentifierKind = z.infer<typeof fraudIdentifierKindSchema>;

export const FRAUD_LIMITS = {
  name: 200,
  address: 300,
  addresses: 5,
  identifiers: 20,
  description: 5_000,
  query: 200,
  topList: 20,
} as const;

export const fraudIdentifierSchema = z.object({
  kind: fraudIdentifierKindSchema,
  /** The stored form: digits only for numbers, IBAN without spaces, lower-case host or address. */
  value: z.string(),
  /** As people write it: NNNNNN-NNNN, NNNN-NNNN, IBAN in groups of four. */
  formatted: z.string(),
});
export type FraudIdentifier = z.infer<typeof fraudIdentifierSchema>;

export const fraudEntrySummarySchema = z.object({
  id: uuidSchema,
  companyName: z.string(),
  /** The entry's organisationsnummer, formatted, when it has one. */
  orgNumber: z.string().nullable(),
  firstPublishedAt: z.string(),
  reportCount: z.number().int(),
  /** The first line of the description, for lists. */
  excerpt: z.string(),
});
export type FraudEntrySummary = z.infer<typeof fraudEntrySummarySchema>;

export const fraudEntrySchema = fraudEntrySummarySchema.extend({
  addresses: z.array(z.string()),
  identifiers: z.array(fraudIdentifierSchema),
  /** How the scheme works: what the invoice looks like, what it claims to be for. */
  description: z.string(),
  updatedAt: z.string(),
});
export type FraudEntry = z.infer<typeof fraudEntrySchema>;

export const fraudEntryListSchema = pageOf(fraudEntrySummarySchema);

export const fraudListQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: pageLimitSchema(100),
  })
  .strict();

const requiredText = (max: number, message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, { message })
    .max(max, { message: `Högst ${max} tecken` });

/** One identifier as an analyst types it; the server normalises it and refuses a wrong checksum. */
export const fraudIdentifierInputSchema = z
  .object({
    kind: fraudIdentifierKindSchema,
    value: requiredText(254, 'Ange värdet'),
  })
  .strict();

export const fraudEntryInputSchema = z
  .object({
    companyName: requiredText(FRAUD_LIMITS.name, 'Ange företagsnamnet'),
    addresses: z
      .array(requiredText(FRAUD_LIMITS.address, 'Ange adressen'))
      .max(FRAUD_LIMITS.addresses, { message: `Högst ${FRAUD_LIMITS.addresses} adresser` })
      .default([]),
    identifiers: z
      .array(fraudIdentifierInputSchema)
      .max(FRAUD_LIMITS.identifiers, { message: `Högst ${FRAUD_LIMITS.identifiers} uppgifter` })
      .default([]),
    description: requiredText(FRAUD_LIMITS.description, 'Beskriv hur bluffen går till'),
  })
  .strict();
export type FraudEntryInput = z.infer<typeof fraudEntryInputSchema>;

export const fraudEntryUpdateSchema = fraudEntryInputSchema.extend({
  /** The `updatedAt` the analyst's edit started from: an edit over someone else's answers 409. */
  updatedAt: z.iso.datetime({ offset: true, message: 'Ange när posten hämtades' }),
});
export type FraudEntryUpdate = z.infer<typeof fraudEntryUpdateSchema>;

/** An analyst records one more report of an entry's invoices (FRAUD-7 counts them per month). */
export const fraudReportInputSchema = z
  .object({
    receivedAt: z.iso.datetime({ offset: true, message: 'Ange när rapporten kom in' }).optional(),
  })
  .strict();

export const fraudSearchQuerySchema = z
  .object({
    q: requiredText(FRAUD_LIMITS.query, 'Skriv ett organisationsnummer, bankgiro, plusgiro, IBAN eller namn'),
  })
  .strict();

export const fraudMatchSchema = z.object({
  entry: fraudEntrySummarySchema,
  /** What matched: an identifier kind, or `name` for a similar name. */
  matchedOn: z.union([fraudIdentifierKindSchema, z.literal('name')]),
  /** 1 for an exact identifier or name; the trigram similarity for a similar name. */
  similarity: z.number(),
});
export type FraudMatch = z.infer<typeof fraudMatchSchema>;

/**
 * FRAUD-2's answer: `listed` when an identifier or the exact name is on the list, `similar` when only names
 * resemble the query, `not_listed` otherwise.
 */
export const fraudVerdictSchema = z.enum(['listed', 'similar', 'not_listed']);
export type FraudVerdict = z.infer<typeof fraudVerdictSchema>;

export const fraudSearchResultSchema = z.object({
  verdict: fraudVerdictSchema,
  /** What the query was read as: the identifier kinds it is valid for, and the name. */
  readAs: z.array(
    z.object({ kind: z.union([fraudIdentifierKindSchema, z.literal('name')]), value: z.string() }),
  ),
  matches: z.array(fraudMatchSchema),
});
export type FraudSearchResult = z.infer<typeof fraudSearchResultSchema>;

/** FRAUD-6: what an uploaded invoice contained, and which of it is listed. */
export const invoiceCheckResultSchema = z.object({
  verdict: z.enum(['listed', 'not_listed', 'nothing_found']),
  found: z.array(
    z.object({
      kind: fraudIdentifierKindSchema,
      value: z.string(),
      formatted: z.string(),
      /** The listed entries this identifier belongs to (usually none or one). */
      entries: z.array(fraudEntrySummarySchema),
    }),
  ),
});
export type InvoiceCheckResult = z.infer<typeof invoiceCheckResultSchema>;

export const fraudTopQuerySchema = z
  .object({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Ange månaden som ÅÅÅÅ-MM' })
      .optional(),
  })
  .strict();

export const fraudTopListSchema = z.object({
  month: z.string(),
  items: z.array(z.object({ entry: fraudEntrySummarySchema, reportsInMonth: z.number().int() })),
});
export type FraudTopList = z.infer<typeof fraudTopListSchema>;

export type ParsedFraudIdentifier = { kind: FraudIdentifierKind; value: string; formatted: string };

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[^\s@]{1,64}@([^\s@]+)$/;

/** A web address as its host: `https://www.Bluff.se/faktura` and `bluff.se` are the same sender. */
function parseWebsite(input: string): string | null {
  const host = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
  return HOST.test(host) ? host : null;
}

function parseEmail(input: string): string | null {
  const address = input.trim().toLowerCase();
  const match = EMAIL.exec(address);
  return match?.[1] && HOST.test(match[1]) ? address : null;
}

/**
 * Reads a value as an identifier of the given kind: the normalised and the printed form, or null when it is
 * not one (a wrong checksum included).
 */
export function parseFraudIdentifier(kind: FraudIdentifierKind, input: string): ParsedFraudIdentifier | null {
  switch (kind) {
    case 'organisationsnummer': {
      const parsed = parseOrgNumber(input);
      return parsed.ok ? { kind, value: parsed.value.normalized, formatted: parsed.value.formatted } : null;
    }
    case 'bankgiro': {
      const parsed = parseBankgiro(input);
      return parsed.ok ? { kind, value: parsed.value.normalized, formatted: parsed.value.formatted } : null;
    }
    case 'plusgiro': {
      const parsed = parsePlusgiro(input);
      return parsed.ok ? { kind, value: parsed.value.normalized, formatted: parsed.value.formatted } : null;
    }
    case 'iban': {
      const parsed = parseIban(input);
      return parsed.ok ? { kind, value: parsed.value.normalized, formatted: parsed.value.formatted } : null;
    }
    case 'website': {
      const host = parseWebsite(input);
      return host ? { kind, value: host, formatted: host } : null;
    }
    case 'email': {
      const address = parseEmail(input);
      return address ? { kind, value: address, formatted: address } : null;
    }
  }
}

/** Every identifier kind a search query is valid as: 5050-1055 may be a bankgiro and a plusgiro at once. */
export function identifierReadingsOf(query: string): ParsedFraudIdentifier[] {
  const looksLikeAddress = query.includes('@') || /\.[a-z]{2,}/i.test(query);
  const kinds: FraudIdentifierKind[] = looksLikeAddress
    ? ['email', 'website']
    : ['organisationsnummer', 'bankgiro', 'plusgiro', 'iban'];
  return kinds.flatMap((kind) => {
    const parsed = parseFraudIdentifier(kind, query);
    return parsed ? [parsed] : [];
  });
}

export const FRAUD_IDENTIFIER_LABELS: Record<FraudIdentifierKind, { sv: string; en: string }> = {
  organisationsnummer: { sv: 'Organisationsnummer', en: 'Company registration number' },
  bankgiro: { sv: 'Bankgiro', en: 'Bankgiro' },
  plusgiro: { sv: 'Plusgiro', en: 'Plusgiro' },
  iban: { sv: 'IBAN', en: 'IBAN' },
  website: { sv: 'Webbplats', en: 'Website' },
  email: { sv: 'E-post', en: 'E-mail' },
};

/** Legal forms say what kind of company a sender is, not which: every second name ends in one. */
const LEGAL_FORM_WORDS = new Set([
  'ab',
  'abp',
  'hb',
  'kb',
  'ek',
  'för',
  'aktiebolag',
  'handelsbolag',
  'kommanditbolag',
  'ltd',
  'limited',
  'inc',
  'llc',
  'gmbh',
  'oy',
  'as',
  'aps',
  'bv',
  'sa',
  'group',
]);

/**
 * The words a name is searched by: lower case, split at anything but letters and digits, legal forms left
 * out. The server stores them per entry and looks a query's words up among them (FRAUD-2).
 */
export function nameWords(name: string): string[] {
  const words = name
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !LEGAL_FORM_WORDS.has(word));
  return [...new Set(words)];
}

/** FRAUD-3: whether the signed-in person follows the list (push and in-app notice of every new entry). */
export const fraudFollowingSchema = z
  .object({ following: z.boolean({ message: 'Ange true eller false' }) })
  .strict();
