import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './luhn';
import { isValidPersonnummer, parsePersonnummer, personnummerSchema } from './personnummer';

// A fixed clock so the century rule is tested deterministically, not against the day the tests run.
const now = new Date('2026-11-22T12:00:00Z');
const opts = { now };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function withCheck(yymmdd: string, birthNumber: string): string {
  const payload = `${yymmdd}${birthNumber}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

/** Real birth dates between 1900-01-01 and the fixed clock's date. */
const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-22T00:00:00Z'), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

const birthNumber = fc.integer({ min: 1, max: 999 }).map((n) => pad(n, 3));

describe('parsePersonnummer: examples', () => {
  it('accepts the well-known test number in 10- and 12-digit forms', () => {
    const expected = {
      ok: true,
      value: {
        normalized12: '191212121212',
        formatted: '19121212-1212',
        kind: 'personnummer',
        birthDate: '1912-12-12',
      },
    };
    expect(parsePersonnummer('191212121212', opts)).toEqual(expected);
    expect(parsePersonnummer('19121212-1212', opts)).toEqual(expected);
    expect(parsePersonnummer('121212+1212', opts)).toEqual(expected);
  });

  it('resolves the 10-digit form to the most recent non-future date', () => {
    expect(parsePersonnummer('121212-1212', opts)).toMatchObject({
      ok: true,
      value: { birthDate: '2012-12-12' },
    });
  });

  it('recognises samordningsnummer and reports the real birth date', () => {
    const n = withCheck('900172', '123');
    expect(parsePersonnummer(n, opts)).toMatchObject({
      ok: true,
      value: { kind: 'samordningsnummer', birthDate: '1990-01-12', normalized12: `19${n}` },
    });
  });

  it('distinguishes format, checksum and date failures', () => {
    expect(parsePersonnummer('121212-1213', opts)).toEqual({ ok: false, reason: 'checksum' });
    expect(parsePersonnummer(withCheck('900230', '123'), opts)).toEqual({ ok: false, reason: 'date' });
    expect(parsePersonnummer(withCheck('901301', '123'), opts)).toEqual({ ok: false, reason: 'date' });
    expect(parsePersonnummer(`20${withCheck('270101', '123')}`, opts)).toEqual({ ok: false, reason: 'date' });
    for (const input of [
      '',
      '12121212',
      '1212121212121',
      '12121a-1212',
      '121212*1212',
      '121212-0001',
      'T21212-1212',
    ]) {
      expect(parsePersonnummer(input, opts), input).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('handles 29 February by the resolved century', () => {
    expect(isValidPersonnummer(withCheck('000229', '123'), opts)).toBe(true);
    expect(isValidPersonnummer(`19${withCheck('000229', '123')}`, opts)).toBe(false);
  });

  it('schema reports in Swedish', () => {
    expect(personnummerSchema.safeParse('19121212-1212').success).toBe(true);
    const result = personnummerSchema.safeParse('121212-1213');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Ogiltigt personnummer');
  });
});

describe('parsePersonnummer: properties', () => {
  it('accepts real dates with a correct check digit, in 12-digit form', () => {
    fc.assert(
      fc.property(birthDate, birthNumber, ({ year, month, day }, num) => {
        const short = withCheck(`${pad(year % 100)}${pad(month)}${pad(day)}`, num);
        const full = `${Math.floor(year / 100)}${short}`;
        const result = parsePersonnummer(full, opts);
        expect(result).toEqual({
          ok: true,
          value: {
            normalized12: full,
            formatted: `${full.slice(0, 8)}-${full.slice(8)}`,
            kind: 'personnummer',
            birthDate: `${year}-${pad(month)}-${pad(day)}`,
          },
        });
      }),
    );
  });

  it('day + 60 yields a samordningsnummer with the same birth date', () => {
    fc.assert(
      fc.property(birthDate, birthNumber, ({ year, month, day }, num) => {
        const full = `${Math.floor(year / 100)}${withCheck(`${pad(year % 100)}${pad(month)}${pad(day + 60)}`, num)}`;
        expect(parsePersonnummer(full, opts)).toMatchObject({
          ok: true,
          value: { kind: 'samordningsnummer', birthDate: `${year}-${pad(month)}-${pad(day)}` },
        });
      }),
    );
  });

  it('rejects impossible dates even with a correct check digit', () => {
    const impossible = fc.oneof(
      fc.record({ month: fc.constant(2), day: fc.integer({ min: 30, max: 31 }) }),
      fc.record({ month: fc.constantFrom(4, 6, 9, 11), day: fc.constant(31) }),
      fc.record({ month: fc.constantFrom(0, 13, 20, 99), day: fc.integer({ min: 1, max: 28 }) }),
      fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.constantFrom(0, 32, 60, 92) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2025 }),
        impossible,
        birthNumber,
        (year, { month, day }, num) => {
          const full = `${Math.floor(year / 100)}${withCheck(`${pad(year % 100)}${pad(month)}${pad(day)}`, num)}`;
          expect(parsePersonnummer(full, opts)).toEqual({ ok: false, reason: 'date' });
        },
      ),
    );
  });

  it('rejects any single-digit change of a valid number', () => {
    fc.assert(
      fc.property(
        birthDate,
        birthNumber,
        fc.nat(11),
        fc.integer({ min: 1, max: 9 }),
        ({ year, month, day }, num, pos, delta) => {
          const full = `${Math.floor(year / 100)}${withCheck(`${pad(year % 100)}${pad(month)}${pad(day)}`, num)}`;
          // The century digits are outside the Luhn payload; changing them moves the date instead.
          fc.pre(pos >= 2);
          const mutated = `${full.slice(0, pos)}${(Number(full[pos]) + delta) % 10}${full.slice(pos + 1)}`;
          expect(isValidPersonnummer(mutated, opts)).toBe(false);
        },
      ),
    );
  });

  it('resolves the 10-digit century relative to a fixed clock (2026-11-22)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        birthNumber,
        (yy, month, day, num) => {
          const yymmdd = `${pad(yy)}${pad(month)}${pad(day)}`;
          const check = withCheck(yymmdd, num).slice(-4);
          const notInFuture = yymmdd <= '261122';
          const minusYear = (notInFuture ? 2000 : 1900) + yy;

          const minus = parsePersonnummer(`${yymmdd}-${check}`, opts);
          const plus = parsePersonnummer(`${yymmdd}+${check}`, opts);
          const bare = parsePersonnummer(`${yymmdd}${check}`, opts);
          expect(minus).toMatchObject({
            ok: true,
            value: { birthDate: `${minusYear}-${pad(month)}-${pad(day)}` },
          });
          expect(bare).toEqual(minus);
          expect(plus).toMatchObject({
            ok: true,
            value: { birthDate: `${minusYear - 100}-${pad(month)}-${pad(day)}` },
          });
        },
      ),
    );
  });

  it('treats the clock date itself as not in the future, and the next day as 1900s', () => {
    expect(parsePersonnummer(withCheck('261122', '123'), opts)).toMatchObject({
      value: { birthDate: '2026-11-22' },
    });
    expect(parsePersonnummer(withCheck('261123', '123'), opts)).toMatchObject({
      value: { birthDate: '1926-11-23' },
    });
  });
});
