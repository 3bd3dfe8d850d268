import type { MembershipRole } from '@vaksam/domain/accounts';
import { uuidv7 } from 'uuidv7';
import { memberships, organisations, units, users } from '../src/db/schema';
import type { AppDeps } from '../src/deps';
import { hashPassword } from '../src/platform/auth/password';
import { createSession, loadSession } from '../src/platform/auth/sessions';
import { TestClient } from './client';

export const TEST_PASSWORD = 'correct horse battery staple';

let sequence = 0;
const next = () => `${process.pid}${++sequence}${Math.random().toString(36).slice(2, 6)}`;

/** Valid organisationsnummer (aktiebolag, group 5) built from a counter, each one unique. */
export function makeOrgNumber(): string {
  const body = `5590${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

export type TestUser = { id: string; email: string; name: string };
export type TestOrg = { id: string; orgNumber: string; name: string };

/**
 * Each factory makes what it needs unless given it: a user without an org gets none,
 * a member without an org gets a fresh organisation of its own.
 */
export class Factories {
  private passwordHash: Promise<string> | undefined;

  constructor(private readonly deps: AppDeps) {}

  async user(
    options: {
      platformRole?: 'analyst' | 'admin';
      verified?: boolean;
      totp?: string;
      email?: string;
      name?: string;
      /** A verified member of the trade federation, as if an analyst had confirmed the number. */
      federationMember?: boolean;
    } = {},
  ): Promise<TestUser> {
    this.passwordHash ??= hashPassword(TEST_PASSWORD);
    const email = options.email ?? `user${next()}@example.se`;
    const name = options.name ?? `Testperson ${sequence}`;
    const [user] = await this.deps.db
      .insert(users)
      .values({
        email,
        name,
        passwordHash: await this.passwordHash,
        emailVerifiedAt: options.verified === false ? null : new Date(),
        platformRole: options.platformRole ?? null,
        ...(options.totp ? { totpSecret: options.totp, totpEnabledAt: new Date() } : {}),
        ...(options.federationMember
          ? {
              membershipNumber: `SH-${next()}`,
              membershipClaimedAt: new Date(),
              membershipDecision: 'verified' as const,
              membershipDecidedAt: new Date(),
            }
          : {}),
      })
      .returning({ id: users.id });
    if (!user) throw new Error('user not created');
    return { id: user.id, email, name };
  }

  async org(options: { requireManagerMfa?: boolean } = {}): Promise<TestOrg> {
    const orgNumber = makeOrgNumber();
    const name = `Testbolaget ${next()} AB`;
    const [org] = await this.deps.db
      .insert(organisations)
      .values({ id: uuidv7(), orgNumber, name, requireManagerMfa: options.requireManagerMfa ?? false })
      .returning({ id: organisations.id });
    if (!org) throw new Error('org not created');
    return { id: org.id, orgNumber, name };
  }

  async member(role: MembershipRole, org?: TestOrg): Promise<{ user: TestUser; org: TestOrg }> {
    const theOrg = org ?? (await this.org());
    const user = await this.user();
    await this.deps.db.insert(memberships).values({ orgId: theOrg.id, userId: user.id, role });
    return { user, org: theOrg };
  }

  async unit(org: TestOrg, name = `Enhet ${next()}`) {
    const [unit] = await this.deps.db
      .insert(units)
      .values({ orgId: org.id, name, municipalityCode: '0180', latitude: 59.33, longitude: 18.06 })
      .returning({ id: units.id });
    if (!unit) throw new Error('unit not created');
    return { id: unit.id, name };
  }

  /** A client already signed in as the user, without spending a password hash on it. */
  async signedIn(user: TestUser, baseUrl: string): Promise<TestClient> {
    const { token } = await createSession(this.deps.db, this.deps.config, user.id, { mfaPending: false });
    const session = await loadSession(this.deps.db, this.deps.config, token);
    if (!session) throw new Error('session not loaded');
    return new TestClient(baseUrl).setSession(token, session.csrfToken);
  }
}
