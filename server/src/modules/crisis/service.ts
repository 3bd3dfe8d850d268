import type {
  CrisisProfile,
  CrisisProfileInput,
  CrisisProfileReadReason,
} from '@vaksam/domain/crisis-profile';
import { crisisProfileInputSchema } from '@vaksam/domain/crisis-profile';
import { and, desc, eq, sql } from 'drizzle-orm';
import { auditLog, crisisProfiles, groups, users } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { type Actor, enforce } from '../../platform/policy';
import { groupPolicy } from '../groups/policy';
import { accessOf } from '../groups/presenters';
import { findGroupMember, findGroupSeat } from '../groups/queries';
import { contentOf, isEmpty, loadProfile, sealProfile } from './profiles';

type Deps = Pick<AppDeps, 'db' | 'keyring'>;

export const READ_ACTION = 'crisis_profile.read';
const READS_SHOWN = 200;

/** My own crisis profile; reading it is not logged, it is mine. */
export function getOwnProfile(deps: Deps, actor: Actor): Promise<CrisisProfile> {
  return loadProfile(deps.db, deps.keyring, actor.userId);
}

/** Replaces my crisis profile; saving it with nothing in it removes it. */
export async function saveOwnProfile(
  deps: Deps,
  actor: Actor,
  input: CrisisProfileInput,
): Promise<CrisisProfile> {
  const content = contentOf(crisisProfileInputSchema.parse(input));
  await deps.db.transaction(async (tx) => {
    if (isEmpty(content)) {
      await tx.delete(crisisProfiles).where(eq(crisisProfiles.userId, actor.userId));
    } else {
      const { sealed, keyId } = sealProfile(deps.keyring, actor.userId, content);
      await tx
        .insert(crisisProfiles)
        .values({ userId: actor.userId, sealed, keyId })
        .onConflictDoUpdate({ target: crisisProfiles.userId, set: { sealed, keyId, updatedAt: sql`now()` } });
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: isEmpty(content) ? 'crisis_profile.delete' : 'crisis_profile.update',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
  return loadProfile(deps.db, deps.keyring, actor.userId);
}

export async function deleteOwnProfile(deps: Deps, actor: Actor): Promise<void> {
  await saveOwnProfile(deps, actor, {});
}

/**
 * ACC-5: a crisis admin of a group opens the crisis profile of one of its members, saying why. Anyone else —
 * the member's other admins, platform staff, a crisis admin of another group — finds nothing (404), so the
 * route tells no one whether the person or a profile exists. The read is logged before the profile leaves.
 */
export async function readMemberProfile(
  deps: Deps,
  actor: Actor,
  groupId: string,
  subjectId: string,
  reason: CrisisProfileReadReason,
) {
  return deps.db.transaction(async (tx) => {
    const view = await findGroupSeat(tx, actor.userId, groupId);
    if (!view) throw notFound();
    const member = await findGroupMember(tx, groupId, subjectId);
    enforce(groupPolicy.readCrisisProfile(accessOf(view), member !== null));
    const [subject] = await tx
      .select({ id: users.id, name: users.name, email: users.email, phone: users.phone })
      .from(users)
      .where(eq(users.id, subjectId));
    if (!subject) throw notFound();
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: READ_ACTION,
      targetType: 'user',
      targetId: subjectId,
      details: { groupId, reason },
    });
    return { user: subject, profile: await loadProfile(tx, deps.keyring, subjectId) };
  });
}

/** "Who has looked at my crisis data": every logged read of my profile, newest first. */
export async function listReadsOfMe(deps: Deps, actor: Actor) {
  const rows = await deps.db
    .select({
      at: auditLog.at,
      readerId: users.id,
      readerName: users.name,
      groupId: groups.id,
      groupName: groups.name,
      reason: sql<CrisisProfileReadReason>`${auditLog.details}->>'reason'`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(groups, sql`${groups.id}::text = ${auditLog.details}->>'groupId'`)
    .where(
      and(
        eq(auditLog.targetType, 'user'),
        eq(auditLog.targetId, actor.userId),
        eq(auditLog.action, READ_ACTION),
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(READS_SHOWN);
  return {
    items: rows.map((row) => ({
      at: row.at.toISOString(),
      reader: row.readerId ? { id: row.readerId, name: row.readerName ?? '' } : null,
      group: row.groupId ? { id: row.groupId, name: row.groupName ?? '' } : null,
      reason: row.reason,
    })),
  };
}
