import type { FraudIdentifierKind, ParsedFraudIdentifier } from '@vaksam/domain/fraud';
import { parseFraudIdentifier } from '@vaksam/domain/fraud';
import { invalid } from '../../platform/errors';

const INVALID: Record<FraudIdentifierKind, string> = {
  organisationsnummer: 'Ogiltigt organisationsnummer (kontrollsiffran stämmer inte)',
  bankgiro: 'Ogiltigt bankgironummer (7–8 siffror, kontrollsiffran stämmer inte)',
  plusgiro: 'Ogiltigt plusgironummer (2–8 siffror, kontrollsiffran stämmer inte)',
  iban: 'Ogiltigt IBAN (landskod, längd eller kontrollsiffror stämmer inte)',
  website: 'Ange en webbadress, t.ex. exempel.se',
  email: 'Ange en e-postadress, t.ex. faktura@exempel.se',
};

/**
 * Identifiers as the analysts' and the reporters' forms take them, normalised, a repeated one once; a wrong
 * checksum is refused by its place in the form, so that a typo never reaches the list as a number.
 */
export function parseIdentifiers(
  input: readonly { kind: FraudIdentifierKind; value: string }[],
): ParsedFraudIdentifier[] {
  const fields: Record<string, string> = {};
  const parsed: ParsedFraudIdentifier[] = [];
  const seen = new Set<string>();
  input.forEach((identifier, index) => {
    const result = parseFraudIdentifier(identifier.kind, identifier.value);
    if (!result) {
      fields[`identifiers.${index}.value`] = INVALID[identifier.kind];
      return;
    }
    const key = `${result.kind}:${result.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    parsed.push(result);
  });
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return parsed;
}
