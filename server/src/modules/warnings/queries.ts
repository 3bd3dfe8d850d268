import type { WarningTargeting } from '@vaksam/domain/warnings';
import { and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { groups, warningRecipients, warnings } from '../../db/schema';
import { matchedPlaces, recipientsQuery } from './targeting';

export type WarningRow = typeof warnings.$inferSelect & { groupName: string | null };

const withGroup = { warning: warnings, groupName: groups.name };

function flatten(rows: { warning: typeof warnings.$inferSelect; groupName: string | null }[]): WarningRow[] {
  return rows.map((row) => ({ ...row.warning, groupName: row.groupName }));
}

export async function findWarning(db: Queryable, id: string): Promise<WarningRow | null> {
  const rows = await db
    .select(withGroup)
    .from(warnings)
    .leftJoin(groups, eq(groups.id, warnings.groupId))
    .where(eq(warnings.id, id));
  return flatten(rows)[0] ?? null;
}

/** The warnings one author's scope holds: the platform's, or one group's. Newest first. */
export async function listAuthored(
  db: Queryable,
  scope: { groupId: string | null; state?: string | undefined },
  page: { limit: number; afterId: string | null },
) {
  const rows = await db
    .select(withGroup)
    .from(warnings)
    .leftJoin(groups, eq(groups.id, warnings.groupId))
    .where(
      and(
        scope.groupId ? eq(warnings.groupId, scope.groupId) : isNull(warnings.groupId),
        scope.state ? eq(warnings.state, scope.state as 'draft') : undefined,
        page.afterId ? lt(warnings.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(warnings.id))
    .limit(page.limit + 1);
  return flatten(rows);
}

/** WARN-3: targeted, delivered (a push or mail reached them), opened, and the feedback, per warning. */
export async function statsOf(db: Queryable, warningIds: string[]) {
  const stats = new Map<
    string,
    { targeted: number; delivered: number; opened: number; useful: number; notUseful: number }
  >();
  if (warningIds.length === 0) return stats;
  const ids = sql`${`{${warningIds.join(',')}}`}::uuid[]`;
  type Row = {
    warning_id: string;
    targeted: number;
    opened: number;
    useful: number;
    not_useful: number;
    delivered: number;
  };
  const result = await db.execute(sql`
    select r.warning_id, count(*)::int as targeted, count(r.opened_at)::int as opened,
      count(*) filter (where r.feedback = 'useful')::int as useful,
      count(*) filter (where r.feedback = 'not_useful')::int as not_useful,
      (select count(distinct d.recipient_user_id)::int from notification_deliveries d
       where d.warning_id = r.warning_id and d.state in ('delivered', 'read')) as delivered
    from warning_recipients r where r.warning_id = any(${ids}) group by r.warning_id`);
  for (const row of (result as unknown as { rows: Row[] }).rows) {
    stats.set(row.warning_id, {
      targeted: row.targeted,
      delivered: row.delivered,
      opened: row.opened,
      useful: row.useful,
      notUseful: row.not_useful,
    });
  }
  return stats;
}

/** In force now: published, begun, not ended. */
const inForce = sql`${warnings.state} = 'published' and ${warnings.validFrom} <= now()
  and (${warnings.validUntil} is null or ${warnings.validUntil} > now())`;

/** WARN-3: the warnings in force that reached this person, newest first. */
export async function listFeed(
  db: Queryable,
  userId: string,
  options: { unreadOnly: boolean },
  page: { limit: number; afterId: string | null },
) {
  const rows = await db
    .select({
      ...withGroup,
      openedAt: warningRecipients.openedAt,
      feedback: warningRecipients.feedback,
    })
    .from(warningRecipients)
    .innerJoin(warnings, eq(warnings.id, warningRecipients.warningId))
    .leftJoin(groups, eq(groups.id, warnings.groupId))
    .where(
      and(
        eq(warningRecipients.userId, userId),
        inForce,
        options.unreadOnly ? isNull(warningRecipients.openedAt) : undefined,
        page.afterId ? lt(warnings.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(warnings.id))
    .limit(page.limit + 1);
  return rows.map((row) => ({
    ...row.warning,
    groupName: row.groupName,
    openedAt: row.openedAt,
    feedback: row.feedback,
  }));
}

export type FeedRow = Awaited<ReturnType<typeof listFeed>>[number];

export async function findFeedItem(
  db: Queryable,
  userId: string,
  warningId: string,
): Promise<FeedRow | null> {
  const rows = await db
    .select({ ...withGroup, openedAt: warningRecipients.openedAt, feedback: warningRecipients.feedback })
    .from(warningRecipients)
    .innerJoin(warnings, eq(warnings.id, warningRecipients.warningId))
    .leftJoin(groups, eq(groups.id, warnings.groupId))
    .where(and(eq(warningRecipients.userId, userId), eq(warningRecipients.warningId, warningId), inForce));
  const row = rows[0];
  return row
    ? { ...row.warning, groupName: row.groupName, openedAt: row.openedAt, feedback: row.feedback }
    : null;
}

export async function countUnreadWarnings(db: Queryable, userId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(warningRecipients)
    .innerJoin(warnings, eq(warnings.id, warningRecipients.warningId))
    .where(and(eq(warningRecipients.userId, userId), isNull(warningRecipients.openedAt), inForce));
  return row?.count ?? 0;
}

/** WARN-1's preview: how many people and units, by industry division and by län, before anything is sent. */
export async function previewCounts(
  db: Queryable,
  targeting: WarningTargeting,
  groupId: string | null,
  untargeted: boolean,
) {
  const rowsOf = async <T>(query: SQL) => (await db.execute(query)) as unknown as { rows: T[] };
  const recipients = sql`(${recipientsQuery(targeting, groupId, untargeted)})`;
  const [totals] = (
    await rowsOf<{ recipients: number; units: number }>(sql`
      select (select count(*)::int from ${recipients} r) as recipients,
        (select count(distinct unit_id)::int from (${matchedPlaces(targeting)}) p) as units`)
  ).rows;
  const inRecipients = sql`m.user_id in (select user_id from ${recipients} r)`;
  const byDivision = (
    await rowsOf<{ division: string | null; recipients: number }>(sql`
      select left(replace(o.sni_code, '.', ''), 2) as division, count(distinct m.user_id)::int as recipients
      from (${matchedPlaces(targeting)}) p join organisations o on o.id = p.org_id
      join memberships m on m.org_id = p.org_id
      where ${inRecipients}
      group by 1`)
  ).rows;
  const byCounty = (
    await rowsOf<{ county_code: string; recipients: number }>(sql`
      select left(u.municipality_code, 2) as county_code, count(distinct m.user_id)::int as recipients
      from (${matchedPlaces(targeting)}) p join units u on u.id = p.unit_id
      join memberships m on m.org_id = p.org_id
      where ${inRecipients}
      group by 1 order by 2 desc`)
  ).rows;
  return { totals: totals ?? { recipients: 0, units: 0 }, byDivision, byCounty };
}
