import { type Expectation, INCIDENT_CREATE, PERSONAL, SIGNED_IN } from './expectations';
import type { RouteCase } from './routes';
import { TINY_PNG } from './world';

/** The analysts' queue, to platform staff only; to anyone else it does not exist. */
const FRAUD_STAFF: Expectation = SIGNED_IN(404, { analyst: 'ok', admin: 'ok' });
/** A report's invoice is its reporter's and the analysts' who judge it. */
const REPORT_FILE: Expectation = { ...PERSONAL, analyst: 'ok', admin: 'ok' };

const reportBody = {
  companyName: 'Katalogbolaget Norden AB',
  description: 'En faktura för en annons i en företagskatalog som ingen har beställt.',
};
const base = '/api/v1/fraud-reports';
const queue = '/api/v1/admin/fraud-reports';

/** FRAUD-4: anyone signed in reports a fraudulent invoice; the platform's staff moderate the reports. */
export const FRAUD_REPORT_ROUTES: Record<string, RouteCase> = {
  'POST /api/v1/fraud-reports': { expect: SIGNED_IN(), request: () => ({ url: base, body: reportBody }) },
  // Filed as an incident too: only into an organisation of the reporter's, as any incident (platform staff none).
  'POST /api/v1/fraud-reports (as incident)': {
    expect: INCIDENT_CREATE,
    request: async (f) => ({
      url: base,
      body: { ...reportBody, incident: { orgId: f.org.id, unitId: await f.unitId() } },
    }),
  },
  'GET /api/v1/fraud-reports': { expect: SIGNED_IN(), request: () => ({ url: base }) },
  'GET /api/v1/fraud-reports/{id}': {
    expect: PERSONAL,
    request: async (f) => ({ url: `${base}/${await f.fraudReport()}` }),
  },
  'POST /api/v1/fraud-reports/{id}/files': {
    expect: PERSONAL,
    request: async (f) => {
      const body = new FormData();
      body.append('file', new Blob([TINY_PNG], { type: 'image/png' }), 'faktura.png');
      return { url: `${base}/${await f.fraudReport()}/files`, body };
    },
  },
  'GET /api/v1/fraud-reports/{id}/files/{fileId}': {
    expect: REPORT_FILE,
    request: async (f) => ({ url: await f.fraudReportFile() }),
  },
  'GET /api/v1/admin/fraud-reports': { expect: FRAUD_STAFF, request: () => ({ url: queue }) },
  'GET /api/v1/admin/fraud-reports/{id}': {
    expect: FRAUD_STAFF,
    request: async (f) => ({ url: `${queue}/${await f.fraudReport()}` }),
  },
  'POST /api/v1/admin/fraud-reports/{id}/publish': {
    expect: FRAUD_STAFF,
    request: async (f) => ({ url: `${queue}/${await f.fraudReport()}/publish`, body: reportBody }),
  },
  'POST /api/v1/admin/fraud-reports/{id}/merge': {
    expect: FRAUD_STAFF,
    request: async (f) => ({
      url: `${queue}/${await f.fraudReport()}/merge`,
      body: { entryId: (await f.fraudEntry()).id },
    }),
  },
  'POST /api/v1/admin/fraud-reports/{id}/reject': {
    expect: FRAUD_STAFF,
    request: async (f) => ({
      url: `${queue}/${await f.fraudReport()}/reject`,
      body: { reason: 'Fakturan gäller en tjänst som beställts.' },
    }),
  },
};
