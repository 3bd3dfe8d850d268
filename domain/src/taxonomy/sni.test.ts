import { describe, expect, it } from 'vitest';
import { parseSniCode, SNI_VERSION, sniCodeSchema, sniDivisions, sniLabel, sniSections } from './sni';

// Division ranges per section, as given by NACE Rev. 2.
const SECTION_RANGES: Record<string, [number, number]> = {
  A: [1, 3],
  B: [5, 9],
  C: [10, 33],
  D: [35, 35],
  E: [36, 39],
  F: [41, 43],
  G: [45, 47],
  H: [49, 53],
  I: [55, 56],
  J: [58, 63],
  K: [64, 66],
  L: [68, 68],
  M: [69, 75],
  N: [77, 82],
  O: [84, 84],
  P: [85, 85],
  Q: [86, 88],
  R: [90, 93],
  S: [94, 96],
  T: [97, 98],
  U: [99, 99],
};

// Two-digit numbers inside the ranges that NACE leaves unused.
const UNUSED_DIVISIONS = ['04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89'];

describe('SNI 2007', () => {
  it('is versioned', () => {
    expect(SNI_VERSION).toBe('SNI2007');
  });

  it('has 21 sections A–U and 88 unique divisions', () => {
    expect(sniSections.map((s) => s.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(sniDivisions).toHaveLength(88);
    expect(new Set(sniDivisions.map((d) => d.code)).size).toBe(88);
    for (const d of sniDivisions) {
      expect(d.nameSv.length, d.code).toBeGreaterThan(3);
      expect(d.nameEn.length, d.code).toBeGreaterThan(3);
    }
  });

  it('places every division in its section', () => {
    const letters = new Set(sniSections.map((s) => s.letter));
    for (const d of sniDivisions) {
      expect(letters.has(d.section), d.code).toBe(true);
      const [min, max] = SECTION_RANGES[d.section] ?? [0, -1];
      expect(Number(d.code), d.code).toBeGreaterThanOrEqual(min);
      expect(Number(d.code), d.code).toBeLessThanOrEqual(max);
    }
    const expected = Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
      (c) => !UNUSED_DIVISIONS.includes(c),
    );
    expect(sniDivisions.map((d) => d.code)).toEqual(expected);
  });

  it('parses codes at every level and derives parents by prefix', () => {
    expect(parseSniCode('47111')).toEqual({
      ok: true,
      value: { code: '47111', division: '47', section: 'G', level: 'subclass' },
    });
    expect(parseSniCode('47.111')).toEqual(parseSniCode('47111'));
    expect(parseSniCode('62.01')).toMatchObject({
      ok: true,
      value: { code: '6201', level: 'class', section: 'J' },
    });
    expect(parseSniCode('561')).toMatchObject({
      ok: true,
      value: { level: 'group', division: '56', section: 'I' },
    });
    expect(parseSniCode('85')).toMatchObject({ ok: true, value: { level: 'division', section: 'P' } });
    expect(parseSniCode('01110')).toMatchObject({ ok: true, value: { division: '01', section: 'A' } });
  });

  it('accepts deeper codes of an existing division without knowing them individually', () => {
    // Division 99 exists; SNI 2007 only has 99000 below it, but subclasses are not listed here.
    expect(parseSniCode('99999')).toMatchObject({ ok: true, value: { division: '99', section: 'U' } });
  });

  it('rejects unknown divisions and malformed codes', () => {
    for (const input of [
      '00',
      '04',
      '34',
      '00111',
      '4',
      '471111',
      '47.',
      '4.7111',
      '47-111',
      'G47',
      '',
      '47 111',
    ]) {
      expect(parseSniCode(input), input).toEqual({ ok: false });
    }
  });

  it('labels codes by their division', () => {
    expect(sniLabel('47111')).toBe('Detaljhandel utom med motorfordon och motorcyklar');
    expect(sniLabel('56', 'sv')).toBe('Restaurang-, catering- och barverksamhet');
    expect(sniLabel('85.1')).toBe('Utbildning');
    expect(sniLabel('85', 'en')).toBe('Education');
    expect(sniLabel('00')).toBeUndefined();
  });

  it('schema reports in Swedish', () => {
    expect(sniCodeSchema.parse('47.111')).toBe('47.111');
    expect(sniCodeSchema.safeParse('00').error?.issues[0]?.message).toBe('Ogiltig SNI-kod');
  });
});
