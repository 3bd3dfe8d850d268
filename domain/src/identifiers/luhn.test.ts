import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit } from './luhn';

describe('luhn', () => {
  it('computes known check digits', () => {
    expect(luhnCheckDigit('556036079')).toBe(3);
    expect(luhnCheckDigit('202100548')).toBe(9);
    expect(luhnCheckDigit('121212121')).toBe(2);
  });

  it('rejects non-digit payloads', () => {
    expect(() => luhnCheckDigit('55603607a')).toThrow();
    expect(isLuhnValid('5560360793x')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });

  it('accepts exactly one check digit per payload', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (payload) => {
        const valid = [...'0123456789'].filter((d) => isLuhnValid(payload + d));
        expect(valid).toEqual([String(luhnCheckDigit(payload))]);
      }),
    );
  });
});
