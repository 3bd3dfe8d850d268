import { randomId } from '@mantine/hooks';
import type { FraudEntry, FraudEntryInput, FraudIdentifierKind } from './queries';
import type { EntryFormValues } from './serverFields';

// Mirror FRAUD_LIMITS in @vaksam/domain/fraud; importing it would pull zod into the editor.
export const LIMITS = {
  name: 200,
  address: 300,
  addresses: 5,
  identifiers: 20,
  value: 254,
  description: 5_000,
};

export const newIdentifier = (kind: FraudIdentifierKind = 'organisationsnummer') => ({
  key: randomId(),
  kind,
  value: '',
});
export const newAddress = () => ({ key: randomId(), value: '' });

/** A new entry starts with one organisationsnummer row: nearly every sender has one. */
export function newValues(): EntryFormValues {
  return { companyName: '', addresses: [], identifiers: [newIdentifier()], description: '' };
}

/** The formatted values, as analysts type them, so an edit shows what the entry page shows. */
export function valuesOf(entry: FraudEntry): EntryFormValues {
  return {
    companyName: entry.companyName,
    addresses: entry.addresses.map((value) => ({ key: randomId(), value })),
    identifiers: entry.identifiers.map(({ kind, formatted }) => ({
      key: randomId(),
      kind,
      value: formatted,
    })),
    description: entry.description,
  };
}

export function toInput(values: EntryFormValues): FraudEntryInput {
  return {
    companyName: values.companyName.trim(),
    addresses: values.addresses.map((address) => address.value.trim()),
    identifiers: values.identifiers.map(({ kind, value }) => ({ kind, value: value.trim() })),
    description: values.description.trim(),
  };
}
