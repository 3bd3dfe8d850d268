import Organisationsnummer from 'organisationsnummer';
import { z } from 'zod';

export type OrganisationGroupDigit = 1 | 2 | 3 | 5 | 6 | 7 | 8 | 9;

export interface OrganisationForm {
  groupDigit: OrganisationGroupDigit;
  nameSv: string;
  nameEn: string;
}

// Bolagsverket's group numbers. 0 and 4 are not issued, so a number starting with them is a typo.
export const organisationForms: Readonly<Record<OrganisationGroupDigit, OrganisationForm>> = {
  1: { groupDigit: 1, nameSv: 'Dödsbon', nameEn: 'Estates of deceased persons' },
  2: {
    groupDigit: 2,
    nameSv: 'Stat, regioner, kommuner och församlingar',
    nameEn: 'State, regions, municipalities and parishes',
  },
  3: {
    groupDigit: 3,
    nameSv: 'Utländska företag med verksamhet eller fastighet i Sverige',
    nameEn: 'Foreign companies with business or property in Sweden',
  },
  5: { groupDigit: 5, nameSv: 'Aktiebolag', nameEn: 'Limited companies' },
  6: { groupDigit: 6, nameSv: 'Enkla bolag', nameEn: 'Simple partnerships' },
  7: {
    groupDigit: 7,
    nameSv: 'Ekonomiska föreningar och bostadsrättsföreningar',
    nameEn: 'Economic associations and housing cooperatives',
  },
  8: {
    groupDigit: 8,
    nameSv: 'Ideella föreningar och stiftelser',
    nameEn: 'Non-profit associations and foundations',
  },
  9: {
    groupDigit: 9,
    nameSv: 'Handelsbolag och kommanditbolag',
    nameEn: 'Trading partnerships and limited partnerships',
  },
};

export interface ParsedOrgNumber {
  /** 10 digits, no hyphen: the form we store and compare. */
  normalized: string;
  /** NNNNNN-NNNN: the form people recognise. */
  formatted: string;
  organisationForm: OrganisationForm;
}

export type OrgNumberParseResult =
  | { ok: true; value: ParsedOrgNumber }
  | { ok: false; reason: 'format' | 'checksum' };

// The 12-digit form only ever carries the century-like prefix 16 for legal entities.
const ORG_NUMBER_PATTERN = /^(?:16)?(\d{6})-?(\d{4})$/;

function isGroupDigit(digit: number): digit is OrganisationGroupDigit {
  return digit in organisationForms;
}

/**
 * Sole traders (enskild firma) use their personnummer as organisationsnummer, and the package
 * accepts those by falling back to personnummer parsing. We do not: the product registers legal
 * entities, and a personnummer is personal data we must not collect by accident. Legal entities are
 * told apart by the "month" digits being 20 or more, i.e. the third digit is at least 2.
 */
export function parseOrgNumber(input: string): OrgNumberParseResult {
  const match = ORG_NUMBER_PATTERN.exec(input.trim());
  if (!match) return { ok: false, reason: 'format' };
  const normalized = `${match[1]}${match[2]}`;

  const groupDigit = Number(normalized[0]);
  if (!isGroupDigit(groupDigit) || Number(normalized[2]) < 2) return { ok: false, reason: 'format' };

  let parsed: Organisationsnummer;
  try {
    parsed = Organisationsnummer.parse(normalized);
  } catch {
    // Shape and group were checked above, so what the package still rejects is the Luhn digit.
    return { ok: false, reason: 'checksum' };
  }
  if (parsed.isPersonnummer()) return { ok: false, reason: 'format' };

  return {
    ok: true,
    value: { normalized, formatted: parsed.format(true), organisationForm: organisationForms[groupDigit] },
  };
}

export function isValidOrgNumber(input: string): boolean {
  return parseOrgNumber(input).ok;
}

export function normalizeOrgNumber(input: string): string | null {
  const result = parseOrgNumber(input);
  return result.ok ? result.value.normalized : null;
}

/** Formats an already normalized number; anything else is returned unchanged rather than mangled. */
export function formatOrgNumber(normalized: string): string {
  return /^\d{10}$/.test(normalized) ? `${normalized.slice(0, 6)}-${normalized.slice(6)}` : normalized;
}

const ORG_NUMBER_MESSAGE = 'Ogiltigt organisationsnummer';

/**
 * For request bodies: a transform cannot be expressed in JSON Schema, so the OpenAPI generator needs
 * a plain refined string. The server normalizes with normalizeOrgNumber after validation.
 */
export const orgNumberInputSchema = z
  .string()
  .refine((value) => isValidOrgNumber(value), { error: ORG_NUMBER_MESSAGE })
  .meta({
    description: 'Svenskt organisationsnummer, 10 siffror med eller utan bindestreck (även 16-prefix)',
    example: '556036-0793',
  });

/** For internal parsing where the output type matters more than OpenAPI: yields the 10-digit form. */
export const orgNumberSchema = z.string().transform((value, ctx) => {
  const result = parseOrgNumber(value);
  if (!result.ok) {
    ctx.issues.push({ code: 'custom', message: ORG_NUMBER_MESSAGE, input: value });
    return z.NEVER;
  }
  return result.value.normalized;
});
