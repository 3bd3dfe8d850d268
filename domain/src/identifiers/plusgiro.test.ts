import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './luhn';
import { formatPlusgiro, isValidPlusgiro, parsePlusgiro } from './plusgiro';

/** Any 2- to 8-digit number with a correct Luhn digit. */
const validPlusgiro = fc
  .stringMatching(/^[1-9]\d{0,6}$/)
  .map((payload) => `${payload}${luhnCheckDigit(payload)}`);

/** The old printed form: pairs from the right before the check digit, e.g. 90 20 01-7. */
const printedInPairs = (n: string) => {
  const body = n.slice(0, -1);
  const pairs = body.length % 2 === 1 ? [body.slice(0, 1)] : [];
  for (let i = body.length % 2; i < body.length; i += 2) pairs.push(body.slice(i, i + 2));
  return `${pairs.join(' ')}-${n.slice(-1)}`;
};

const withDigit = (n: string, pos: number, digit: string) => `${n.slice(0, pos)}${digit}${n.slice(pos + 1)}`;

describe('parsePlusgiro: examples', () => {
  it('accepts the printed forms and formats with a hyphen before the check digit', () => {
    for (const input of ['90 20 01-7', '902001-7', '9020017', ' 90 20 01 - 7 ']) {
      expect(parsePlusgiro(input), input).toEqual({
        ok: true,
        value: { normalized: '9020017', formatted: '902001-7' },
      });
    }
    expect(parsePlusgiro('4 12 34-6')).toEqual({
      ok: true,
      value: { normalized: '412346', formatted: '41234-6' },
    });
  });

  it('accepts the shortest numbers, two digits', () => {
    expect(parsePlusgiro('1-8')).toEqual({ ok: true, value: { normalized: '18', formatted: '1-8' } });
  });

  it('reports a wrong check digit as checksum', () => {
    expect(parsePlusgiro('90 20 01-1')).toEqual({ ok: false, reason: 'checksum' });
    expect(parsePlusgiro('4 12 34-5')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('reports wrong shapes as format', () => {
    for (const input of [
      '',
      '8',
      '123456789',
      '12 34 56 78-9',
      'PG 902001-7',
      '902001_7',
      '90.20.01-7',
      '90-20-01-7',
      '902001-',
    ]) {
      expect(parsePlusgiro(input), input).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('formats only normalized numbers', () => {
    expect(formatPlusgiro('9020017')).toBe('902001-7');
    expect(formatPlusgiro('7')).toBe('7');
    expect(formatPlusgiro('123456789')).toBe('123456789');
  });
});

describe('parsePlusgiro: properties', () => {
  it('accepts every number with its Luhn digit, in compact, formatted and paired forms', () => {
    fc.assert(
      fc.property(validPlusgiro, (n) => {
        const expected = { ok: true, value: { normalized: n, formatted: formatPlusgiro(n) } };
        expect(parsePlusgiro(n)).toEqual(expected);
        expect(parsePlusgiro(formatPlusgiro(n))).toEqual(expected);
        expect(parsePlusgiro(printedInPairs(n))).toEqual(expected);
      }),
    );
  });

  it('rejects any single-digit change', () => {
    fc.assert(
      fc.property(validPlusgiro, fc.nat(7), fc.integer({ min: 1, max: 9 }), (n, at, delta) => {
        const pos = at % n.length;
        const mutated = withDigit(n, pos, String((Number(n[pos]) + delta) % 10));
        expect(parsePlusgiro(mutated)).toEqual({ ok: false, reason: 'checksum' });
      }),
    );
  });

  it('rejects swapping two adjacent different digits, except 0 and 9 which Luhn cannot tell apart', () => {
    fc.assert(
      fc.property(validPlusgiro, fc.nat(6), (n, at) => {
        const pos = at % (n.length - 1);
        const [a, b] = [n[pos] ?? '', n[pos + 1] ?? ''];
        fc.pre(a !== b && `${a}${b}` !== '09' && `${a}${b}` !== '90');
        const swapped = `${n.slice(0, pos)}${b}${a}${n.slice(pos + 2)}`;
        expect(isValidPlusgiro(swapped)).toBe(false);
      }),
    );
  });

  it('never throws, and whatever it accepts is 2 to 8 digits that pass Luhn', () => {
    const input = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d -]{0,12}$/));
    fc.assert(
      fc.property(input, (s) => {
        const parsed = parsePlusgiro(s);
        if (!parsed.ok) return;
        const { normalized } = parsed.value;
        expect(normalized).toMatch(/^\d{2,8}$/);
        expect(luhnCheckDigit(normalized.slice(0, -1))).toBe(Number(normalized.at(-1)));
      }),
    );
  });
});
