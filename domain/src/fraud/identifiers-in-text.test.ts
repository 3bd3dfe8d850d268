import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBankgiro } from '../identifiers/bankgiro';
import { ibanCheckDigits, parseIban } from '../identifiers/iban';
import { luhnCheckDigit } from '../identifiers/luhn';
import { parseOrgNumber } from '../identifiers/organisationsnummer';
import { parsePlusgiro } from '../identifiers/plusgiro';
import { type FoundIdentifier, findPaymentIdentifiers } from './identifiers-in-text';

/** Kind and normalized value of each find, and that its position points at what was printed. */
function found(text: string) {
  const result = findPaymentIdentifiers(text);
  for (const item of result) {
    const printed = text.slice(item.start, item.end).replace(/[\u2010\u2011\u2013\u2212]/g, '-');
    const value =
      item.kind === 'organisationsnummer' && printed.startsWith('SE') ? printed.slice(2, -2) : printed;
    expect(PARSERS[item.kind](value), printed).toBe(item.normalized);
  }
  return result.map(({ kind, normalized }) => [kind, normalized]);
}

const normalizedBy =
  (parse: (input: string) => { ok: true; value: { normalized: string } } | { ok: false }) =>
  (input: string) => {
    const parsed = parse(input);
    return parsed.ok ? parsed.value.normalized : null;
  };

const PARSERS: Record<FoundIdentifier['kind'], (input: string) => string | null> = {
  organisationsnummer: (input) => normalizedBy(parseOrgNumber)(input.replace(/\s/g, '')),
  bankgiro: normalizedBy(parseBankgiro),
  plusgiro: normalizedBy(parsePlusgiro),
  iban: normalizedBy(parseIban),
};

