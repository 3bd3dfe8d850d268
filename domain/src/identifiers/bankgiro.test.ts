import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBankgiro, isValidBankgiro, parseBankgiro } from './bankgiro';
import { luhnCheckDigit } from './luhn';

/** Any 7- or 8-digit number with a correct Luhn digit. */
const validBankgiro = fc
  .stringMatching(/^[1-9]\d{5,6}$/)
  .map((payload) => `${payload}${luhnCheckDigit(payload)}`);

const withDigit = (n: string, pos: number, digit: string) => `${n.slice(0, pos)}${digit}${n.slice(pos + 1)}`;

describe('parseBankgiro: examples', () => {
  it("accepts Bankgirot's own number in the spellings people use", () => {
    for (const input of ['5050-1055', '50501055', '5050 1055', ' 5050 - 1055 ', '5050\u00a01055']) {
      expect(parseBankgiro(input), input).toEqual({
        ok: true,
        value: { normalized: '50501055', formatted: '5050-1055' },
      });
    }
  });

  it('accepts seven-digit numbers and formats them NNN-NNNN', () => {
    expect(parseBankgiro('297-3675')).toEqual({
      ok: true,
      value: { normalized: '2973675', formatted: '297-3675' },
    });
    expect(parseBankgiro('2973675')).toMatchObject({ ok: true, value: { formatted: '297-3675' } });
  });

  it('reports a wrong check digit as checksum', () => {
    expect(parseBankgiro('5050-1056')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseBankgiro('297-3676')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('reports wrong shapes as format', () => {
    for (const input of [
      '',
      '505-105',
      '123456',
      '505010550',
      '5050.1055',
      '5050/1055',
      'BG 5050-1055',
      '5050-1055 kr',
      '5050--1055',
      '5-050-1055',
      '-50501055',
      '5050-1055-',
    ]) {
      expect(parseBankgiro(input), input).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('formats only normalized numbers', () => {
    expect(formatBankgiro('50501055')).toBe('5050-1055');
    expect(formatBankgiro('2973675')).toBe('297-3675');
    expect(formatBankgiro('123456')).toBe('123456');
    expect(formatBankgiro('5050-1055')).toBe('5050-1055');
  });
});

describe('parseBankgiro: properties', () => {
  it('accepts every number with its Luhn digit and round-trips it through format', () => {
    fc.assert(
      fc.property(validBankgiro, (n) => {
        const parsed = parseBankgiro(n);
        expect(parsed).toEqual({ ok: true, value: { normalized: n, formatted: formatBankgiro(n) } });
        expect(parsed.ok && parseBankgiro(parsed.value.formatted)).toEqual(parsed);
        expect(formatBankgiro(n)).toMatch(/^\d{3,4}-\d{4}$/);
      }),
    );
  });

  it('rejects any single-digit change', () => {
    fc.assert(
      fc.property(validBankgiro, fc.nat(7), fc.integer({ min: 1, max: 9 }), (n, at, delta) => {
        const pos = at % n.length;
        const mutated = withDigit(n, pos, String((Number(n[pos]) + delta) % 10));
        expect(parseBankgiro(mutated)).toEqual({ ok: false, reason: 'checksum' });
      }),
    );
  });

  it('rejects swapping two adjacent different digits, except 0 and 9 which Luhn cannot tell apart', () => {
    fc.assert(
      fc.property(validBankgiro, fc.nat(6), (n, at) => {
        const pos = at % (n.length - 1);
        const [a, b] = [n[pos] ?? '', n[pos + 1] ?? ''];
        fc.pre(a !== b && `${a}${b}` !== '09' && `${a}${b}` !== '90');
        const swapped = `${n.slice(0, pos)}${b}${a}${n.slice(pos + 2)}`;
        expect(isValidBankgiro(swapped)).toBe(false);
      }),
    );
  });

  it('never throws, and whatever it accepts is 7 or 8 digits that pass Luhn', () => {
    const input = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d -]{0,14}$/));
    fc.assert(
      fc.property(input, (s) => {
        const parsed = parseBankgiro(s);
        if (!parsed.ok) return;
        expect(parsed.value.normalized).toMatch(/^\d{7,8}$/);
        const { normalized } = parsed.value;
        expect(luhnCheckDigit(normalized.slice(0, -1))).toBe(Number(normalized.at(-1)));
      }),
    );
  });
});
