import { incidentListSchema, LIST_DESCRIPTION_MAX } from '@vaksam/domain/incidents/api';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg, TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { incidents, users } from '../../db/schema';
import { presentIncidentSummary, summaryRowOf } from './presenters';
import { findIncidentUnsafe } from './queries';

let t: TestApp;
let org: TestOrg;
let reporter: TestUser;
let managerClient: TestClient;
let reporterClient: TestClient;
let unitId: string;

beforeAll(async () => {
  t = await startTestApp();
  let manager: TestUser;
  ({ user: manager, org } = await t.factories.member('manager'));
  ({ user: reporter } = await t.factories.member('reporter', org));
  unitId = (await t.factories.unit(org, 'Butik "Väst" \\ Lager')).id;
  managerClient = await t.factories.signedIn(manager, t.url);
  reporterClient = await t.factories.signedIn(reporter, t.url);
});
afterAll(() => t.close());

async function file(overrides: Record<string, unknown>): Promise<string> {
  const created = await reporterClient.post('/api/v1/incidents', {
    orgId: org.id,
    type: 'theft',
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    unitId,
    description: 'En rapport.',
    ...overrides,
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** What the TypeScript presenter makes of the same row: the list's SQL must agree with it exactly. */
async function presented(id: string) {
  const row = await findIncidentUnsafe(t.deps.db, id);
  if (!row) throw new Error(`report ${id} is missing`);
  return presentIncidentSummary(summaryRowOf(row));
}

describe('the list as JSON written by PostgreSQL', () => {
  it('is the presenter’s summary of every row, to the character', async () => {
    const emoji = '😀';
    const ids = [
      // Cut after 279 characters: the emoji straddles the limit as two UTF-16 units but is one character.
      await file({ description: `${'a'.repeat(LIST_DESCRIPTION_MAX - 2)}${emoji}bbbb` }),
      // Exactly the limit in characters (one more in UTF-16 units): not cut.
      await file({ description: `${'b'.repeat(LIST_DESCRIPTION_MAX - 1)}${emoji}` }),
      await file({
        description:
          'Citat "så här", snedstreck \\ och radbrytning\nsamt tabb\t och styrtecken \u0001 </script>',
        unitId: null,
        latitude: 55.605_9,
        longitude: 13.000_7,
        kNumber: 'K123456-26',
      }),
      await file({ description: 'Anmälaren har tagits bort.' }),
    ];
    const [, , , orphaned] = ids;
    // Timestamps with microseconds, as now() writes them: the JSON keeps milliseconds as toISOString does.
    await t.deps.db
      .update(incidents)
      .set({
        occurredAt: sql`'2026-11-20 10:11:12.345999+00'::timestamptz`,
        createdAt: sql`'2026-11-20 23:59:59.999999+00'::timestamptz`,
      })
      .where(eq(incidents.id, ids[0] as string));
    const gone = await t.factories.user();
    await t.deps.db
      .update(incidents)
      .set({ reporterId: gone.id })
      .where(eq(incidents.id, orphaned as string));
    await t.deps.db.delete(users).where(eq(users.id, gone.id));

    const response = await managerClient.get(`/api/v1/incidents?orgId=${org.id}&limit=${ids.length}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const page = incidentListSchema.parse(response.body);
    expect(page.items.map((item) => item.id)).toEqual([...ids].reverse());
    for (const item of response.body.items) expect(item).toEqual(await presented(item.id));

    const [reporterless, quoted, exact, cut] = page.items;
    expect(reporterless?.reporter).toBeNull();
    expect(quoted?.description).toContain('"så här", snedstreck \\ och radbrytning\n');
    expect(quoted?.unitId).toBeNull();
    expect(exact?.description).toBe(`${'b'.repeat(LIST_DESCRIPTION_MAX - 1)}${emoji}`);
    expect(cut?.description).toBe(`${'a'.repeat(LIST_DESCRIPTION_MAX - 2)}${emoji}…`);
    expect(cut?.occurredAt).toBe('2026-11-20T10:11:12.345Z');
    expect(cut?.createdAt).toBe('2026-11-20T23:59:59.999Z');
  });

  it('pages with a cursor and says when there are no more', async () => {
    const other = await t.factories.member('manager');
    const client = await t.factories.signedIn(other.user, t.url);
    const empty = await client.get(`/api/v1/incidents?orgId=${other.org.id}`);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ items: [], nextCursor: null });

    const all = await managerClient.get(`/api/v1/incidents?orgId=${org.id}&limit=200`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await managerClient.get(`/api/v1/incidents?orgId=${org.id}&limit=3${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((item: { id: string }) => item.id));
    expect(all.body.nextCursor).toBeNull();
  });
});
