import type { PageQuery } from '@vaksam/domain/pagination';
import { sniDivisions, sniSections } from '@vaksam/domain/taxonomy/sni';
import {
  isUntargeted,
  type Warning,
  type WarningInput,
  type WarningPreview,
  type WarningTargeting,
  type WarningUpdate,
} from '@vaksam/domain/warnings';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../db/client';
import { warningRecipients, warnings } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, HttpError, invalid, notFound } from '../../platform/errors';
import { fetchPage, readPage, toPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { groupFor, requireActive } from '../groups/service';
import { DELIVER_WARNING_JOB } from './deliver';
import { warningPolicy } from './policy';
import { presentFeedWarning, presentWarning } from './presenters';
import {
  countUnreadWarnings,
  findFeedItem,
  findWarning,
  listAuthored,
  listFeed,
  previewCounts,
  statsOf,
  type WarningRow,
} from './queries';

const NOT_FOUND = 'Varningen hittades inte';
/** Untargeted platform warnings would reach everyone: relevance over reach (WARN-2). */
const UNTARGETED = 'Avgränsa varningen: välj bransch, region, område på kartan eller organisationer';

/** The analysts' scope (no group) or a group its admin writes for; anyone else is told it does not exist. */
async function authorScope(deps: ServiceDeps, actor: Actor, groupId: string | null) {
  if (!groupId) {
    enforce(warningPolicy.authorPlatform(actor), NOT_FOUND);
    return;
  }
  requireActive(await groupFor(deps, actor, groupId, 'administer'));
}

/** A warning the actor may edit: its scope's author, or 404. */
async function authored(deps: ServiceDeps, actor: Actor, id: string): Promise<WarningRow> {
  const row = await findWarning(deps.db, id);
  if (!row) throw notFound(NOT_FOUND);
  try {
    await authorScope(deps, actor, row.groupId);
  } catch (error) {
    // Recipients and strangers alike learn nothing of a warning's authoring side.
    if (error instanceof HttpError && error.statusCode === 403) throw notFound(NOT_FOUND);
    throw error;
  }
  return row;
}

function checkPeriod(input: { validFrom?: string | undefined; validUntil: string | null }) {
  const from = input.validFrom ? new Date(input.validFrom) : new Date();
  if (input.validUntil && new Date(input.validUntil).getTime() <= from.getTime()) {
    throw invalid({ validUntil: 'Slutet ska ligga efter början' });
  }
  return { validFrom: from, validUntil: input.validUntil ? new Date(input.validUntil) : null };
}

async function present(deps: ServiceDeps, row: WarningRow): Promise<Warning> {
  return presentWarning(row, (await statsOf(deps.db, [row.id])).get(row.id));
}

export async function createWarning(deps: ServiceDeps, actor: Actor, input: WarningInput): Promise<Warning> {
  await authorScope(deps, actor, input.groupId);
  const period = checkPeriod(input);
  const id = uuidv7();
  await deps.db.transaction(async (tx) => {
    await tx.insert(warnings).values({
      id,
      groupId: input.groupId,
      title: input.title,
      body: input.body,
      actions: input.actions,
      severity: input.severity,
      source: input.source,
      ...period,
      targeting: input.targeting,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    await audit(tx, actor, id, 'warning.created', { title: input.title });
  });
  const row = await findWarning(deps.db, id);
  if (!row) throw notFound(NOT_FOUND);
  return present(deps, row);
}

const audit = (tx: Queryable, actor: Actor, id: string, action: string, details: Record<string, unknown>) =>
  writeAudit(tx, { actorUserId: actor.userId, action, targetType: 'warning', targetId: id, details });

/**
 * Changes the text, the period or the targeting. A published warning's new targeting reaches those it now
 * matches and had not reached; those it no longer matches keep what they were sent.
 */
export async function updateWarning(deps: ServiceDeps, actor: Actor, id: string, input: WarningUpdate) {
  const current = await authored(deps, actor, id);
  if (current.state === 'withdrawn') throw conflict('Varningen är återkallad och kan inte ändras');
  const period = checkPeriod(input);
  if (current.state === 'published' && !current.groupId && isUntargeted(input.targeting)) {
    throw invalid({ targeting: UNTARGETED });
  }
  await deps.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ updatedAt: warnings.updatedAt })
      .from(warnings)
      .where(eq(warnings.id, id))
      .for('update');
    // Compared in milliseconds, as the author read it: PostgreSQL keeps microseconds.
    if (!locked || locked.updatedAt.getTime() !== new Date(input.updatedAt).getTime()) {
      throw conflict('Varningen har ändrats sedan du öppnade den; ladda om och gör ändringen igen', {
        updatedAt: 'Varningen har ändrats av någon annan',
      });
    }
    await tx
      .update(warnings)
      .set({
        title: input.title,
        body: input.body,
        actions: input.actions,
        severity: input.severity,
        source: input.source,
        ...period,
        targeting: input.targeting,
        updatedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(eq(warnings.id, id));
    await audit(tx, actor, id, 'warning.updated', { title: input.title });
    if (current.state === 'published') await scheduleDelivery(deps, tx, id, period.validFrom);
  });
  return present(deps, (await findWarning(deps.db, id)) as WarningRow);
}

/** Delivery starts when the warning comes into force; now, for one already in force. */
function scheduleDelivery(deps: ServiceDeps, tx: Queryable, id: string, validFrom: Date) {
  const startAfter = validFrom.getTime() > Date.now() ? { startAfter: validFrom } : {};
  return deps.jobs.send(tx, DELIVER_WARNING_JOB, { warningId: id }, startAfter);
}

export async function publishWarning(deps: ServiceDeps, actor: Actor, id: string): Promise<Warning> {
  const current = await authored(deps, actor, id);
  if (current.state !== 'draft') throw conflict('Varningen är redan publicerad eller återkallad');
  if (!current.groupId && isUntargeted(current.targeting)) throw invalid({ targeting: UNTARGETED });
  if (current.validUntil && current.validUntil.getTime() <= Date.now()) {
    throw invalid({ validUntil: 'Varningen har redan slutat gälla' });
  }
  await deps.db.transaction(async (tx) => {
    await tx
      .update(warnings)
      .set({ state: 'published', publishedAt: new Date(), updatedBy: actor.userId, updatedAt: new Date() })
      .where(eq(warnings.id, id));
    await audit(tx, actor, id, 'warning.published', { title: current.title });
    await scheduleDelivery(deps, tx, id, current.validFrom);
  });
  return present(deps, (await findWarning(deps.db, id)) as WarningRow);
}

/** Takes a warning out of every feed; what was sent stays sent. */
export async function withdrawWarning(deps: ServiceDeps, actor: Actor, id: string): Promise<Warning> {
  const current = await authored(deps, actor, id);
  if (current.state === 'withdrawn') throw conflict('Varningen är redan återkallad');
  await deps.db.transaction(async (tx) => {
    await tx
      .update(warnings)
      .set({ state: 'withdrawn', withdrawnAt: new Date(), updatedBy: actor.userId, updatedAt: new Date() })
      .where(eq(warnings.id, id));
    await audit(tx, actor, id, 'warning.withdrawn', { title: current.title });
  });
  return present(deps, (await findWarning(deps.db, id)) as WarningRow);
}

export async function getAuthoredWarning(deps: ServiceDeps, actor: Actor, id: string): Promise<Warning> {
  return present(deps, await authored(deps, actor, id));
}

export async function listAuthoredWarnings(
  deps: ServiceDeps,
  actor: Actor,
  query: PageQuery & {
    state?: 'draft' | 'published' | 'withdrawn' | undefined;
    groupId?: string | undefined;
  },
) {
  await authorScope(deps, actor, query.groupId ?? null);
  const page = readPage(query);
  const rows = await listAuthored(deps.db, { groupId: query.groupId ?? null, state: query.state }, page);
  const result = toPage(rows, page.limit, (row) => row.id);
  const stats = await statsOf(
    deps.db,
    result.items.map((row) => row.id),
  );
  return {
    items: result.items.map((row) => presentWarning(row, stats.get(row.id))),
    nextCursor: result.nextCursor,
  };
}

const sectionOfDivision = new Map(sniDivisions.map((division) => [division.code, division.section]));

/** WARN-1: how many people a targeting reaches, by industry section and by län, before anything is sent. */
export async function previewWarning(
  deps: ServiceDeps,
  actor: Actor,
  input: { groupId: string | null; targeting: WarningTargeting },
): Promise<WarningPreview> {
  await authorScope(deps, actor, input.groupId);
  const untargeted = isUntargeted(input.targeting);
  if (untargeted && !input.groupId) throw invalid({ targeting: UNTARGETED });
  const counts = await previewCounts(deps.db, input.targeting, input.groupId, untargeted);
  const bySection = new Map<string, number>();
  for (const row of counts.byDivision) {
    const section = (row.division && sectionOfDivision.get(row.division)) ?? '';
    bySection.set(section, (bySection.get(section) ?? 0) + row.recipients);
  }
  const order = new Map(sniSections.map((section, index) => [section.letter, index]));
  return {
    recipients: counts.totals.recipients,
    units: counts.totals.units,
    byIndustry: [...bySection]
      .map(([section, recipients]) => ({ section, recipients }))
      .sort((a, b) => (order.get(a.section) ?? 99) - (order.get(b.section) ?? 99)),
    byCounty: counts.byCounty.map((row) => ({ countyCode: row.county_code, recipients: row.recipients })),
  };
}

export function listMyWarnings(
  deps: ServiceDeps,
  actor: Actor,
  query: PageQuery & { unread?: 'true' | 'false' | undefined },
) {
  return fetchPage(
    query,
    (page) => listFeed(deps.db, actor.userId, { unreadOnly: query.unread === 'true' }, page),
    (row) => row.id,
    presentFeedWarning,
  );
}

/** Opening a warning marks it read; a warning not in this person's feed does not exist for them. */
export async function openMyWarning(deps: ServiceDeps, actor: Actor, id: string) {
  const row = await findFeedItem(deps.db, actor.userId, id);
  if (!row) throw notFound(NOT_FOUND);
  if (!row.openedAt) {
    const openedAt = new Date();
    await deps.db
      .update(warningRecipients)
      .set({ openedAt })
      .where(and(eq(warningRecipients.warningId, id), eq(warningRecipients.userId, actor.userId)));
    return presentFeedWarning({ ...row, openedAt });
  }
  return presentFeedWarning(row);
}

export async function giveFeedback(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  feedback: 'useful' | 'not_useful',
) {
  const row = await findFeedItem(deps.db, actor.userId, id);
  if (!row) throw notFound(NOT_FOUND);
  const now = new Date();
  await deps.db
    .update(warningRecipients)
    .set({ feedback, feedbackAt: now, openedAt: row.openedAt ?? now })
    .where(and(eq(warningRecipients.warningId, id), eq(warningRecipients.userId, actor.userId)));
  return presentFeedWarning({ ...row, feedback, openedAt: row.openedAt ?? now });
}

export async function unreadWarnings(deps: ServiceDeps, actor: Actor) {
  return { count: await countUnreadWarnings(deps.db, actor.userId) };
}
