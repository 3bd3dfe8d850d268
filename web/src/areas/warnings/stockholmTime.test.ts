import { describe, expect, it } from 'vitest';
import { fromStockholmInput, toStockholmInput } from './stockholmTime';

describe('datetime-local values in Swedish time', () => {
  it('reads winter and summer times with their own offsets', () => {
    expect(fromStockholmInput('2026-01-15T08:30')).toBe('2026-01-15T07:30:00.000Z');
    expect(fromStockholmInput('2026-07-15T08:30')).toBe('2026-07-15T06:30:00.000Z');
  });

  it('writes instants as the Swedish wall clock shows them', () => {
    expect(toStockholmInput('2026-01-15T07:30:00.000Z')).toBe('2026-01-15T08:30');
    expect(toStockholmInput('2026-07-15T22:30:00.000Z')).toBe('2026-07-16T00:30');
  });

  it('round-trips around the change to and from summer time', () => {
    for (const iso of ['2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-10-25T02:30:00.000Z']) {
      expect(fromStockholmInput(toStockholmInput(iso))).toBe(iso);
    }
  });

  it('answers null for what is no date', () => {
    expect(fromStockholmInput('')).toBeNull();
    expect(fromStockholmInput('i morgon')).toBeNull();
  });
});
