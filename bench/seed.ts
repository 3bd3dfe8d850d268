import type { Database } from '../server/src/db/client';
import { memberships, organisations, users } from '../server/src/db/schema';
import { createSession, type SessionPolicy } from '../server/src/platform/auth/sessions';

/**
 * A verified user with one membership, so GET /auth/me walks the full
 * sessions → users → memberships → organisations join rather than an empty left join.
 */
export async function seedBenchUser(db: Database, policy: SessionPolicy): Promise<{ token: string }> {
  const [user] = await db
    .insert(users)
    .values({
      email: 'bench@vaksam.invalid',
      name: 'Bänk Testsson',
      // Never used to log in: the session is created directly below.
      passwordHash: 'not-a-password-hash',
      emailVerifiedAt: new Date(),
    })
    .returning({ id: users.id });
  const [org] = await db
    .insert(organisations)
    .values({ orgNumber: '5560000001', name: 'Bänkbolaget AB' })
    .returning({ id: organisations.id });
  if (!user || !org) throw new Error('bench user or organisation was not created');
  await db.insert(memberships).values({ orgId: org.id, userId: user.id, role: 'manager' });
  return createSession(db, policy, user.id, { mfaPending: false });
}
