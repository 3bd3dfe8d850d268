import { isLuhnValid } from './luhn';

/**
 * PlusGirot's account numbers: 2 to 8 digits, the last a Luhn digit, printed with a hyphen before it. Older
 * print groups the rest in pairs from the right ("90 20 01-7"); we store digits only.
 */
export interface ParsedPlusgiro {
  /** Digits only: the form we store and compare. */
  normalized: string;
  formatted: string;
}

export type PlusgiroParseResult =
  | { ok: true; value: ParsedPlusgiro }
  | { ok: false; reason: 'format' | 'checksum' };

const DIGIT_GROUPS = /^\d+(?:(?:\s*-\s*|\s+)\d+)*$/;

export function parsePlusgiro(input: string): PlusgiroParseResult {
  const trimmed = input.trim();
  if (!DIGIT_GROUPS.test(trimmed) || trimmed.split('-').length > 2) return { ok: false, reason: 'format' };
  const normalized = trimmed.replace(/\D/g, '');
  if (normalized.length < 2 || normalized.length > 8) return { ok: false, reason: 'format' };
  if (!isLuhnValid(normalized)) return { ok: false, reason: 'checksum' };
  return { ok: true, value: { normalized, formatted: formatPlusgiro(normalized) } };
}

export function isValidPlusgiro(input: string): boolean {
  return parsePlusgiro(input).ok;
}

/** Formats an already normalized number; anything else is returned unchanged rather than mangled. */
export function formatPlusgiro(normalized: string): string {
  return /^\d{2,8}$/.test(normalized) ? `${normalized.slice(0, -1)}-${normalized.slice(-1)}` : normalized;
}
