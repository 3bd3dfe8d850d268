import { describe, expect, it } from 'vitest';
import { isoFromTimestampText } from './prepared';

describe('isoFromTimestampText', () => {
  it('writes what toISOString writes, cutting microseconds as a Date does', () => {
    const texts = [
      '2026-11-20 10:11:12.345999+00',
      '2026-11-20 10:11:12.3+00',
      '2026-11-20 10:11:12+00',
      '2026-01-01 00:00:00.000001+00',
      // Other zones than UTC go through a Date.
      '2026-11-20 11:11:12.345+01',
      '2026-11-20 15:41:12.5+05:30',
    ];
    for (const text of texts) expect(isoFromTimestampText(text)).toBe(new Date(text).toISOString());
    expect(isoFromTimestampText('2026-11-20 10:11:12.345999+00')).toBe('2026-11-20T10:11:12.345Z');
    expect(isoFromTimestampText('2026-11-20 15:41:12.5+05:30')).toBe('2026-11-20T10:11:12.500Z');
  });
});
