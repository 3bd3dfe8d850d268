import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { expected, isNamedOnly, matches, ROLES, type Tenancy } from './matrix/expectations';
import { ROUTES, routeOf } from './matrix/routes';
import { buildWorld, CaseFixtures, type World } from './matrix/world';

let t: TestApp;
let world: World;
let documented: string[];

beforeAll(async () => {
  // The dev mailbox route exists only without SMTP, and it is documented, so the matrix covers it too.
  t = await startTestApp({ useSmtp: false });
  world = await buildWorld(t);
  const openapi = (await t.client().get('/api/v1/openapi.json')).body as { paths: Record<string, object> };
  documented = Object.entries(openapi.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
});
afterAll(() => t.close());

describe('authorization matrix', () => {
  it('has an entry for every route in the OpenAPI document and none for routes that do not exist', () => {
    expect(documented.filter((route) => !(route in ROUTES))).toEqual([]);
    // Further named cases of a route ("… (group entry)") count as that route.
    expect(Object.keys(ROUTES).filter((key) => !documented.includes(routeOf(key)))).toEqual([]);
  });

  it.each(Object.keys(ROUTES))('%s answers each role as the policy says', async (route) => {
    const [method = 'GET'] = route.split(' ');
    const routeCase = ROUTES[route];
    if (!routeCase) throw new Error(`no case for ${route}`);
    const mismatches: string[] = [];
    for (const role of ROLES) {
      if (isNamedOnly(role) && routeCase.expect[role] === undefined) continue;
      for (const tenancy of ['own', 'foreign'] as Tenancy[]) {
        const actor = role === 'anonymous' ? null : world.actors[role];
        const fixtures = new CaseFixtures(t, world, tenancy, actor);
        const request = await routeCase.request(fixtures);
        const client = await fixtures.client();
        const response = await client.request(method, request.url, request.body);
        const outcome = expected(routeCase.expect, role, tenancy);
        if (!matches(outcome, response.status)) {
          mismatches.push(
            `${role}/${tenancy}: expected ${outcome}, got ${response.status} ${response.text.slice(0, 160)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('never reveals organisation B to any role of organisation A', async () => {
    for (const role of ['reporter', 'manager', 'security_contact'] as const) {
      const client = await t.factories.signedIn(world.actors[role], t.url);
      const orgs = await client.get('/api/v1/orgs');
      expect(orgs.body.items.map((o: { id: string }) => o.id)).not.toContain(world.foreign.id);
      const foreign = await client.get(`/api/v1/orgs/${world.foreign.id}/members`);
      expect(foreign.status).toBe(404);
      expect(foreign.text).not.toContain(world.foreign.name);
    }
  });
});
