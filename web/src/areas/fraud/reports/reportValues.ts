import { randomId } from '@mantine/hooks';
import type { IdentifierRow } from '../serverFields';
import type { FraudReportCreate } from './queries';

export interface ReportFormValues {
  companyName: string;
  identifiers: IdentifierRow[];
  /** Kronor as NumberInput holds it: a number, or '' while empty. */
  amount: number | string;
  /** YYYY-MM-DD from the date input, '' while empty. */
  invoiceDate: string;
  description: string;
  /** The organisation to also file it in as an incident, '' for none. */
  incidentOrgId: string;
  /** Its unit the invoice came to; '' lets the server take an organisation's only unit. */
  incidentUnitId: string;
}

/** Where the server's field names differ from the form's. */
export const REPORT_FIELD_RENAMES = {
  amountSek: 'amount',
  'incident.orgId': 'incidentOrgId',
  'incident.unitId': 'incidentUnitId',
} as const;

/** Most invoices name a bankgiro to pay to: the first row asks for it. */
export const newReportValues = (): ReportFormValues => ({
  companyName: '',
  identifiers: [{ key: randomId(), kind: 'bankgiro', value: '' }],
  amount: '',
  invoiceDate: '',
  description: '',
  incidentOrgId: '',
  incidentUnitId: '',
});

/** The request body: empty rows and fields are left out rather than sent blank. */
export function toReportInput(values: ReportFormValues): FraudReportCreate {
  const identifiers = values.identifiers
    .map(({ kind, value }) => ({ kind, value: value.trim() }))
    .filter((identifier) => identifier.value !== '');
  return {
    companyName: values.companyName.trim(),
    identifiers,
    description: values.description.trim(),
    ...(typeof values.amount === 'number' ? { amountSek: values.amount } : {}),
    ...(values.invoiceDate ? { invoiceDate: values.invoiceDate } : {}),
    ...(values.incidentOrgId
      ? {
          incident: {
            orgId: values.incidentOrgId,
            ...(values.incidentUnitId ? { unitId: values.incidentUnitId } : {}),
          },
        }
      : {}),
  };
}
