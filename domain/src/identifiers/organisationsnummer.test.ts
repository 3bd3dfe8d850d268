import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './luhn';
import {
  formatOrgNumber,
  isValidOrgNumber,
  normalizeOrgNumber,
  orgNumberInputSchema,
  orgNumberSchema,
  parseOrgNumber,
} from './organisationsnummer';

const groupDigit = fc.constantFrom('1', '2', '3', '5', '6', '7', '8', '9');

/** Any 10-digit number shaped like a legal entity's, with a correct check digit. */
const validOrgNumber = fc
  .tuple(groupDigit, fc.stringMatching(/^\d$/), fc.integer({ min: 2, max: 9 }), fc.stringMatching(/^\d{6}$/))
  .map(([g, d2, d3, rest]) => {
    const payload = `${g}${d2}${d3}${rest}`;
    return `${payload}${luhnCheckDigit(payload)}`;
  });

describe('parseOrgNumber: examples', () => {
  it('accepts a known aktiebolag in all accepted spellings', () => {
    for (const input of ['556036-0793', '5560360793', '165560360793', '16556036-0793', '  556036-0793 ']) {
      expect(parseOrgNumber(input)).toEqual({
        ok: true,
        value: {
          normalized: '5560360793',
          formatted: '556036-0793',
          organisationForm: { groupDigit: 5, nameSv: 'Aktiebolag', nameEn: 'Limited companies' },
        },
      });
    }
  });

  it('derives the organisation form from the group digit', () => {
    expect(parseOrgNumber('202100-5489')).toMatchObject({
      ok: true,
      value: { organisationForm: { groupDigit: 2, nameSv: 'Stat, regioner, kommuner och församlingar' } },
    });
    const expected = {
      1: 'Dödsbon',
      3: 'Utländska',
      6: 'Enkla bolag',
      7: 'Ekonomiska',
      8: 'Ideella',
      9: 'Handelsbolag',
    };
    for (const [group, prefix] of Object.entries(expected)) {
      const payload = `${group}46420687`;
      const result = parseOrgNumber(`${payload}${luhnCheckDigit(payload)}`);
      expect(result.ok && result.value.organisationForm.groupDigit).toBe(Number(group));
      expect(result.ok && result.value.organisationForm.nameSv.startsWith(prefix)).toBe(true);
    }
  });

  it('reports a wrong check digit as checksum', () => {
    expect(parseOrgNumber('556036-0794')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseOrgNumber('202100-5488')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('reports wrong shapes as format', () => {
    for (const input of [
      '',
      '556036079',
      '55603607931',
      '556036-079',
      '55603A-0793',
      '556036 0793',
      '556036+0793',
      '195560360793',
      '556036--0793',
    ]) {
      expect(parseOrgNumber(input), input).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('rejects personnummer of sole traders, even with a valid checksum', () => {
    expect(parseOrgNumber('121212-1212')).toEqual({ ok: false, reason: 'format' });
    expect(isValidOrgNumber('191212121212')).toBe(false);
  });

  it('rejects group digits that are not issued', () => {
    const payloadFor = (g: string) => `${g}56036079`;
    for (const g of ['0', '4']) {
      const n = `${payloadFor(g)}${luhnCheckDigit(payloadFor(g))}`;
      expect(parseOrgNumber(n)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('normalizes and formats', () => {
    expect(normalizeOrgNumber('16556036-0793')).toBe('5560360793');
    expect(normalizeOrgNumber('556036-0794')).toBeNull();
    expect(formatOrgNumber('5560360793')).toBe('556036-0793');
    expect(formatOrgNumber('abc')).toBe('abc');
  });
});

describe('parseOrgNumber: properties', () => {
  it('accepts every entity-shaped body with its Luhn digit and round-trips it', () => {
    fc.assert(
      fc.property(validOrgNumber, (n) => {
        const result = parseOrgNumber(n);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.normalized).toBe(n);
        expect(result.value.formatted).toBe(formatOrgNumber(n));
        expect(normalizeOrgNumber(result.value.formatted)).toBe(n);
        expect(result.value.organisationForm.groupDigit).toBe(Number(n[0]));
      }),
    );
  });

  it('rejects personnummer-shaped numbers (third digit 0 or 1) whatever their checksum', () => {
    const personShaped = fc
      .tuple(fc.stringMatching(/^\d{2}$/), fc.constantFrom('0', '1'), fc.stringMatching(/^\d{6}$/))
      .map(([head, third, rest]) => `${head}${third}${rest}`)
      .map((payload) => `${payload}${luhnCheckDigit(payload)}`);
    fc.assert(
      fc.property(personShaped, (n) => {
        expect(parseOrgNumber(n)).toEqual({ ok: false, reason: 'format' });
      }),
    );
  });

  it('rejects any single-digit change', () => {
    fc.assert(
      fc.property(validOrgNumber, fc.nat(9), fc.integer({ min: 1, max: 9 }), (n, pos, delta) => {
        const changed = String((Number(n[pos]) + delta) % 10);
        const mutated = `${n.slice(0, pos)}${changed}${n.slice(pos + 1)}`;
        expect(isValidOrgNumber(mutated)).toBe(false);
      }),
    );
  });

  it('normalizes hyphen, no hyphen and 16-prefix forms to the same value', () => {
    fc.assert(
      fc.property(validOrgNumber, (n) => {
        const hyphen = `${n.slice(0, 6)}-${n.slice(6)}`;
        const forms = [n, hyphen, `16${n}`, `16${hyphen}`, ` ${hyphen}\t`];
        expect(forms.map(normalizeOrgNumber)).toEqual(forms.map(() => n));
      }),
    );
  });
});

describe('org number schemas', () => {
  it('refine schema keeps the input and reports in Swedish', () => {
    expect(orgNumberInputSchema.parse('556036-0793')).toBe('556036-0793');
    const result = orgNumberInputSchema.safeParse('556036-0794');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Ogiltigt organisationsnummer');
  });

  it('transform schema yields the normalized form', () => {
    expect(orgNumberSchema.parse('16556036-0793')).toBe('5560360793');
    const result = orgNumberSchema.safeParse('121212-1212');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Ogiltigt organisationsnummer');
  });
});
