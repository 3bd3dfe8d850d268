import { isLuhnValid } from './luhn';

/** Bankgirot's account numbers: 7 or 8 digits, printed NNN-NNNN or NNNN-NNNN, the last a Luhn digit. */
export interface ParsedBankgiro {
  /** Digits only: the form we store and compare. */
  normalized: string;
  formatted: string;
}

export type BankgiroParseResult =
  | { ok: true; value: ParsedBankgiro }
  | { ok: false; reason: 'format' | 'checksum' };

// Digit groups split by spaces or one hyphen, so "5050-1055", "5050 1055" and "5050 - 1055" all read.
const DIGIT_GROUPS = /^\d+(?:(?:\s*-\s*|\s+)\d+)*$/;

export function parseBankgiro(input: string): BankgiroParseResult {
  const trimmed = input.trim();
  if (!DIGIT_GROUPS.test(trimmed) || trimmed.split('-').length > 2) return { ok: false, reason: 'format' };
  const normalized = trimmed.replace(/\D/g, '');
  if (normalized.length < 7 || normalized.length > 8) return { ok: false, reason: 'format' };
  if (!isLuhnValid(normalized)) return { ok: false, reason: 'checksum' };
  return { ok: true, value: { normalized, formatted: formatBankgiro(normalized) } };
}

export function isValidBankgiro(input: string): boolean {
  return parseBankgiro(input).ok;
}

/** Formats an already normalized number; anything else is returned unchanged rather than mangled. */
export function formatBankgiro(normalized: string): string {
  return /^\d{7,8}$/.test(normalized) ? `${normalized.slice(0, -4)}-${normalized.slice(-4)}` : normalized;
}
