import type { Language } from '@vaksam/domain/common';
import { and, eq, isNull } from 'drizzle-orm';
import { recoveryCodes, users } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import {
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
  weakPasswordReason,
} from '../../platform/auth/password';
import {
  createSession,
  type LoadedSession,
  mfaRequired,
  revokeAllSessions,
  revokeSession,
} from '../../platform/auth/sessions';
import { conflict, forbidden, HttpError, invalid, unauthenticated } from '../../platform/errors';
import { renderMail } from '../../platform/mail/layout';
import { enqueueMail } from '../../platform/mail/outbox';
import { membershipClaim } from '../memberships/state';
import { acceptInviteOnSignup } from '../orgs/invites-service';
import { accountExistsMail, passwordChangedMail, passwordResetMail, verifyEmailMail } from './mails';
import { findUserByEmail, findUserById, normalizeEmail } from './queries';
import { consumeEmailToken, issueEmailToken } from './tokens';
import {
  checkTotp,
  generateRecoveryCodes,
  generateTotpSecret,
  hashRecoveryCode,
  isRecoveryCodeShape,
  totpUri,
} from './totp';

const LINK_INVALID = 'Länken är ogiltig, redan använd eller har gått ut';
const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord';

export type SignupInput = {
  email: string;
  password: string;
  name: string;
  language?: Language;
  inviteToken?: string;
};

/** Answers the same whether or not the address is registered; the mailbox owner learns which. */
export async function signUp(deps: ServiceDeps, input: SignupInput): Promise<void> {
  const email = normalizeEmail(input.email);
  const weakness = weakPasswordReason(input.password, { email, name: input.name });
  if (weakness) throw invalid({ password: weakness });
  const language = input.language ?? 'sv';
  // Hash before looking the address up, so both outcomes take the same time.
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, email);
    if (existing) {
      const resetToken = await issueEmailToken(tx, existing.id, 'reset_password');
      const mail = accountExistsMail(
        existing.language,
        existing.name,
        `${deps.config.publicUrl}/login`,
        `${deps.config.publicUrl}/reset-password?token=${resetToken}`,
      );
      await enqueueMail(deps.jobs, tx, { to: email, ...renderMail(mail) });
      return;
    }
    const [user] = await tx
      .insert(users)
      .values({ email, name: input.name, language, passwordHash })
      .returning({ id: users.id });
    if (!user) throw new Error('insert returned no row');
    await writeAudit(tx, {
      actorUserId: user.id,
      action: 'account.signed_up',
      targetType: 'user',
      targetId: user.id,
    });
    // An invite mailed to this very address proves the mailbox, so no separate verification is needed.
    const joined = input.inviteToken
      ? await acceptInviteOnSignup(tx, input.inviteToken, { id: user.id, email })
      : false;
    if (joined) {
      await tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
      return;
    }
    const token = await issueEmailToken(tx, user.id, 'verify_email');
    const mail = verifyEmailMail(language, input.name, `${deps.config.publicUrl}/verify?token=${token}`);
    await enqueueMail(deps.jobs, tx, { to: email, ...renderMail(mail) });
  });
}

export async function verifyEmail(deps: ServiceDeps, token: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, token, 'verify_email');
    if (!userId) throw invalid({ token: LINK_INVALID }, LINK_INVALID);
    await tx
      .update(users)
      .set({ emailVerifiedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, userId));
    await writeAudit(tx, {
      actorUserId: userId,
      action: 'account.email_verified',
      targetType: 'user',
      targetId: userId,
    });
  });
}

export async function resendVerification(deps: ServiceDeps, emailInput: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, emailInput);
    if (!user || user.emailVerifiedAt || user.disabledAt) return;
    const token = await issueEmailToken(tx, user.id, 'verify_email');
    const mail = verifyEmailMail(user.language, user.name, `${deps.config.publicUrl}/verify?token=${token}`);
    await enqueueMail(deps.jobs, tx, { to: user.email, ...renderMail(mail) });
  });
}

export type LoginResult = { token: string; expiresAt: Date; csrfToken: string; totpRequired: boolean };

export async function logIn(
  deps: ServiceDeps,
  input: { email: string; password: string },
): Promise<LoginResult> {
  const user = await findUserByEmail(deps.db, input.email);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!user || !passwordOk) throw unauthenticated(WRONG_CREDENTIALS);
  if (user.disabledAt)
    throw forbidden('Kontot är avstängt. Kontakta din organisation eller Vaksams support.');
  if (!user.emailVerifiedAt) {
    throw new HttpError(
      403,
      'forbidden',
      'Bekräfta din e-postadress först – vi har skickat en länk till dig.',
      {
        email: 'E-postadressen är inte bekräftad',
      },
    );
  }
  const totpRequired = user.totpEnabledAt !== null;
  return deps.db.transaction(async (tx) => {
    // A fresh id at every login: a session id planted before login is worth nothing after it.
    const session = await createSession(tx, deps.config, user.id, { mfaPending: totpRequired });
    if (!totpRequired) await writeAudit(tx, { actorUserId: user.id, action: 'account.logged_in' });
    return { ...session, totpRequired };
  });
}

/** Second login step: a TOTP code or one unused recovery code turns the pending session into a full one. */
export async function completeTotpLogin(
  deps: ServiceDeps,
  pending: LoadedSession,
  code: string,
): Promise<{ token: string; expiresAt: Date }> {
  const user = await findUserById(deps.db, pending.user.id);
  if (!user?.totpSecret || !user.totpEnabledAt) throw unauthenticated();
  return deps.db.transaction(async (tx) => {
    const accepted = isRecoveryCodeShape(code)
      ? await useRecoveryCode(tx, user.id, code)
      : checkTotp(code.trim(), user.totpSecret as string);
    if (!accepted) throw invalid({ code: 'Koden stämmer inte' }, 'Koden stämmer inte');
    await revokeSession(tx, pending.idHash);
    const session = await createSession(tx, deps.config, user.id, { mfaPending: false });
    await writeAudit(tx, {
      actorUserId: user.id,
      action: 'account.logged_in',
      details: { secondFactor: true },
    });
    return session;
  });
}

