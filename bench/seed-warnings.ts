import { sql } from 'drizzle-orm';
import type { Database } from '../server/src/db/client';

export const BENCH_WARNING_USERS = 100_000;
export const BENCH_WARNING_UNITS = 150_000;
const ORGS = 50_000;

/**
 * The population a warning is targeted over: 50,000 organisations in eight industries, each with three units
 * spread over southern and central Sweden and two people, so 100,000 users and 150,000 units.
 */
export async function seedBenchWarningPopulation(db: Database) {
  await db.execute(sql`
    insert into organisations (id, org_number, name, sni_code, sni_version)
    select gen_random_uuid(), '59' || lpad(i::text, 8, '0'), 'Bolag ' || i,
      (array['47.730','47.111','56.100','86.211','46.900','41.200','62.010','85.201'])[1 + i % 8], 'SNI2007'
    from generate_series(1, ${ORGS}) as i`);
  await db.execute(sql`
    with numbered as (select id, row_number() over (order by id) as n from organisations where org_number like '59%')
    insert into units (id, org_id, name, municipality_code, latitude, longitude)
    select gen_random_uuid(), o.id, 'Enhet ' || k,
      (array['0180','1480','1490','1280','0580','1880','2480','0380','1283','1380'])[1 + (o.n * 3 + k) % 10],
      55.4 + ((o.n * 7919 + k * 104729) % 7000) / 1000.0,
      11.2 + ((o.n * 6007 + k * 7727) % 8000) / 1000.0
    from numbered o, generate_series(1, 3) as k`);
  await db.execute(sql`
    with numbered as (select id, row_number() over (order by id) as n from organisations where org_number like '59%')
    , people as (
      insert into users (id, email, name, password_hash, email_verified_at)
      select gen_random_uuid(), 'person' || (o.n * 2 + k) || '@bench.invalid', 'Person ' || (o.n * 2 + k),
        'not-a-password-hash', now()
      from numbered o, generate_series(0, 1) as k
      returning id, email
    )
    insert into memberships (org_id, user_id, role)
    select o.id, p.id, 'reporter'
    from people p join numbered o on o.n = (substring(p.email from 'person([0-9]+)@')::bigint / 2)`);
  await db.execute(sql`vacuum analyze organisations, units, users, memberships`);
}

/** (i): pharmacies (SNI 47) inside a polygon around greater Göteborg and Borås. */
