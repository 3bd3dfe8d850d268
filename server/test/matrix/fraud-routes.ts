import { PDF } from '../files';
import { type Expectation, PUBLIC, SIGNED_IN } from './expectations';
import type { RouteCase } from './routes';

/** Only the platform's analysts and admins keep the list; to anyone else its admin routes do not exist. */
const FRAUD_STAFF: Expectation = SIGNED_IN(404, { analyst: 'ok', admin: 'ok' });

const entryBody = {
  companyName: 'Katalogbolaget Norden AB',
  description: 'Fakturor för en annons i en företagskatalog som ingen har beställt.',
};

/** Varningslistan (FRAUD): public to read and to check an invoice against; the platform's staff keep it. */
export const FRAUD_ROUTES: Record<string, RouteCase> = {
  'GET /api/v1/fraud-list': { expect: PUBLIC(), request: () => ({ url: '/api/v1/fraud-list' }) },
  'GET /api/v1/fraud-list/search': {
    expect: PUBLIC(),
    request: () => ({ url: '/api/v1/fraud-list/search?q=katalogbolaget' }),
  },
  'GET /api/v1/fraud-list/top': { expect: PUBLIC(), request: () => ({ url: '/api/v1/fraud-list/top' }) },
  'GET /api/v1/fraud-list/following': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/fraud-list/following' }),
  },
  'PUT /api/v1/fraud-list/following': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/fraud-list/following', body: { following: true } }),
  },
  'GET /api/v1/fraud-list/{id}': {
    expect: PUBLIC(),
    request: async (f) => ({ url: `/api/v1/fraud-list/${(await f.fraudEntry()).id}` }),
  },
  'POST /api/v1/fraud-list/check-invoice': {
    expect: PUBLIC(),
    request: () => {
      const body = new FormData();
      body.append('file', new Blob([PDF], { type: 'application/pdf' }), 'faktura.pdf');
      return { url: '/api/v1/fraud-list/check-invoice', body };
    },
  },
  'POST /api/v1/admin/fraud-entries': {
    expect: FRAUD_STAFF,
    request: () => ({ url: '/api/v1/admin/fraud-entries', body: entryBody }),
  },
  'PUT /api/v1/admin/fraud-entries/{id}': {
    expect: FRAUD_STAFF,
    request: async (f) => {
      const entry = await f.fraudEntry();
      return {
        url: `/api/v1/admin/fraud-entries/${entry.id}`,
        body: { ...entryBody, updatedAt: entry.updatedAt },
      };
    },
  },
  'DELETE /api/v1/admin/fraud-entries/{id}': {
    expect: FRAUD_STAFF,
    request: async (f) => ({ url: `/api/v1/admin/fraud-entries/${(await f.fraudEntry()).id}` }),
  },
  'POST /api/v1/admin/fraud-entries/{id}/reports': {
    expect: FRAUD_STAFF,
    request: async (f) => ({
      url: `/api/v1/admin/fraud-entries/${(await f.fraudEntry()).id}/reports`,
      body: {},
    }),
  },
};
