import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq } from 'drizzle-orm';
import { groupApplications, groupMembers, users } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound } from '../../platform/errors';
import { renderMail } from '../../platform/mail/layout';
import { enqueueMail } from '../../platform/mail/outbox';
import { fetchPage } from '../../platform/pagination';
import type { Actor } from '../../platform/policy';
import { groupApplicationDecidedMail } from './mails';
import { listApplications } from './queries';
import { getGroup, groupFor, requireActive } from './service';

const APPLICATION_NOT_FOUND = 'Ansökan hittades inte';

type ApplicationRow = Awaited<ReturnType<typeof listApplications>>[number];

const presentApplication = ({ application, name, email }: ApplicationRow) => ({
  id: application.id,
  user: { id: application.userId, name, email },
  message: application.message,
  state: application.state,
  createdAt: application.createdAt.toISOString(),
});

/** GRP-2: anyone signed in applies to an open group; one waiting application at a time. */
export async function applyToGroup(deps: ServiceDeps, actor: Actor, groupId: string, message: string) {
  const view = await groupFor(deps, actor, groupId, 'apply');
  if (view.seatRole) throw conflict('Du är redan medlem i gruppen');
  await deps.db.transaction(async (tx) => {
    const [application] = await tx
      .insert(groupApplications)
      .values({ groupId, userId: actor.userId, message })
      .onConflictDoNothing()
      .returning({ id: groupApplications.id });
    if (!application) throw conflict('Du har redan ansökt. Gruppens administratörer svarar så snart de kan.');
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.applied',
      targetType: 'group',
      targetId: groupId,
    });
  });
  return getGroup(deps, actor, groupId);
}

export async function listGroupApplications(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  query: PageQuery,
) {
  await groupFor(deps, actor, groupId, 'administer');
  return fetchPage(
    query,
    (page) => listApplications(deps.db, groupId, page),
    (row) => row.application.id,
    presentApplication,
  );
}

export async function decideApplication(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  applicationId: string,
  decision: 'approve' | 'deny',
) {
  const view = await groupFor(deps, actor, groupId, 'administer');
  requireActive(view);
  return deps.db.transaction(async (tx) => {
    const [decided] = await tx
      .update(groupApplications)
      .set({
        state: decision === 'approve' ? 'approved' : 'denied',
        decidedBy: actor.userId,
        decidedAt: new Date(),
      })
      .where(
        and(
          eq(groupApplications.id, applicationId),
          eq(groupApplications.groupId, groupId),
          eq(groupApplications.state, 'pending'),
        ),
      )
      .returning();
    if (!decided) {
      const [existing] = await tx
        .select({ id: groupApplications.id })
        .from(groupApplications)
        .where(and(eq(groupApplications.id, applicationId), eq(groupApplications.groupId, groupId)));
      if (!existing) throw notFound(APPLICATION_NOT_FOUND);
      throw conflict('Ansökan är redan besvarad');
    }
    if (decision === 'approve') {
      await tx.insert(groupMembers).values({ groupId, userId: decided.userId }).onConflictDoNothing();
    }
    const [applicant] = await tx
      .select({ name: users.name, email: users.email, language: users.language })
      .from(users)
      .where(eq(users.id, decided.userId));
    if (applicant) {
      const mail = groupApplicationDecidedMail(
        applicant.language,
        view.group.name,
        decision === 'approve',
        `${deps.config.publicUrl}/groups/${groupId}`,
      );
      await enqueueMail(deps.jobs, tx, { to: applicant.email, ...renderMail(mail) });
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: decision === 'approve' ? 'group.application_approved' : 'group.application_denied',
      targetType: 'group',
      targetId: groupId,
      details: { userId: decided.userId },
    });
    return presentApplication({
      application: decided,
      name: applicant?.name ?? '',
      email: applicant?.email ?? '',
    });
  });
}
