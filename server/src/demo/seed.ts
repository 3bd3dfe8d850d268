import { sql } from 'drizzle-orm';
import { memberships, organisations, units, users } from '../db/schema';
import type { AppDeps } from '../deps';
import { membershipClaim } from '../modules/memberships/state';
import { hashPassword } from '../platform/auth/password';
import { DEMO_ORG, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_UNITS, DEMO_USERS } from './demo-accounts';
import { insertDemoFraudEntries } from './fraud-entries';

/** Fills an empty database with a demo organisation, two units and one person per role. */
export async function seedDemoData(deps: Pick<AppDeps, 'db' | 'logger'>): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await deps.db.transaction(async (tx) => {
    const [{ count } = { count: 0 }] = await tx.select({ count: sql<number>`count(*)::int` }).from(users);
    if (count > 0) return false;
    const now = new Date();
    const [org] = await tx
      .insert(organisations)
      .values({ ...DEMO_ORG, sniVersion: 'SNI2007' })
      .returning({ id: organisations.id });
    if (!org) throw new Error('demo organisation was not created');
    await tx.insert(units).values(DEMO_UNITS.map((unit) => ({ ...unit, orgId: org.id })));
    for (const person of DEMO_USERS) {
      const [user] = await tx
        .insert(users)
        .values({
          email: person.email,
          name: person.name,
          phone: person.phone,
          passwordHash,
          emailVerifiedAt: now,
          platformRole: person.platformRole,
          ...('membershipNumber' in person ? membershipClaim(person.membershipNumber, now) : {}),
          ...('verifiedMembershipNumber' in person
            ? {
                ...membershipClaim(person.verifiedMembershipNumber, now),
                membershipDecision: 'verified' as const,
                membershipDecidedAt: now,
              }
            : {}),
          // The platform demands a second factor of analysts and admins, so theirs is pre-enrolled.
          ...(person.platformRole ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: now } : {}),
        })
        .returning({ id: users.id });
      if (user && person.orgRole)
        await tx.insert(memberships).values({ orgId: org.id, userId: user.id, role: person.orgRole });
    }
    await insertDemoFraudEntries(tx, now);
    return true;
  });
  if (seeded) deps.logger.info('demo organisation and users created (see README for logins)');
  return seeded;
}
