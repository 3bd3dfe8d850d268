import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadSession } from '../src/platform/auth/sessions';
import { TestClient } from './client';
import { startTestApp, type TestApp } from './harness';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
};
type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

let t: TestApp;
let admin: TestClient;
let pending: TestClient;
let operations: { method: string; path: string; op: Operation }[];
let orgId: string;

beforeAll(async () => {
  t = await startTestApp({ useSmtp: false });
  const org = await t.factories.org();
  orgId = org.id;
  const adminUser = await t.factories.user({ platformRole: 'admin', totp: 'JBSWY3DPEHPK3PXP' });
  admin = await t.factories.signedIn(adminUser, t.url);
  // The second login step only accepts sessions that still owe their TOTP code.
  const { token } = await createSession(t.deps.db, t.deps.config, adminUser.id, { mfaPending: true });
  const session = await loadSession(t.deps.db, t.deps.config, token);
  pending = new TestClient(t.url).setSession(token, session?.csrfToken ?? '');
  const document = (await t.client().get('/api/v1/openapi.json')).body as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
});
afterAll(() => t.close());

const VALID_UUID = '01a20000-0000-7000-8000-000000000000';
const clientFor = (path: string) => (path.endsWith('/login/totp') ? pending : admin);
const fillPath = (path: string, replace: (name: string) => string) =>
  path.replace(/\{(\w+)\}/g, (_, name) => replace(name));
const validPath = (path: string) =>
  fillPath(path, (name) => (name === 'orgId' ? orgId : name === 'token' ? 'a'.repeat(43) : VALID_UUID));
const bodySchema = (op: Operation) => op.requestBody?.content?.['application/json']?.schema;

function wrongValueFor(schema: JsonSchema | undefined): unknown {
  const types = [schema?.type, ...(schema?.anyOf ?? []).map((s) => s.type)].flat().filter(Boolean);
  if (types.includes('string')) return 12345;
  if (types.includes('number') || types.includes('integer') || types.includes('boolean'))
    return 'not-a-number';
  return 'wrong';
}

/** Every answer to bad input: a 4xx with the uniform error body, never a 5xx. */
function expectFieldError(
  response: { status: number; body: any; text: string },
  label: string,
  status = 400,
) {
  expect(response.status, `${label}: ${response.text.slice(0, 200)}`).toBe(status);
  expect(response.body?.error?.code, label).toEqual(expect.any(String));
  expect(response.body?.error?.message, label).toEqual(expect.any(String));
  expect(response.body?.error?.fields, label).toEqual(expect.any(Object));
}

describe('every route answers bad input with a field-level 4xx', () => {
  it('walks the whole OpenAPI document', async () => {
    expect(operations.length).toBeGreaterThan(30);
    let bodyRoutes = 0;
    for (const { method, path, op } of operations) {
      const client = clientFor(path);
      const url = validPath(path);
      const label = `${method} ${path}`;

      for (const param of op.parameters?.filter((p) => p.in === 'path') ?? []) {
        const badUrl = fillPath(path, (name) =>
          name === param.name ? 'not-an-id' : name === 'orgId' ? orgId : VALID_UUID,
        );
        expectFieldError(await client.request(method, badUrl), `${label} bad path ${param.name}`);
      }
      if (method === 'GET') {
        const query = op.parameters?.filter((p) => p.in === 'query') ?? [];
        if (query.length === 0) continue;
        expectFieldError(await client.get(`${url}?unknownParameter=1`), `${label} unknown query parameter`);
        for (const param of query.filter((p) => p.required)) {
          const others = query.filter((p) => p !== param && p.required).map((p) => `${p.name}=x`);
          expectFieldError(await client.get(`${url}?${others.join('&')}`), `${label} missing ${param.name}`);
        }
        if (query.some((p) => p.name === 'orgNumber')) {
          const bad = await client.get(`${url}?orgNumber=556036-0794`);
          expectFieldError(bad, `${label} invalid orgNumber`);
          expect(bad.body.error.fields.orgNumber).toBe('Ogiltigt organisationsnummer');
        }
        if (query.some((p) => p.name === 'limit')) {
          expectFieldError(await client.get(`${url}?limit=many`), `${label} limit of wrong type`);
          expectFieldError(await client.get(`${url}?limit=100000`), `${label} limit too large`);
        }
        continue;
      }

      expectFieldError(await client.request(method, url, '{"broken": '), `${label} malformed JSON`);
      expectFieldError(
        await client.request(method, url, JSON.stringify({ x: 'a'.repeat(70_000) })),
        `${label} oversized`,
        413,
      );
      const schema = bodySchema(op);
      if (!schema?.properties) continue;
      bodyRoutes++;

      const unknown = await client.request(method, url, { unknownField: 1 });
      expectFieldError(unknown, `${label} unknown field`);
      expect(unknown.body.error.fields.unknownField, label).toBe('Okänt fält');

      expectFieldError(await client.request(method, url, []), `${label} array instead of object`);

      const wrongTypes = Object.fromEntries(
        Object.entries(schema.properties).map(([k, s]) => [k, wrongValueFor(s)]),
      );
      const wrong = await client.request(method, url, wrongTypes);
      expectFieldError(wrong, `${label} wrong types`);
      for (const key of Object.keys(wrongTypes))
        expect(wrong.body.error.fields[key], `${label} wrong type ${key}`).toBeTruthy();

      if (schema.required?.length) {
        const missing = await client.request(method, url, {});
        expectFieldError(missing, `${label} missing fields`);
        for (const key of schema.required)
          expect(missing.body.error.fields[key], `${label} missing ${key}`).toBeTruthy();
      }
      if ('orgNumber' in schema.properties) {
        const bad = await client.request(method, url, { orgNumber: '556036-0794', name: 'Ett namn AB' });
        expectFieldError(bad, `${label} invalid orgNumber`);
        expect(bad.body.error.fields.orgNumber).toBe('Ogiltigt organisationsnummer');
      }
    }
    expect(bodyRoutes).toBeGreaterThan(15);
  });

  it('answers a non-JSON content type with 415 and unknown paths with 404, both in the error shape', async () => {
    const wrongType = await admin.request('POST', '/api/v1/orgs', 'orgNumber=1', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error.code).toBe('unsupported_media_type');
    const missing = await admin.get('/api/v1/no-such-thing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});
