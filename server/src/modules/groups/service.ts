import type { createGroupRequestSchema, updateGroupRequestSchema } from '@vaksam/domain/groups';
import type { PageQuery } from '@vaksam/domain/pagination';
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { groupMembers, groups } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { groupPolicy } from './policy';
import { fanOutGroupPost, GROUP_POST_JOB } from './post-notices';
import { accessOf, presentGroup } from './presenters';
import {
  creatorRightGranted,
  findGroupFor,
  findGroupSeat,
  type GroupSeatRow,
  listMyGroups,
  searchOpenGroups,
} from './queries';

export const GROUP_NOT_FOUND = 'Gruppen hittades inte';
export const ARCHIVE_EVENT_GROUP_JOB = 'groups.archive-event';

type CreateInput = z.output<typeof createGroupRequestSchema>;
type UpdateInput = z.output<typeof updateGroupRequestSchema>;

const stockholmToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * The moment after an event's last day. Midnight at UTC+1 is midnight in Swedish winter and one in the
 * morning in summer: never before the day is over.
 */
export function archiveTimeOf(endsOn: string): Date {
  return new Date(new Date(`${endsOn}T00:00:00+01:00`).getTime() + 86_400_000);
}

function checkEndDate(endsOn: string | null | undefined) {
  if (endsOn && endsOn < stockholmToday()) throw invalid({ endsOn: 'Slutdatumet har redan passerat' });
  if (endsOn && Number.isNaN(new Date(endsOn).getTime())) throw invalid({ endsOn: 'Ogiltigt datum' });
}

/** Loads a group as the reader sees it and applies one of the policy's questions. */
export async function groupFor(
  deps: ServiceDeps,
  actor: Actor,
  groupId: string,
  question: keyof Pick<typeof groupPolicy, 'viewProfile' | 'readContent' | 'administer' | 'apply'>,
): Promise<GroupSeatRow> {
  const view = await findGroupSeat(deps.db, actor.userId, groupId);
  if (!view) throw notFound(GROUP_NOT_FOUND);
  enforce(groupPolicy[question](accessOf(view)), GROUP_NOT_FOUND);
  return view;
}

/** Changes to an archived group are refused: it is kept to be read. */
export function requireActive(view: GroupSeatRow) {
  if (view.group.archivedAt) throw conflict('Gruppen är arkiverad och kan inte ändras');
}

export async function createGroup(deps: ServiceDeps, actor: Actor, input: CreateInput) {
  enforce(groupPolicy.create(actor, await creatorRightGranted(deps.db, actor.userId)));
  checkEndDate(input.endsOn);
  const groupId = await deps.db.transaction(async (tx) => {
    const [group] = await tx
      .insert(groups)
      .values({
        name: input.name,
        kind: input.kind,
        description: input.description,
        kommunCode: input.kommunCode,
        area: input.area,
        openForApplications: input.openForApplications,
        endsOn: input.endsOn,
        ...input.settings,
        createdBy: actor.userId,
      })
      .returning({ id: groups.id, endsOn: groups.endsOn });
    if (!group) throw new Error('insert returned no row');
    await tx.insert(groupMembers).values({ groupId: group.id, userId: actor.userId, role: 'admin' });
    if (group.endsOn) {
      await deps.jobs.send(
        tx,
        ARCHIVE_EVENT_GROUP_JOB,
        { groupId: group.id },
        { startAfter: archiveTimeOf(group.endsOn) },
      );
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.created',
      targetType: 'group',
      targetId: group.id,
      details: { kind: input.kind },
    });
    return group.id;
  });
  return getGroup(deps, actor, groupId);
}

export async function getGroup(deps: ServiceDeps, actor: Actor, groupId: string) {
  await groupFor(deps, actor, groupId, 'viewProfile');
  const view = await findGroupFor(deps.db, actor.userId, groupId);
  if (!view) throw notFound(GROUP_NOT_FOUND);
  return presentGroup(view);
}

export function searchGroups(
  deps: ServiceDeps,
  actor: Actor,
  query: PageQuery & { q?: string; kommun?: string },
) {
  return fetchPage(
    query,
    (page) => searchOpenGroups(deps.db, actor.userId, query, page),
    (row) => row.group.id,
    presentGroup,
  );
}

export function myGroups(deps: ServiceDeps, actor: Actor, query: PageQuery) {
  return fetchPage(
    query,
    (page) => listMyGroups(deps.db, actor.userId, page),
    (row) => row.group.id,
    presentGroup,
  );
}

export async function updateGroup(deps: ServiceDeps, actor: Actor, groupId: string, input: UpdateInput) {
  const view = await groupFor(deps, actor, groupId, 'administer');
  requireActive(view);
  const kind = input.kind ?? view.group.kind;
  const endsOn = input.endsOn !== undefined ? input.endsOn : view.group.endsOn;
  if (kind === 'event' && !endsOn) throw invalid({ endsOn: 'Ange när evenemanget slutar' });
  if (kind !== 'event' && endsOn) throw invalid({ endsOn: 'Bara evenemang har ett slutdatum' });
  if (input.endsOn !== undefined) checkEndDate(input.endsOn);
  const { settings, ...fields } = input;
  await deps.db.transaction(async (tx) => {
    await tx
      .update(groups)
      .set({ ...fields, ...settings, endsOn, updatedAt: new Date() })
      .where(eq(groups.id, groupId));
    if (endsOn && endsOn !== view.group.endsOn) {
      await deps.jobs.send(tx, ARCHIVE_EVENT_GROUP_JOB, { groupId }, { startAfter: archiveTimeOf(endsOn) });
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'group.updated',
      targetType: 'group',
      targetId: groupId,
      details: { fields: Object.keys({ ...fields, ...settings }) },
    });
  });
  return getGroup(deps, actor, groupId);
}

/** GRP-1: an event group is archived once its last day is over; a moved end date leaves it as it is. */
export async function archiveEndedEventGroup(
  deps: Pick<ServiceDeps, 'db'>,
  groupId: string,
  now = new Date(),
) {
  const today = now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  await deps.db
    .update(groups)
    .set({ archivedAt: now })
    .where(
      and(
        eq(groups.id, groupId),
        eq(groups.kind, 'event'),
        isNull(groups.archivedAt),
        lt(groups.endsOn, today),
      ),
    );
}

export function defineGroupJobs(deps: ServiceDeps): void {
  deps.jobs.define<{ groupId: string }>(ARCHIVE_EVENT_GROUP_JOB, ({ groupId }) =>
    archiveEndedEventGroup(deps, groupId),
  );
  deps.jobs.define<{ postId: string }>(GROUP_POST_JOB, async ({ postId }) => {
    await deps.db.transaction((tx) => fanOutGroupPost(tx, deps.jobs, postId));
  });
}
