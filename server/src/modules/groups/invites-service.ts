import { GROUP_INVITE_TTL_DAYS } from '@vaksam/domain/groups';
import type { PageQuery } from '@vaksam/domain/pagination';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { groupInvites, groupMembers, groups, users } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/errors';
import { inviteStatus } from '../../platform/invite-status';
import { renderMail } from '../../platform/mail/layout';
import { enqueueMail } from '../../platform/mail/outbox';
import { fetchPage } from '../../platform/pagination';
import type { Actor } from '../../platform/policy';
import { randomToken, sha256 } from '../../platform/tokens';
import { normalizeEmail } from '../accounts/queries';
import { groupInviteMail } from './mails';
import { groupFor, requireActive } from './service';

const INVITE_INVALID = 'Inbjudan är ogiltig, redan använd eller har gått ut';

type InviteRow = typeof groupInvites.$inferSelect;

const presentInvite = (invite: InviteRow) => ({
  id: invite.id,
  email: invite.email,
  status: inviteStatus(invite),
  expiresAt: invite.expiresAt.toISOString(),
  createdAt: invite.createdAt.toISOString(),
});

/** GRP-2: an admin invites by e-mail; the link lets the person with that address join. */
export async function inviteToGroup(deps: ServiceDeps, actor: Actor, groupId: string, emailInput: string) {
  const view = await groupFor(deps, actor, groupId, 'administer');
  requireActive(view);
  const email = normalizeEmail(emailInput);
  return deps.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ bannedAt: groupMembers.bannedAt })
      .from(users)
      .innerJoin(groupMembers, and(eq(groupMembers.userId, users.id), eq(groupMembers.groupId, groupId)))
      .where(eq(users.email, email));
    if (existing) {
      throw conflict(
        existing.bannedAt ? 'Personen är avstängd från gruppen' : 'Personen är redan medlem i gruppen',
        { email: existing.bannedAt ? 'Avstängd' : 'Redan medlem' },
      );
    }
    const token = randomToken();
    const [invite] = await tx
      .insert(groupInvites)
      .values({
        groupId,
        email,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + GROUP_INVITE_TTL_DAYS * 86_400_000),
        createdBy: actor.userId,
      })
      .returning();
    if (!invite) throw new Error('insert returned no row');
    const [inviter] = await tx
      .select({ name: users.name, language: users.language })
      .from(users)
      .where(eq(users.id, actor.userId));
    const mail = groupInviteMail(
      inviter?.language ?? 'sv',
      view.group.name,
      inviter?.name ?? view.group.name,
      `${deps.config.publicUrl}/group-invite/${token}`,
      GROUP_INVITE_TTL_DAYS,
    );
    await enqueueMail(deps.jobs, tx, { to: email, ...renderMail(mail) });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.invite_created',
      targetType: 'group',
      targetId: groupId,
      details: { inviteId: invite.id },
    });
    return presentInvite(invite);
  });
}

export async function listGroupInvites(deps: ServiceDeps, actor: Actor, groupId: string, query: PageQuery) {
  await groupFor(deps, actor, groupId, 'administer');
  return fetchPage(
    query,
    (page) =>
      deps.db
        .select()
        .from(groupInvites)
        .where(
          and(
            eq(groupInvites.groupId, groupId),
            page.afterId ? gt(groupInvites.id, page.afterId) : undefined,
          ),
        )
        .orderBy(asc(groupInvites.id))
        .limit(page.limit + 1),
    (row) => row.id,
    presentInvite,
  );
}

export async function revokeGroupInvite(deps: ServiceDeps, actor: Actor, groupId: string, inviteId: string) {
  await groupFor(deps, actor, groupId, 'administer');
  await deps.db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(groupInvites)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(groupInvites.groupId, groupId),
          eq(groupInvites.id, inviteId),
          isNull(groupInvites.acceptedAt),
          isNull(groupInvites.revokedAt),
        ),
      )
      .returning({ id: groupInvites.id });
    if (!revoked) {
      const [existing] = await tx
        .select({ id: groupInvites.id })
        .from(groupInvites)
        .where(and(eq(groupInvites.groupId, groupId), eq(groupInvites.id, inviteId)));
      if (!existing) throw notFound('Inbjudan hittades inte');
      throw conflict('Inbjudan är redan använd eller återkallad');
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.invite_revoked',
      targetType: 'group',
      targetId: groupId,
      details: { inviteId },
    });
  });
  return { ok: true as const };
}

/** Unused, unrevoked and unexpired, in a group that is not archived; the token is the only key. */
async function findUsableInviteUnsafe(db: Queryable, token: string) {
  const [row] = await db
    .select({ invite: groupInvites, groupName: groups.name, groupKind: groups.kind })
    .from(groupInvites)
    .innerJoin(groups, eq(groups.id, groupInvites.groupId))
    .where(
      and(
        eq(groupInvites.tokenHash, sha256(token)),
        isNull(groupInvites.acceptedAt),
        isNull(groupInvites.revokedAt),
        gt(groupInvites.expiresAt, new Date()),
        isNull(groups.archivedAt),
      ),
    );
  return row ?? null;
}

export async function previewGroupInvite(deps: ServiceDeps, token: string) {
  const found = await findUsableInviteUnsafe(deps.db, token);
  if (!found) throw notFound(INVITE_INVALID);
  return {
    groupName: found.groupName,
    groupKind: found.groupKind,
    email: found.invite.email,
    expiresAt: found.invite.expiresAt.toISOString(),
  };
}

export async function acceptGroupInvite(deps: ServiceDeps, actor: Actor, userEmail: string, token: string) {
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
    const [seat] = await tx
      .select({ bannedAt: groupMembers.bannedAt })
      .from(groupMembers)
      .where(and(eq(groupMembers.groupId, found.invite.groupId), eq(groupMembers.userId, actor.userId)));
    if (seat?.bannedAt) throw forbidden('Du är avstängd från gruppen');
    const [used] = await tx
      .update(groupInvites)
      .set({ acceptedAt: new Date(), acceptedBy: actor.userId })
      .where(and(eq(groupInvites.id, found.invite.id), isNull(groupInvites.acceptedAt)))
      .returning({ id: groupInvites.id });
    // Two tabs accepting at once: only the first update wins.
    if (!used) throw conflict(INVITE_INVALID);
    await tx
      .insert(groupMembers)
      .values({ groupId: found.invite.groupId, userId: actor.userId })
      .onConflictDoNothing();
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.invite_accepted',
      targetType: 'group',
      targetId: found.invite.groupId,
      details: { inviteId: found.invite.id },
    });
    return { groupId: found.invite.groupId };
  });
}
