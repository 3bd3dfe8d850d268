import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidKNumber, parseKNumber } from './knummer';

const now = new Date('2026-11-22T12:00:00Z');

describe('K-nummer', () => {
  it('accepts the forms people write and normalizes them', () => {
    expect(parseKNumber('K123456-24', { now })).toEqual({
      ok: true,
      value: { normalized: 'K123456-24', unitCode: null, serial: '123456', year: 2024 },
    });
    expect(parseKNumber(' 5000-k 123456-26 ', { now })).toMatchObject({
      ok: true,
      value: { normalized: '5000-K123456-26', unitCode: '5000' },
    });
    expect(parseKNumber('K1-99', { now })).toMatchObject({ ok: true, value: { year: 1999 } });
  });

  it('refuses other references, numbers without K, and years before the register', () => {
    for (const bad of [
      '123456-24',
      'K-24',
      'K123456',
      'K123456789-24',
      'A123456-24',
      '50000-K1-24',
      'K12-80',
      '',
    ]) {
      expect(isValidKNumber(bad, { now }), bad).toBe(false);
    }
  });

  it('accepts every K, serial and recent year, and keeps the serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 26 }), (serial, yy) => {
        const parsed = parseKNumber(`K${serial}-${String(yy).padStart(2, '0')}`, { now });
        return parsed.ok && parsed.value.serial === String(serial) && parsed.value.year === 2000 + yy;
      }),
    );
  });
});
