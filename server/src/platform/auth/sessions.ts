import { type MembershipState, membershipStateOf } from '@vaksam/domain/memberships';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Queryable } from '../../db/client';
import { memberships, organisations, sessions, users } from '../../db/schema';
import { randomToken, sha256 } from '../tokens';

export const SESSION_COOKIE = '__Host-vaksam_session';
/** Writing last_seen_at on every request would cost a write per read; a minute is precise enough for idle expiry. */
const TOUCH_AFTER_MS = 60_000;

export type SessionMembership = {
  orgId: string;
  orgName: string;
  orgNumber: string;
  role: MembershipRoleName;
  requireManagerMfa: boolean;
};
export type MembershipRoleName = 'reporter' | 'manager' | 'security_contact';

export type LoadedSession = {
  idHash: string;
  csrfToken: string;
  mfaPending: boolean;
  lastSeenAt: Date;
  user: {
    id: string;
    email: string;
    name: string;
    phone: string | null;
    language: 'sv' | 'en';
    membershipNumber: string | null;
    membershipState: MembershipState;
    platformRole: 'analyst' | 'admin' | null;
    emailVerified: boolean;
    totpEnabled: boolean;
  };
  memberships: SessionMembership[];
};

export type SessionPolicy = Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteDays'>;

export async function createSession(
  db: Queryable,
  policy: SessionPolicy,
  userId: string,
  options: { mfaPending: boolean },
): Promise<{ token: string; expiresAt: Date; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + policy.sessionAbsoluteDays * 86_400_000);
  await db.insert(sessions).values({
    idHash: sha256(token),
    userId,
    csrfToken,
    mfaPending: options.mfaPending,
    expiresAt,
  });
  return { token, expiresAt, csrfToken };
}

const loadQueries = new WeakMap<object, ReturnType<typeof buildLoadQuery>>();

/** Built and planned once per database: this query runs on every request that carries a cookie. */
function buildLoadQuery(db: Queryable) {
  return db
    .select({
      csrfToken: sessions.csrfToken,
      mfaPending: sessions.mfaPending,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      phone: users.phone,
      language: users.language,
      membershipNumber: users.membershipNumber,
      membershipDecision: users.membershipDecision,
      platformRole: users.platformRole,
      emailVerifiedAt: users.emailVerifiedAt,
      totpEnabledAt: users.totpEnabledAt,
      orgId: memberships.orgId,
      role: memberships.role,
      orgName: organisations.name,
      orgNumber: organisations.orgNumber,
      requireManagerMfa: organisations.requireManagerMfa,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(
      and(
        eq(sessions.idHash, sql.placeholder('idHash')),
        sql`${sessions.expiresAt} > now()`,
        sql`${sessions.lastSeenAt} > ${sql.placeholder('idleCutoff')}`,
        sql`${users.disabledAt} is null`,
      ),
    )
    .prepare('load_session');
}

function preparedLoad(db: Queryable) {
  let query = loadQueries.get(db);
  if (!query) {
    query = buildLoadQuery(db);
    loadQueries.set(db, query);
  }
  return query;
}

/** One round trip: the session, its user and the user's memberships. */
export async function loadSession(
  db: Queryable,
  policy: SessionPolicy,
  token: string,
): Promise<LoadedSession | null> {
  const idHash = sha256(token);
  const idleCutoff = new Date(Date.now() - policy.sessionIdleMinutes * 60_000);
  const rows = await preparedLoad(db).execute({ idHash, idleCutoff });
  const first = rows[0];
  if (!first) return null;
  const session: LoadedSession = {
    idHash,
    csrfToken: first.csrfToken,
    mfaPending: first.mfaPending,
    lastSeenAt: first.lastSeenAt,
    user: {
      id: first.userId,
      email: first.email,
      name: first.name,
      phone: first.phone,
      language: first.language,
      membershipNumber: first.membershipNumber,
      membershipState: membershipStateOf(first),
      platformRole: first.platformRole,
      emailVerified: first.emailVerifiedAt !== null,
      totpEnabled: first.totpEnabledAt !== null,
    },
    memberships: rows
      .filter((row) => row.orgId !== null)
      .map((row) => ({
        orgId: row.orgId as string,
        orgName: row.orgName as string,
        orgNumber: row.orgNumber as string,
        role: row.role as MembershipRoleName,
        requireManagerMfa: row.requireManagerMfa === true,
      }))
      .sort((a, b) => a.orgName.localeCompare(b.orgName, 'sv')),
  };
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.idHash, idHash));
  }
  return session;
}

export async function revokeSession(db: Queryable, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function revokeAllSessions(db: Queryable, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Queryable, policy: SessionPolicy): Promise<void> {
  const idleCutoff = new Date(Date.now() - policy.sessionIdleMinutes * 60_000);
  await db
    .delete(sessions)
    .where(or(sql`${sessions.expiresAt} <= now()`, lt(sessions.lastSeenAt, idleCutoff)));
}

/** Whether this user must have TOTP before doing anything else. */
export function mfaRequired(session: Pick<LoadedSession, 'user' | 'memberships'>): boolean {
  if (session.user.platformRole !== null) return true;
  return session.memberships.some((m) => m.requireManagerMfa && m.role !== 'reporter');
}
