import { describe, expect, it } from 'vitest';
import { currentMonth, formatMonth, isMonth, shiftMonth } from './month';

describe('months of the top list', () => {
  it('steps over year boundaries', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-11', 0)).toBe('2026-11');
  });

  it('names the month in the reader’s language', () => {
    expect(formatMonth('2026-11', 'sv')).toBe('november 2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
  });

  it('counts the month in Swedish time', () => {
    // 23:30 UTC on 31 October is already November in Stockholm.
    expect(currentMonth(new Date('2026-10-31T23:30:00Z'))).toBe('2026-11');
  });

  it('accepts only YYYY-MM', () => {
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('november')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
});
