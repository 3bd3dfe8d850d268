import { crisisProfileReadsSchema, crisisProfileSchema } from '@vaksam/domain/crisis-profile';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog, crisisProfiles, groupMembers, groups } from '../../db/schema';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ useSmtp: false });
});
afterAll(() => t.close());

type Person = { user: TestUser; client: TestClient };

async function person(options: { name?: string; platformRole?: 'analyst' } = {}): Promise<Person> {
  // Platform staff have a second factor; without one their sessions are held at enrolment (403).
  const user = await t.factories.user({
    ...options,
    ...(options.platformRole ? { totp: 'JBSWY3DPEHPK3PXP' } : {}),
  });
  return { user, client: await t.factories.signedIn(user, t.url) };
}

async function group(name: string) {
  const [row] = await t.deps.db.insert(groups).values({ name, kind: 'local' }).returning({ id: groups.id });
  if (!row) throw new Error('group not created');
  return row.id;
}

async function seat(
  groupId: string,
  who: Person,
  seat: { role?: 'admin'; crisisAdmin?: boolean; banned?: boolean } = {},
) {
  await t.deps.db.insert(groupMembers).values({
    groupId,
    userId: who.user.id,
    role: seat.role ?? 'member',
    crisisAdmin: seat.crisisAdmin ?? false,
    bannedAt: seat.banned ? new Date() : null,
  });
}

const PROFILE = {
  alternativePhone: '070-123 45 67',
  personnummer: '191212121212',
  address: 'Kvarngatan 4, 118 47 Stockholm',
  nextOfKin: [
    { name: 'Jonas Kvist', relation: 'Make', phone: '073-918 27 64' },
    { name: 'Ebba Kvist', relation: 'Dotter', phone: '+46 70 555 01 99' },
  ],
};

/** Every row of every table of ours, as PostgreSQL prints it: what a dump of the database would hold. */
async function everyRowAsText(): Promise<string> {
  const rowsOf = async <Row>(query: ReturnType<typeof sql>) =>
    ((await t.deps.db.execute(query)) as unknown as { rows: Row[] }).rows;
  const tables = await rowsOf<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    for (const { row } of await rowsOf<{ row: string }>(
      sql`select t::text as row from ${sql.identifier(name)} t`,
    )) {
      parts.push(row);
    }
  }
  return parts.join('\n');
}

const readUrl = (groupId: string, userId: string) =>
  `/api/v1/groups/${groupId}/members/${userId}/crisis-profile`;

