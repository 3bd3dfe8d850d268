import type { MembershipRole } from '@vaksam/domain/accounts';
import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq } from 'drizzle-orm';
import { joinRequests, users } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { renderMail } from '../../platform/mail/layout';
import { enqueueMail } from '../../platform/mail/outbox';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce, isOrgMember } from '../../platform/policy';
import { joinRequestDecidedMail, joinRequestReceivedMail } from './mails';
import { addMember } from './members-service';
import { orgPolicy } from './policy';
import {
  findJoinRequest,
  findOrgByNumber,
  listJoinRequestsOfUser,
  listManagers,
  presentJoinRequest,
  listJoinRequests as queryJoinRequests,
} from './queries';
import { requireOrgNumber } from './service';

const REQUEST_NOT_FOUND = 'Förfrågan hittades inte';

export async function requestToJoin(
  deps: ServiceDeps,
  actor: Actor,
  input: { orgNumber: string; message?: string | undefined },
) {
  const orgNumber = requireOrgNumber(input.orgNumber);
  return deps.db.transaction(async (tx) => {
    const org = await findOrgByNumber(tx, orgNumber);
    if (!org) {
      throw notFound('Det finns ingen organisation med det numret i Vaksam. Du kan registrera den.');
    }
    if (isOrgMember(actor, org.id))
      throw conflict('Du är redan medlem i organisationen', { orgNumber: 'Redan medlem' });
    const [created] = await tx
      .insert(joinRequests)
      .values({ orgId: org.id, userId: actor.userId, message: input.message || null })
      .onConflictDoNothing()
      .returning({ id: joinRequests.id });
    if (!created)
      throw conflict('Du har redan en förfrågan som väntar på svar', { orgNumber: 'Förfrågan väntar redan' });
    const [requester] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    for (const manager of await listManagers(tx, { orgId: org.id })) {
      const mail = joinRequestReceivedMail(
        manager.language,
        org.name,
        requester?.name ?? '',
        `${deps.config.publicUrl}/o/${org.id}/settings/join-requests`,
      );
      await enqueueMail(deps.jobs, tx, { to: manager.email, ...renderMail(mail) });
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId: org.id,
      action: 'join_request.created',
      targetType: 'join_request',
      targetId: created.id,
    });
    const row = await findJoinRequest(tx, { orgId: org.id }, created.id);
    if (!row) throw new Error('join request vanished');
    return presentJoinRequest(row);
  });
}

export async function listMyJoinRequests(deps: ServiceDeps, actor: Actor, query: PageQuery) {
  return fetchPage(
    query,
    (page) => listJoinRequestsOfUser(deps.db, actor.userId, page),
    (row) => row.id,
    presentJoinRequest,
  );
}

export async function listJoinRequests(deps: ServiceDeps, actor: Actor, orgId: string, query: PageQuery) {
  enforce(orgPolicy.decideJoinRequests(actor, orgId), 'Organisationen hittades inte');
  return fetchPage(
    query,
    (page) => queryJoinRequests(deps.db, { orgId }, page),
    (row) => row.id,
    presentJoinRequest,
  );
}

export async function decideJoinRequest(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  requestId: string,
  decision: { decision: 'approve' | 'deny'; role?: MembershipRole | undefined },
) {
  enforce(orgPolicy.decideJoinRequests(actor, orgId), REQUEST_NOT_FOUND);
  return deps.db.transaction(async (tx) => {
    const request = await findJoinRequest(tx, { orgId }, requestId);
    if (!request) throw notFound(REQUEST_NOT_FOUND);
    if (request.status !== 'pending') throw conflict('Förfrågan är redan besvarad');
    const approved = decision.decision === 'approve';
    await tx
      .update(joinRequests)
      .set({ status: approved ? 'approved' : 'denied', decidedBy: actor.userId, decidedAt: new Date() })
      .where(and(eq(joinRequests.orgId, orgId), eq(joinRequests.id, requestId)));
    if (approved) await addMember(tx, orgId, request.userId, decision.role ?? 'reporter');
    const [requester] = await tx
      .select({ language: users.language })
      .from(users)
      .where(eq(users.id, request.userId));
    const mail = joinRequestDecidedMail(
      requester?.language ?? 'sv',
      request.orgName,
      approved,
      deps.config.publicUrl,
    );
    await enqueueMail(deps.jobs, tx, { to: request.userEmail, ...renderMail(mail) });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: approved ? 'join_request.approved' : 'join_request.denied',
      targetType: 'join_request',
      targetId: requestId,
      details: approved ? { role: decision.role ?? 'reporter' } : {},
    });
    const updated = await findJoinRequest(tx, { orgId }, requestId);
    if (!updated) throw new Error('join request vanished');
    return presentJoinRequest(updated);
  });
}
