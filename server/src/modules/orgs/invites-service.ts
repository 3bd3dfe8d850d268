import type { MembershipRole } from '@vaksam/domain/accounts';
import { formatOrgNumber } from '@vaksam/domain/identifiers/organisationsnummer';
import { INVITE_TTL_DAYS } from '@vaksam/domain/orgs';
import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq, gt, type InferSelectModel, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { invites, memberships, organisations, users } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound, unprocessable } from '../../platform/errors';
import { inviteStatus } from '../../platform/invite-status';
import { renderMail } from '../../platform/mail/layout';
import { enqueueMail } from '../../platform/mail/outbox';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { randomToken, sha256 } from '../../platform/tokens';
import { normalizeEmail } from '../accounts/queries';
import { inviteMail } from './mails';
import { addMember } from './members-service';
import { orgPolicy } from './policy';
import { findOrgById, listInvites as queryInvites } from './queries';

const INVITE_INVALID = 'Inbjudan är ogiltig, redan använd eller har gått ut';
const ORG_NOT_FOUND = 'Organisationen hittades inte';

type InviteRow = InferSelectModel<typeof invites>;

function presentInvite(invite: InviteRow) {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    status: inviteStatus(invite),
    expiresAt: invite.expiresAt.toISOString(),
    createdAt: invite.createdAt.toISOString(),
  };
}

export async function createInvite(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  input: { email: string; role: MembershipRole },
) {
  enforce(orgPolicy.invite(actor, orgId), ORG_NOT_FOUND);
  const email = normalizeEmail(input.email);
  return deps.db.transaction(async (tx) => {
    const org = await findOrgById(tx, orgId);
    if (!org) throw notFound(ORG_NOT_FOUND);
    const [alreadyMember] = await tx
      .select({ id: users.id })
      .from(users)
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, orgId)))
      .where(eq(users.email, email));
    if (alreadyMember) throw conflict('Personen är redan medlem i organisationen', { email: 'Redan medlem' });
    const token = randomToken();
    const [invite] = await tx
      .insert(invites)
      .values({
        orgId,
        email,
        role: input.role,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + INVITE_TTL_DAYS * 86_400_000),
        createdBy: actor.userId,
      })
      .returning();
    if (!invite) throw new Error('insert returned no row');
    const [inviter] = await tx
      .select({ name: users.name, language: users.language })
      .from(users)
      .where(eq(users.id, actor.userId));
    const mail = inviteMail(
      inviter?.language ?? 'sv',
      org.name,
      inviter?.name ?? org.name,
      `${deps.config.publicUrl}/invite/${token}`,
      INVITE_TTL_DAYS,
    );
    await enqueueMail(deps.jobs, tx, { to: email, ...renderMail(mail) });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'invite.created',
      targetType: 'invite',
      targetId: invite.id,
      details: { role: input.role },
    });
    return presentInvite(invite);
  });
}

export async function listInvites(deps: ServiceDeps, actor: Actor, orgId: string, query: PageQuery) {
  enforce(orgPolicy.invite(actor, orgId), ORG_NOT_FOUND);
  return fetchPage(
    query,
    (page) => queryInvites(deps.db, { orgId }, page),
    (row) => row.id,
    presentInvite,
  );
}

export async function revokeInvite(deps: ServiceDeps, actor: Actor, orgId: string, inviteId: string) {
  enforce(orgPolicy.invite(actor, orgId), 'Inbjudan hittades inte');
  await deps.db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(invites)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invites.orgId, orgId),
          eq(invites.id, inviteId),
          isNull(invites.acceptedAt),
          isNull(invites.revokedAt),
        ),
      )
      .returning({ id: invites.id });
    if (!revoked) {
      const [existing] = await tx
        .select({ id: invites.id })
        .from(invites)
        .where(and(eq(invites.orgId, orgId), eq(invites.id, inviteId)));
      if (!existing) throw notFound('Inbjudan hittades inte');
      throw conflict('Inbjudan är redan använd eller återkallad');
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'invite.revoked',
      targetType: 'invite',
      targetId: inviteId,
    });
  });
}

/** Unused, unrevoked and unexpired; the token is the only key, so this is deliberately not org-scoped. */
async function findUsableInviteUnsafe(db: Queryable, token: string) {
  const [row] = await db
    .select({ invite: invites, orgName: organisations.name, orgNumber: organisations.orgNumber })
    .from(invites)
    .innerJoin(organisations, eq(organisations.id, invites.orgId))
    .where(
      and(
        eq(invites.tokenHash, sha256(token)),
        isNull(invites.acceptedAt),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, new Date()),
      ),
    );
  return row ?? null;
}

export async function previewInvite(deps: ServiceDeps, token: string) {
  const found = await findUsableInviteUnsafe(deps.db, token);
  if (!found) throw notFound(INVITE_INVALID);
  return {
    orgName: found.orgName,
    orgNumber: formatOrgNumber(found.orgNumber),
    email: found.invite.email,
    role: found.invite.role,
    expiresAt: found.invite.expiresAt.toISOString(),
  };
}

async function acceptFound(
  tx: Queryable,
  found: NonNullable<Awaited<ReturnType<typeof findUsableInviteUnsafe>>>,
  userId: string,
) {
  const [used] = await tx
    .update(invites)
    .set({ acceptedAt: new Date(), acceptedBy: userId })
    .where(and(eq(invites.id, found.invite.id), isNull(invites.acceptedAt)))
    .returning({ id: invites.id });
  // Two tabs accepting at once: only the first update wins.
  if (!used) throw conflict(INVITE_INVALID);
  await addMember(tx, found.invite.orgId, userId, found.invite.role);
  await writeAudit(tx, {
    actorUserId: userId,
    orgId: found.invite.orgId,
    action: 'invite.accepted',
    targetType: 'invite',
    targetId: found.invite.id,
  });
}

export async function acceptInvite(deps: ServiceDeps, actor: Actor, userEmail: string, token: string) {
  return deps.db.transaction(async (tx) => {
    const found = await findUsableInviteUnsafe(tx, token);
    if (!found) throw notFound(INVITE_INVALID);
    if (found.invite.email !== normalizeEmail(userEmail)) {
      throw unprocessable(
        `Inbjudan gäller ${found.invite.email}. Logga in med den adressen för att gå med.`,
        {
          token: 'Inbjudan gäller en annan e-postadress',
        },
      );
    }
    await acceptFound(tx, found, actor.userId);
    return { orgId: found.invite.orgId };
  });
}

/** At sign-up: accepts the invite when it was sent to the address signing up; false otherwise. */
export async function acceptInviteOnSignup(
  tx: Queryable,
  token: string,
  user: { id: string; email: string },
): Promise<boolean> {
  const found = await findUsableInviteUnsafe(tx, token);
  if (!found || found.invite.email !== user.email) return false;
  await acceptFound(tx, found, user.id);
  return true;
}