describe('my crisis profile (ACC-5)', () => {
  it('is empty until saved, keeps a personnummer in one form, and is removed when emptied', async () => {
    const rut = await person({ name: 'Rut Kvist' });
    const empty = await rut.client.get('/api/v1/profile/crisis');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      alternativePhone: null,
      personnummer: null,
      address: null,
      nextOfKin: [],
      updatedAt: null,
    });

    const saved = await rut.client.put('/api/v1/profile/crisis', PROFILE);
    expect(saved.status).toBe(200);
    const profile = crisisProfileSchema.parse(saved.body);
    expect(profile.personnummer).toBe('19121212-1212');
    expect(profile.nextOfKin).toEqual(PROFILE.nextOfKin);
    expect((await rut.client.get('/api/v1/profile/crisis')).body).toEqual(saved.body);

    const removed = await rut.client.delete('/api/v1/profile/crisis');
    expect(removed.status).toBe(200);
    expect((await rut.client.get('/api/v1/profile/crisis')).body.personnummer).toBeNull();
    expect(
      await t.deps.db.select().from(crisisProfiles).where(eq(crisisProfiles.userId, rut.user.id)),
    ).toEqual([]);
  });

  it('answers bad input field by field', async () => {
    const rut = await person();
    const bad = await rut.client.put('/api/v1/profile/crisis', {
      personnummer: '121212-1213',
      alternativePhone: 'ring mig',
      nextOfKin: [{ name: '', relation: 'Make', phone: '070-1' }],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual([
      'alternativePhone',
      'nextOfKin.0.name',
      'nextOfKin.0.phone',
      'personnummer',
    ]);
    const tooMany = await rut.client.put('/api/v1/profile/crisis', {
      nextOfKin: Array.from({ length: 6 }, (_, i) => ({
        name: `Anhörig ${i}`,
        relation: 'Vän',
        phone: '070-111 22 33',
      })),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields.nextOfKin).toMatch(/Högst 5/);
  });

  it('leaves no personnummer, phone number or address in plain text anywhere in the database', async () => {
    const rut = await person();
    expect((await rut.client.put('/api/v1/profile/crisis', PROFILE)).status).toBe(200);
    const [row] = await t.deps.db.select().from(crisisProfiles).where(eq(crisisProfiles.userId, rut.user.id));
    expect(row?.keyId).toBe(t.deps.keyring.currentId);
    const dump = await everyRowAsText();
    expect(dump).toContain(row?.sealed);
    for (const secret of [
      '19121212',
      '1212-1212',
      '918 27 64',
      '9182764',
      '555 01 99',
      '5550199',
      '123 45 67',
      'Kvarngatan',
      'Jonas Kvist',
    ]) {
      expect(dump, secret).not.toContain(secret);
    }
  });
});

describe('reading a member’s crisis profile', () => {
  it('is for the crisis admins of a shared group, logged, and shown to the member', async () => {
    const groupId = await group('Skolan');
    const ebba = await person({ name: 'Ebba Elev' });
    const kris = await person({ name: 'Kristina Krisledare' });
    await seat(groupId, ebba);
    await seat(groupId, kris, { crisisAdmin: true });
    await ebba.client.put('/api/v1/profile/crisis', PROFILE);

    const read = await kris.client.post(readUrl(groupId, ebba.user.id), { reason: 'reach_next_of_kin' });
    expect(read.status).toBe(200);
    expect(read.body.user).toMatchObject({ id: ebba.user.id, name: 'Ebba Elev' });
    expect(read.body.profile.nextOfKin[0].phone).toBe('073-918 27 64');

    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, ebba.user.id))
      .orderBy(sql`${auditLog.at} desc`)
      .limit(1);
    expect(entry).toMatchObject({
      action: 'crisis_profile.read',
      actorUserId: kris.user.id,
      targetType: 'user',
      details: { groupId, reason: 'reach_next_of_kin' },
    });

    const reads = crisisProfileReadsSchema.parse(
      (await ebba.client.get('/api/v1/profile/crisis/reads')).body,
    );
    expect(reads.items).toEqual([
      {
        at: expect.any(String),
        reader: { id: kris.user.id, name: 'Kristina Krisledare' },
        group: { id: groupId, name: 'Skolan' },
        reason: 'reach_next_of_kin',
      },
    ]);
    // Reading someone else's profile is not a read of mine.
    expect((await kris.client.get('/api/v1/profile/crisis/reads')).body.items).toEqual([]);
  });

  it('does not exist for anyone else, and their attempts are not reads', async () => {
    const groupId = await group('Lagret');
    const other = await group('Kontoret');
    const ebba = await person();
    await seat(groupId, ebba);
    await ebba.client.put('/api/v1/profile/crisis', PROFILE);
    const admin = await person();
    await seat(groupId, admin, { role: 'admin' });
    const member = await person();
    await seat(groupId, member);
    const banned = await person();
    await seat(groupId, banned, { crisisAdmin: true, banned: true });
    const elsewhere = await person();
    await seat(other, elsewhere, { crisisAdmin: true });
    const analyst = await person({ platformRole: 'analyst' });
    const outsider = await person();

    for (const [who, client] of [
      ['group admin', admin.client],
      ['member', member.client],
      ['banned crisis admin', banned.client],
      ['crisis admin of another group', elsewhere.client],
      ['analyst', analyst.client],
      ['outsider', outsider.client],
    ] as const) {
      const answer = await client.post(readUrl(groupId, ebba.user.id), { reason: 'reach_person' });
      expect(answer.status, who).toBe(404);
    }
    // Through the other group, where she has no seat, her crisis admin cannot reach her either.
    expect(
      (await elsewhere.client.post(readUrl(other, ebba.user.id), { reason: 'reach_person' })).status,
    ).toBe(404);
    // Nor is an archived group a way in.
    const kris = await person();
    await seat(groupId, kris, { crisisAdmin: true });
    await t.deps.db.update(groups).set({ archivedAt: new Date() }).where(eq(groups.id, groupId));
    expect((await kris.client.post(readUrl(groupId, ebba.user.id), { reason: 'reach_person' })).status).toBe(
      404,
    );

    expect((await ebba.client.get('/api/v1/profile/crisis/reads')).body.items).toEqual([]);
  });

  it('asks for a reason it knows', async () => {
    const groupId = await group('Butiken');
    const ebba = await person();
    const kris = await person();
    await seat(groupId, ebba);
    await seat(groupId, kris, { crisisAdmin: true });
    const none = await kris.client.post(readUrl(groupId, ebba.user.id), {});
    expect(none.status).toBe(400);
    expect(none.body.error.fields).toHaveProperty('reason');
    const made_up = await kris.client.post(readUrl(groupId, ebba.user.id), { reason: 'curiosity' });
    expect(made_up.status).toBe(400);
  });
});
