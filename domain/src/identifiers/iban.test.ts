import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIban, IBAN_LENGTHS, ibanCheckDigits, isValidIban, parseIban } from './iban';

/** ISO 7064 MOD 97-10 with BigInt, as an oracle independent of the chunked arithmetic under test. */
const bigMod97 = (iban: string) => {
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  const digits = [...rearranged].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  return Number(BigInt(digits) % 97n);
};

const alphanumeric = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');

/** Any country of the registry with a BBAN of its length and the check digits that make it valid. */
const validIban = fc.constantFrom(...Object.entries(IBAN_LENGTHS)).chain(([country, length]) =>
  fc
    .array(fc.oneof(fc.stringMatching(/^\d$/), alphanumeric), {
      minLength: length - 4,
      maxLength: length - 4,
    })
    .map((chars) => chars.join(''))
    .map((bban) => `${country}${ibanCheckDigits(country, bban)}${bban}`),
);

const withChar = (s: string, pos: number, char: string) => `${s.slice(0, pos)}${char}${s.slice(pos + 1)}`;

describe('parseIban: examples', () => {
  it('accepts a Swedish IBAN printed, compact and in lower case', () => {
    for (const input of [
      'SE45 5000 0000 0583 9825 7466',
      'SE4550000000058398257466',
      ' se45 5000 0000 0583 9825 7466 ',
    ]) {
      expect(parseIban(input), input).toEqual({
        ok: true,
        value: {
          normalized: 'SE4550000000058398257466',
          formatted: 'SE45 5000 0000 0583 9825 7466',
          country: 'SE',
        },
      });
    }
  });

  it('accepts the registry examples of other countries, letters in the BBAN included', () => {
    for (const input of [
      'GB82 WEST 1234 5698 7654 32',
      'DE89 3704 0044 0532 0130 00',
      'NO93 8601 1117 947',
      'BE68 5390 0754 7034',
      'FR14 2004 1010 0505 0001 3M02 606',
      'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
    ]) {
      const parsed = parseIban(input);
      expect(parsed, input).toMatchObject({
        ok: true,
        value: { formatted: input, country: input.slice(0, 2) },
      });
      expect(bigMod97(input.replace(/ /g, ''))).toBe(1);
    }
  });

  it('reports a wrong checksum as checksum', () => {
    expect(parseIban('SE45 5000 0000 0583 9825 7467')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseIban('GB82 WEST 1234 5698 7654 33')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('reports wrong lengths, unknown countries and other shapes as format', () => {
    for (const input of [
      '',
      'SE45 5000 0000 0583 9825 746',
      'SE45 5000 0000 0583 9825 7466 0',
      'XX82 WEST 1234 5698 7654 32',
      'GBX2 WEST 1234 5698 7654 32',
      'GB82-WEST-1234-5698-7654-32',
      'IBAN GB82 WEST 1234 5698 7654 32',
      '1234 5678 9012 3456 7890',
    ]) {
      expect(parseIban(input), input).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('refuses the check digits 00, 01 and 99 that the arithmetic alone would let through', () => {
    // A BBAN whose proper check digits are 02 also satisfies mod 97 with 99, as 99 = 02 + 97.
    const bban = Array.from({ length: 500 }, (_, i) => String(i).padStart(20, '0')).find(
      (candidate) => ibanCheckDigits('SE', candidate) === '02',
    );
    expect(bban).toBeDefined();
    expect(parseIban(`SE02${bban}`).ok).toBe(true);
    expect(bigMod97(`SE99${bban}`)).toBe(1);
    expect(parseIban(`SE99${bban}`)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('formats only normalized IBANs', () => {
    expect(formatIban('NO9386011117947')).toBe('NO93 8601 1117 947');
    expect(formatIban('no9386011117947')).toBe('no9386011117947');
  });

  it('refuses to compute check digits for what cannot be an IBAN', () => {
    expect(() => ibanCheckDigits('S1', '5000')).toThrow();
    expect(() => ibanCheckDigits('SE', '5000 0000')).toThrow();
    expect(ibanCheckDigits('gb', 'west12345698765432')).toBe('82');
  });
});

describe('parseIban: properties', () => {
  it('accepts every generated IBAN, agrees with BigInt arithmetic and round-trips through format', () => {
    fc.assert(
      fc.property(validIban, (iban) => {
        expect(bigMod97(iban)).toBe(1);
        const parsed = parseIban(iban);
        expect(parsed).toEqual({
          ok: true,
          value: { normalized: iban, formatted: formatIban(iban), country: iban.slice(0, 2) },
        });
        expect(parseIban(formatIban(iban))).toEqual(parsed);
        expect(parseIban(formatIban(iban).toLowerCase())).toEqual(parsed);
      }),
    );
  });

  it('rejects any single character changed to another digit or letter of the same kind', () => {
    fc.assert(
      fc.property(validIban, fc.nat(40), fc.integer({ min: 1, max: 25 }), (iban, at, delta) => {
        const pos = 2 + (at % (iban.length - 2));
        const char = iban[pos] ?? '';
        const changed = /\d/.test(char)
          ? String((Number(char) + (delta % 9) + 1) % 10)
          : String.fromCharCode(65 + ((char.charCodeAt(0) - 65 + delta) % 26));
        expect(changed).not.toBe(char);
        expect(isValidIban(withChar(iban, pos, changed))).toBe(false);
      }),
    );
  });

  it('rejects swapping two adjacent different digits within the check digits or the BBAN', () => {
    fc.assert(
      fc.property(validIban, fc.nat(40), (iban, at) => {
        // The check digits move to the end before the arithmetic, so a swap across them and the BBAN is not
        // a transposition the scheme promises to detect.
        const pos = 2 + (at % (iban.length - 3));
        fc.pre(pos !== 3);
        const [a, b] = [iban[pos] ?? '', iban[pos + 1] ?? ''];
        fc.pre(a !== b && /^\d\d$/.test(`${a}${b}`));
        expect(isValidIban(`${iban.slice(0, pos)}${b}${a}${iban.slice(pos + 2)}`)).toBe(false);
      }),
    );
  });

  it('never throws, and whatever it accepts has its country length and passes BigInt mod 97', () => {
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^(?:SE|GB|NO)\d{2}[ A-Z0-9]{0,30}$/),
    );
    fc.assert(
      fc.property(input, (s) => {
        const parsed = parseIban(s);
        if (!parsed.ok) return;
        expect(parsed.value.normalized).toHaveLength(IBAN_LENGTHS[parsed.value.country] ?? -1);
        expect(bigMod97(parsed.value.normalized)).toBe(1);
      }),
    );
  });
});
