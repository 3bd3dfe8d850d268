import { describe, expect, it } from 'vitest';
import { type EntryFormValues, formFieldOf, placeFieldErrors } from './serverFields';

const values: EntryFormValues = {
  companyName: 'Bluff AB',
  addresses: [{ key: 'a', value: 'Box 1, 111 11 Stockholm' }],
  identifiers: [
    { key: 'i', kind: 'organisationsnummer', value: '556677-8899' },
    { key: 'j', kind: 'bankgiro', value: '123-4567' },
  ],
  description: 'Fakturor för registrering',
};

describe('placing the server’s field errors in the editor', () => {
  it('puts an identifier’s error on its row', () => {
    expect(formFieldOf('identifiers.1.value', values)).toBe('identifiers.1.value');
    expect(formFieldOf('body.identifiers.0.kind', values)).toBe('identifiers.0.kind');
    expect(formFieldOf('identifiers.1', values)).toBe('identifiers.1.value');
  });

  it('puts an address’s error on its input', () => {
    expect(formFieldOf('addresses.0', values)).toBe('addresses.0.value');
  });

  it('keeps errors for rows and fields the form does not show', () => {
    expect(formFieldOf('identifiers.5.value', values)).toBeNull();
    expect(formFieldOf('addresses.3', values)).toBeNull();
    expect(formFieldOf('updatedAt', values)).toBeNull();
  });

  it('splits the messages', () => {
    expect(
      placeFieldErrors(
        {
          companyName: 'Ange företagsnamnet',
          'identifiers.1.value': 'Fel kontrollsiffra',
          updatedAt: 'Posten har ändrats av någon annan',
        },
        values,
      ),
    ).toEqual({
      placed: { companyName: 'Ange företagsnamnet', 'identifiers.1.value': 'Fel kontrollsiffra' },
      unplaced: ['Posten har ändrats av någon annan'],
    });
  });
});

describe('placing them in the report of an invoice', () => {
  const report = {
    companyName: 'Bluff AB',
    identifiers: [{ key: 'i', kind: 'bankgiro' as const, value: '123-4567' }],
    amount: '1200',
    incidentOrgId: '',
  };
  const rename = { amountSek: 'amount', 'incident.orgId': 'incidentOrgId' };

  it('renames the server’s fields to the form’s', () => {
    expect(formFieldOf('body.amountSek', report, rename)).toBe('amount');
    expect(formFieldOf('incident.orgId', report, rename)).toBe('incidentOrgId');
    expect(formFieldOf('identifiers.0.value', report, rename)).toBe('identifiers.0.value');
  });

  it('has no address rows to put an address error on', () => {
    expect(formFieldOf('addresses.0', report, rename)).toBeNull();
    expect(formFieldOf('incident.unitId', report, rename)).toBeNull();
  });
});
