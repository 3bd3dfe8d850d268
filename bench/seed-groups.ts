import { sql } from 'drizzle-orm';
import type { Database } from '../server/src/db/client';
import { groupMembers, groups } from '../server/src/db/schema';

export const BENCH_GROUP_MEMBERS = 5_000;
export const BENCH_GROUP_POSTS = 10_000;

/** UUIDv7-shaped ids from a series number, ordered as if made `count - i` milliseconds ago. */
const idFrom = (count: number, salt: string) =>
  sql.raw(`(lpad(to_hex((extract(epoch from now()) * 1000)::bigint - ${count} + i), 12, '0')
      || '7${salt}' || lpad(to_hex(i % 256), 2, '0') || '8' || lpad(to_hex(i), 15, '0'))::uuid`);

/**
 * A group of 5,000 members with the bench user as its admin, and a feed of 10,000 threads written by its
 * members over the past week, a few of them with replies and one waiting for approval.
 */
export async function seedBenchGroup(db: Database, adminId: string): Promise<string> {
  const [group] = await db
    .insert(groups)
    .values({ name: 'Bänkgruppen', kind: 'local', kommunCode: '0180', createdBy: adminId })
    .returning({ id: groups.id });
  if (!group) throw new Error('bench group not created');
  await db.insert(groupMembers).values({ groupId: group.id, userId: adminId, role: 'admin' });
  await db.execute(sql`
    with people as (
      insert into users (id, email, name, password_hash, email_verified_at)
      select ${idFrom(BENCH_GROUP_MEMBERS, 'a')}, 'medlem' || i || '@vaksam.invalid', 'Medlem ' || i, 'not-a-password-hash', now()
      from generate_series(1, ${BENCH_GROUP_MEMBERS - 1}) as i
      returning id
    )
    insert into group_members (group_id, user_id, badge)
    select ${group.id}, id, case when random() < 0.02 then 'community_police' end from people`);
  await db.execute(sql`
    insert into group_posts (id, group_id, author_id, body, state, created_at)
    select ${idFrom(BENCH_GROUP_POSTS, 'b')}, ${group.id},
      (select user_id from group_members where group_id = ${group.id} order by user_id offset (i % 4999) limit 1),
      'Inlägg nummer ' || i || ': någon har setts prova dörrarna längs gatan i kväll, håll utkik.',
      case when i = ${BENCH_GROUP_POSTS} then 'pending' else 'published' end,
      now() - make_interval(mins => ${BENCH_GROUP_POSTS} - i)
    from generate_series(1, ${BENCH_GROUP_POSTS}) as i`);
  await db.execute(sql`
    insert into group_posts (id, group_id, author_id, parent_id, body, state)
    select gen_random_uuid(), p.group_id, p.author_id, p.id, 'Tack, jag håller utkik.', 'published'
    from group_posts p where p.group_id = ${group.id} and p.parent_id is null order by p.id desc limit 200`);
  await db.execute(sql`vacuum analyze users, group_members, group_posts`);
  return group.id;
}