describe('findPaymentIdentifiers: invoices', () => {
  it('reads a simple invoice and leaves OCR, customer, invoice and phone numbers alone', () => {
    const text = [
      'Städbolaget Glans AB',
      'Storgatan 12, 111 22 Stockholm',
      'Tel 08-123 45 67   Mobil 070-297 36 75',
      'FAKTURA',
      'Fakturanummer 102343   Fakturadatum 2025-03-01',
      'Kundnummer 297-3675   Förfallodatum 2025-03-31',
      'Ordernr 4711081',
      'Att betala 12 450,00 kr',
      'Bankgiro: 5050-1055',
      'OCR-nummer 5567030217',
      'Org.nr 556036-0793   Godkänd för F-skatt',
    ].join('\n');
    expect(found(text)).toEqual([
      ['bankgiro', '50501055'],
      ['organisationsnummer', '5560360793'],
    ]);
  });

  it('reads a footer whose headings stand in the row above the values', () => {
    const text = [
      'Betalningsvillkor 30 dagar. Dröjsmålsränta 8 %.',
      'Adress Telefon Bankgiro Plusgiro Org.nr Momsreg.nr',
      'Box 123, 111 22 Stockholm 08-123 45 67 5050-1055 90 20 01-7 556036-0793 SE556036079301',
    ].join('\n');
    expect(found(text)).toEqual([
      ['bankgiro', '50501055'],
      ['plusgiro', '9020017'],
      ['organisationsnummer', '5560360793'],
    ]);
  });

  it('reads several labelled numbers on one line', () => {
    const text =
      'Bankgiro 297-3675 Plusgiro 4 12 34-6 IBAN SE45 5000 0000 0583 9825 7466 BIC ESSESESS Org nr 202100-5489';
    expect(found(text)).toEqual([
      ['bankgiro', '2973675'],
      ['plusgiro', '412346'],
      ['iban', 'SE4550000000058398257466'],
      ['organisationsnummer', '2021005489'],
    ]);
  });

  it('takes IBANs and hyphenated or VAT-form organisationsnummer without labels', () => {
    const text = [
      'Payment to GB82 WEST 1234 5698 7654 32 or DE89370400440532013000.',
      'Glans AB, 556036-0793, styrelsens säte Stockholm',
      'Momsregistreringsnummer SE202100548901',
    ].join('\n');
    expect(found(text)).toEqual([
      ['iban', 'GB82WEST12345698765432'],
      ['iban', 'DE89370400440532013000'],
      ['organisationsnummer', '5560360793'],
      ['organisationsnummer', '2021005489'],
    ]);
  });

  it('finds the organisationsnummer in the VAT number however it is spaced', () => {
    expect(found('Momsregistreringsnummer SE556036079301')).toEqual([['organisationsnummer', '5560360793']]);
    expect(found('VAT no. SE 556036-0793 01')).toEqual([['organisationsnummer', '5560360793']]);
    expect(found('Vår referens: SE5560360793 01')).toEqual([['organisationsnummer', '5560360793']]);
  });

  it('never returns a personnummer, labelled or not', () => {
    const text = [
      'Anna Andersson Måleri (enskild firma)',
      'Personnummer 121212-1212',
      'Org.nr 121212-1212',
      'Organisationsnummer 191212121212',
      'F-skattsedel finns. Bankgiro 5050-1055',
    ].join('\n');
    expect(found(text)).toEqual([['bankgiro', '50501055']]);
  });

  it('takes bare digit runs only right after their label', () => {
    const text = [
      'BG 50501055',
      'Pg nr: 9020017',
      'Organisationsnummer: 5560360793',
      'Kundnummer 2021005489 Fakturanr 2973675',
      'Bankgiro 5050-1055 Kundnr 4711081',
      // 18 alone is a valid plusgiro, but here it is the head of a mistyped 18 20 01-8.
      'Plusgiro: 18 20 01-7',
      'OCR 5567030217',
    ].join('\n');
    expect(found(text)).toEqual([
      ['bankgiro', '50501055'],
      ['plusgiro', '9020017'],
      ['organisationsnummer', '5560360793'],
    ]);
  });

  it('lets a lone label on the line above introduce a bare number, but not a row of headings', () => {
    expect(found('Bankgiro\n5050 1055')).toEqual([['bankgiro', '50501055']]);
    expect(found('Organisationsnummer:\n5560360793')).toEqual([['organisationsnummer', '5560360793']]);
    expect(found('Plusgiro: 9020017 12 450,00 kr')).toEqual([['plusgiro', '9020017']]);
    // Under a row of headings bare numbers cannot be told apart, and 50501055 passes Luhn as a plusgiro too.
    expect(found('Bankgiro Plusgiro\n50501055 9020017')).toEqual([]);
  });

  it('needs a giro label on the same line or the line just before', () => {
    expect(found('Betala till vårt bankgiro\n297-3675')).toEqual([['bankgiro', '2973675']]);
    expect(found('5050-1055 och 90 20 01-7')).toEqual([]);
    expect(found('Bankgiro\nVänligen betala i tid.\n297-3675')).toEqual([]);
    expect(found('Plusgiro\n\n90 20 01-7')).toEqual([]);
    // Another field's label between them takes the number.
    expect(found('Bankgiro: 5050-1055\nKundnummer 297-3675')).toEqual([['bankgiro', '50501055']]);
    expect(found('Bankgiro\nReferens 297-3675')).toEqual([]);
    // Text beside a payment box ends up on the box's lines; its labels do not own the box's numbers.
    expect(found('Er referens: Anna Svensson Bankgiro\nFörfallodatum 2025-04-30 5050-1055')).toEqual([
      ['bankgiro', '50501055'],
    ]);
    expect(found('Bankgiro Org.nr\nOrg.nr 556036-0793 297-3675')).toEqual([
      ['organisationsnummer', '5560360793'],
    ]);
  });

  it('tells bankgiro and plusgiro apart by their label and printed shape', () => {
    // 50501055 and 9020017 both pass Luhn as either kind; only the label says which it is.
    expect(found('Plusgiro 5050-1055')).toEqual([]);
    expect(found('Bankgiro 90 20 01-7')).toEqual([]);
    expect(found('Postgiro 90 20 01-7 Bankgironummer 297-3675')).toEqual([
      ['plusgiro', '9020017'],
      ['bankgiro', '2973675'],
    ]);
  });

  it('skips numbers whose checksum fails', () => {
    const text = [
      'Bankgiro: 5050-1056',
      'Plusgiro: 90 20 01-1',
      'Org.nr 556036-0794',
      'IBAN SE45 5000 0000 0583 9825 7467',
      'Momsreg.nr SE556036079401',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('does not run an IBAN into the next word, nor read one with a wrong length', () => {
    expect(found('IBAN: SE45 5000 0000 0583 9825 7466BIC')).toEqual([]);
    expect(found('IBAN: SE45 5000 0000 0583 9825 746')).toEqual([]);
    expect(found('IBAN: SE45 5000 0000 0583 9825 7466')).toEqual([['iban', 'SE4550000000058398257466']]);
    expect(found('IBAN: SE45 5000 0000 0583 9825 7466 12')).toEqual([['iban', 'SE4550000000058398257466']]);
  });

  it('accepts typographic hyphens and reports positions in the input', () => {
    const text = 'Org.nr 556036\u20130793\nBankgiro\u00a05050\u20131055\nBankgiro: 5050-1055';
    const result = findPaymentIdentifiers(text);
    expect(result).toEqual([
      { kind: 'organisationsnummer', normalized: '5560360793', formatted: '556036-0793', start: 7, end: 18 },
      { kind: 'bankgiro', normalized: '50501055', formatted: '5050-1055', start: 28, end: 37 },
    ]);
    expect(text.slice(28, 37)).toBe('5050\u20131055');
  });

  it('returns each number once, where it first appears', () => {
    const text = 'Bankgiro 5050-1055\nOrg.nr 556036-0793\nBetala till BG 50501055\nMomsreg.nr SE556036079301';
    expect(findPaymentIdentifiers(text)).toEqual([
      { kind: 'bankgiro', normalized: '50501055', formatted: '5050-1055', start: 9, end: 18 },
      { kind: 'organisationsnummer', normalized: '5560360793', formatted: '556036-0793', start: 26, end: 37 },
    ]);
  });

  it('keeps the same digits as different kinds apart', () => {
    expect(found('Bankgiro 5050-1055\nPlusgiro 5050105-5')).toEqual([
      ['bankgiro', '50501055'],
      ['plusgiro', '50501055'],
    ]);
  });
});

describe('findPaymentIdentifiers: properties', () => {
  const withCheck = (payload: string) => `${payload}${luhnCheckDigit(payload)}`;
  const bankgiro = fc.stringMatching(/^[1-9]\d{5,6}$/).map(withCheck);
  const plusgiro = fc.stringMatching(/^[1-9]\d{0,6}$/).map(withCheck);
  const orgNumber = fc
    .tuple(fc.constantFrom('2', '5', '7', '8', '9'), fc.stringMatching(/^\d[2-9]\d{6}$/))
    .map(([group, rest]) => withCheck(`${group}${rest}`));
  const iban = fc.stringMatching(/^\d{20}$/).map((bban) => `SE${ibanCheckDigits('SE', bban)}${bban}`);
  const filler = fc.constantFrom(
    '',
    'Fakturadatum 2025-03-01',
    'Att betala 1 250,00 kr',
    'Tel 08-123 45 67',
    'Tack för ditt köp!',
  );

  it('finds every labelled valid number where it is printed', () => {
    fc.assert(
      fc.property(bankgiro, plusgiro, orgNumber, iban, filler, filler, (bg, pg, org, ib, before, after) => {
        const lines = [
          before,
          `Bankgiro: ${bg.slice(0, -4)}-${bg.slice(-4)}`,
          `Plusgiro ${pg.slice(0, -1)}-${pg.slice(-1)}`,
          `Org.nr ${org.slice(0, 6)}-${org.slice(6)}`,
          `IBAN ${ib.replace(/(.{4})(?=.)/g, '$1 ')}`,
          after,
        ];
        expect(found(lines.join('\n'))).toEqual([
          ['bankgiro', bg],
          ['plusgiro', pg],
          ['organisationsnummer', org],
          ['iban', ib],
        ]);
      }),
    );
  });

  it('never throws on any text, and everything it returns is valid where it says', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(
          fc.constantFrom(
            'Bankgiro',
            'PG',
            'Org.nr',
            'IBAN',
            'SE45',
            '5050',
            '-',
            '1055',
            ' ',
            '\n',
            '0',
            '7',
          ),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const result = found(t);
        expect(new Set(result.map(String)).size).toBe(result.length);
      }),
    );
  });
});