async function useRecoveryCode(
  tx: Parameters<typeof writeAudit>[0],
  userId: string,
  code: string,
): Promise<boolean> {
  const [used] = await tx
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  if (used) await writeAudit(tx, { actorUserId: userId, action: 'account.recovery_code_used' });
  return Boolean(used);
}

export async function logOut(deps: ServiceDeps, session: LoadedSession): Promise<void> {
  await revokeSession(deps.db, session.idHash);
}

export async function logOutEverywhere(deps: ServiceDeps, session: LoadedSession): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await revokeAllSessions(tx, session.user.id);
    await writeAudit(tx, { actorUserId: session.user.id, action: 'account.logged_out_everywhere' });
  });
}

export async function requestPasswordReset(deps: ServiceDeps, emailInput: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, emailInput);
    if (!user || user.disabledAt) return;
    const token = await issueEmailToken(tx, user.id, 'reset_password');
    const mail = passwordResetMail(
      user.language,
      user.name,
      `${deps.config.publicUrl}/reset-password?token=${token}`,
    );
    await enqueueMail(deps.jobs, tx, { to: user.email, ...renderMail(mail) });
  });
}

export async function resetPassword(
  deps: ServiceDeps,
  input: { token: string; password: string },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, input.token, 'reset_password');
    if (!userId) throw invalid({ token: LINK_INVALID }, LINK_INVALID);
    const user = await findUserById(tx, userId);
    if (!user) throw invalid({ token: LINK_INVALID }, LINK_INVALID);
    await setPassword(deps, tx, user, input.password, { verifyEmail: true });
    await writeAudit(tx, {
      actorUserId: userId,
      action: 'account.password_reset',
      targetType: 'user',
      targetId: userId,
    });
  });
}

export async function changePassword(
  deps: ServiceDeps,
  session: LoadedSession,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUserById(deps.db, session.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid({ currentPassword: 'Nuvarande lösenord stämmer inte' });
  }
  await deps.db.transaction(async (tx) => {
    await setPassword(deps, tx, user, input.newPassword, { verifyEmail: false });
    await writeAudit(tx, { actorUserId: user.id, action: 'account.password_changed' });
  });
}

async function setPassword(
  deps: ServiceDeps,
  tx: Parameters<typeof writeAudit>[0],
  user: { id: string; email: string; name: string; language: Language },
  password: string,
  options: { verifyEmail: boolean },
): Promise<void> {
  const weakness = weakPasswordReason(password, { email: user.email, name: user.name });
  if (weakness) throw invalid({ password: weakness, newPassword: weakness });
  const now = new Date();
  await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(password),
      updatedAt: now,
      ...(options.verifyEmail ? { emailVerifiedAt: now } : {}),
    })
    .where(eq(users.id, user.id));
  // Whoever knew the old password may hold a session; a new password ends them all.
  await revokeAllSessions(tx, user.id);
  await enqueueMail(deps.jobs, tx, {
    to: user.email,
    ...renderMail(passwordChangedMail(user.language, user.name)),
  });
}

export async function startTotpSetup(deps: ServiceDeps, session: LoadedSession) {
  if (session.user.totpEnabled) throw conflict('Tvåstegsverifiering är redan aktiverad');
  const secret = generateTotpSecret();
  await deps.db.update(users).set({ totpSecret: secret }).where(eq(users.id, session.user.id));
  return { secret, otpauthUrl: totpUri(session.user.email, secret) };
}

export async function enableTotp(deps: ServiceDeps, session: LoadedSession, code: string): Promise<string[]> {
  const user = await findUserById(deps.db, session.user.id);
  if (!user) throw unauthenticated();
  if (user.totpEnabledAt) throw conflict('Tvåstegsverifiering är redan aktiverad');
  if (!user.totpSecret) throw conflict('Starta inställningen av tvåstegsverifiering först');
  if (!checkTotp(code, user.totpSecret))
    throw invalid({ code: 'Koden stämmer inte. Kontrollera klockan i telefonen.' });
  const codes = generateRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpEnabledAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c) })));
    await writeAudit(tx, { actorUserId: user.id, action: 'account.totp_enabled' });
  });
  return codes;
}

export async function disableTotp(
  deps: ServiceDeps,
  session: LoadedSession,
  password: string,
): Promise<void> {
  if (mfaRequired(session))
    throw forbidden('Din roll kräver tvåstegsverifiering, så den kan inte stängas av');
  const user = await findUserById(deps.db, session.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, password)))
    throw invalid({ password: 'Lösenordet stämmer inte' });
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await writeAudit(tx, { actorUserId: user.id, action: 'account.totp_disabled' });
  });
}

export type ProfileChanges = {
  name?: string;
  phone?: string | null;
  language?: Language;
  membershipNumber?: string | null;
};

export async function updateProfile(deps: ServiceDeps, session: LoadedSession, changes: ProfileChanges) {
  const { membershipNumber, ...details } = changes;
  // A different number is a new claim for an analyst to check; saving the same one keeps the decision.
  const claim =
    membershipNumber !== undefined && membershipNumber !== session.user.membershipNumber
      ? membershipClaim(membershipNumber)
      : {};
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...details, ...claim, updatedAt: new Date() })
      .where(eq(users.id, session.user.id));
    await writeAudit(tx, {
      actorUserId: session.user.id,
      action: 'account.profile_updated',
      details: { fields: Object.keys(changes) },
    });
  });
}
