import { z } from 'zod';

/**
 * The police's reference of a report (diarienummer, "K-nummer"): K, up to eight digits, a hyphen and the
 * two-digit year, optionally preceded by the four-digit unit code: `K123456-24`, `5000-K123456-24`.
 * People write it with spaces or a lowercase k; it is stored normalized.
 */
const K_NUMBER = /^(?:(\d{4})-)?K(\d{1,8})-(\d{2})$/;

export type KNumber = { normalized: string; unitCode: string | null; serial: string; year: number };

export function parseKNumber(
  input: string,
  options: { now?: Date } = {},
): { ok: true; value: KNumber } | { ok: false } {
  const compact = input.trim().toUpperCase().replace(/\s+/g, '');
  const match = K_NUMBER.exec(compact);
  if (!match) return { ok: false };
  const [, unitCode, serial = '', yy = ''] = match;
  const now = options.now ?? new Date();
  const currentYear = now.getUTCFullYear();
  let year = 2000 + Number(yy);
  if (year > currentYear) year -= 100;
  // The electronic register the K-series belongs to started in 1995.
  if (year < 1995) return { ok: false };
  return {
    ok: true,
    value: {
      normalized: `${unitCode ? `${unitCode}-` : ''}K${serial}-${yy}`,
      unitCode: unitCode ?? null,
      serial,
      year,
    },
  };
}

export const isValidKNumber = (input: string, options?: { now?: Date }) => parseKNumber(input, options).ok;

export const kNumberSchema = z
  .string()
  .max(40)
  .refine((value) => isValidKNumber(value), { message: 'Ogiltigt K-nummer, skriv t.ex. K123456-24' })
  .meta({ example: 'K123456-24' });
