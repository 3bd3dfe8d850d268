import { sql } from 'drizzle-orm';
import type { Database } from '../server/src/db/client';
import { memberships, organisations, units, users } from '../server/src/db/schema';
import { createSession, type SessionPolicy } from '../server/src/platform/auth/sessions';
import { seedBenchFraudList } from './seed-fraud';
import { seedBenchGroup } from './seed-groups';
import { seedBenchWarningPopulation } from './seed-warnings';

export const BENCH_INCIDENTS = 100_000;

/**
 * A verified manager of one organisation, so GET /auth/me walks the full
 * sessions → users → memberships → organisations join, and the organisation holds
 * 100,000 reports by someone else for the managers' list.
 */
export async function seedBenchData(db: Database, policy: SessionPolicy) {
  const [user, reporter] = await db
    .insert(users)
    .values([
      // Never used to log in: the session is created directly below.
      {
        email: 'bench@vaksam.invalid',
        name: 'Bänk Testsson',
        passwordHash: 'not-a-password-hash',
        emailVerifiedAt: new Date(),
      },
      {
        email: 'reporter@vaksam.invalid',
        name: 'Rapport Testsson',
        passwordHash: 'not-a-password-hash',
        emailVerifiedAt: new Date(),
      },
    ])
    .returning({ id: users.id });
  const [org] = await db
    .insert(organisations)
    .values({ orgNumber: '5560000001', name: 'Bänkbolaget AB' })
    .returning({ id: organisations.id });
  if (!user || !reporter || !org) throw new Error('bench users or organisation were not created');
  await db.insert(memberships).values([
    { orgId: org.id, userId: user.id, role: 'manager' },
    { orgId: org.id, userId: reporter.id, role: 'reporter' },
  ]);
  const [unit] = await db
    .insert(units)
    .values({
      orgId: org.id,
      name: 'Bänkbutiken',
      municipalityCode: '0180',
      latitude: 59.33,
      longitude: 18.06,
    })
    .returning({ id: units.id });
  // Ids must sort by creation as UUIDv7 do, so they are built from a timestamp prefix in SQL.
  await db.execute(sql`
    insert into incidents (id, org_id, unit_id, reporter_id, type, severity, status, occurred_at, description, form_version, created_at)
    select
      (lpad(to_hex((extract(epoch from now()) * 1000)::bigint - ${BENCH_INCIDENTS} + i), 12, '0')
        || '7' || lpad(to_hex(i % 4096), 3, '0') || '8' || lpad(to_hex(i), 15, '0'))::uuid,
      ${org.id}, ${unit?.id ?? null}, ${reporter.id},
      (array['theft','burglary','robbery','vandalism','threat','fraud'])[1 + i % 6],
      'disturbance',
      (array['new','in_progress','resolved','closed'])[1 + (i / 7)::int % 4],
      now() - make_interval(mins => i),
      'Rapport nummer ' || i || ' om en händelse i butiken.',
      1,
      now() - make_interval(mins => i)
    from generate_series(1, ${BENCH_INCIDENTS}) as i`);
  // As an organisation's table would be after months of use: vacuumed and analysed, so autovacuum does not
  // start on the fresh rows in the middle of a measured run.
  await db.execute(sql`vacuum analyze incidents`);
  const session = await createSession(db, policy, user.id, { mfaPending: false });
  const groupId = await seedBenchGroup(db, user.id);
  const { misspeltName } = await seedBenchFraudList(db);
  await seedBenchWarningPopulation(db);
  // Warnings are written by analysts, whom the platform holds to a second factor: enrolled, and past it.
  const [analyst] = await db
    .insert(users)
    .values({
      email: 'analyst@vaksam.invalid',
      name: 'Analys Testsson',
      passwordHash: 'not-a-password-hash',
      emailVerifiedAt: new Date(),
      platformRole: 'analyst',
      totpSecret: 'JBSWY3DPEHPK3PXP',
      totpEnabledAt: new Date(),
    })
    .returning({ id: users.id });
  if (!analyst) throw new Error('bench analyst was not created');
  const analystSession = await createSession(db, policy, analyst.id, { mfaPending: false });
  return {
    token: session.token,
    csrfToken: session.csrfToken,
    orgId: org.id,
    groupId,
    fraudQuery: misspeltName,
    analystToken: analystSession.token,
    analystCsrfToken: analystSession.csrfToken,
  };
}
