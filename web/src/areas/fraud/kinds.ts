import type { FraudIdentifierKind } from './queries';

/** The order identifiers are offered in the editor and shown on an entry: payment details first. */
export const IDENTIFIER_KINDS: FraudIdentifierKind[] = [
  'organisationsnummer',
  'bankgiro',
  'plusgiro',
  'iban',
  'website',
  'email',
];

export const isIdentifierKind = (value: unknown): value is FraudIdentifierKind =>
  IDENTIFIER_KINDS.includes(value as FraudIdentifierKind);
