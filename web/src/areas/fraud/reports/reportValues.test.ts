import { describe, expect, it } from 'vitest';
import { newReportValues, toReportInput } from './reportValues';

describe('the report of an invoice as the server takes it', () => {
  it('leaves out what was not filled in', () => {
    const values = { ...newReportValues(), companyName: ' Bluff AB ', description: ' Faktura för annons ' };
    expect(toReportInput(values)).toEqual({
      companyName: 'Bluff AB',
      identifiers: [],
      description: 'Faktura för annons',
    });
  });

  it('leaves the unit to the server when none is chosen', () => {
    const values = { ...newReportValues(), companyName: 'A', description: 'B', incidentOrgId: 'org' };
    expect(toReportInput(values).incident).toEqual({ orgId: 'org' });
    expect(toReportInput({ ...values, incidentOrgId: '', incidentUnitId: 'unit' }).incident).toBeUndefined();
  });

  it('sends the amount, the date, the numbers and the organisation when given', () => {
    const values = {
      ...newReportValues(),
      companyName: 'Bluff AB',
      description: 'Faktura',
      amount: 4950.5,
      invoiceDate: '2026-11-30',
      incidentOrgId: 'b2d9c0de-0000-4000-8000-000000000001',
      incidentUnitId: 'b2d9c0de-0000-4000-8000-000000000002',
    };
    values.identifiers[0] = { key: 'k', kind: 'bankgiro', value: ' 5050-1055 ' };
    expect(toReportInput(values)).toEqual({
      companyName: 'Bluff AB',
      identifiers: [{ kind: 'bankgiro', value: '5050-1055' }],
      amountSek: 4950.5,
      invoiceDate: '2026-11-30',
      description: 'Faktura',
      incident: {
        orgId: 'b2d9c0de-0000-4000-8000-000000000001',
        unitId: 'b2d9c0de-0000-4000-8000-000000000002',
      },
    });
  });
});
