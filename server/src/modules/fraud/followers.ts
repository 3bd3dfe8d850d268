import type { Language } from '@vaksam/domain/common';
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import type { DeliveryContext } from '../../db/schema';
import { fraudListFollowers } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import type { Jobs } from '../../platform/jobs';
import type { Actor } from '../../platform/policy';
import { queueNewsDeliveries } from '../notifications/news-deliveries';
import { findEntry } from './queries';

export const FRAUD_ENTRY_PUBLISHED_JOB = 'fraud.entry-published';

export async function isFollowing(deps: ServiceDeps, actor: Actor) {
  const [row] = await deps.db
    .select({ userId: fraudListFollowers.userId })
    .from(fraudListFollowers)
    .where(eq(fraudListFollowers.userId, actor.userId));
  return { following: row !== undefined };
}

export async function setFollowing(deps: ServiceDeps, actor: Actor, following: boolean) {
  if (following) {
    await deps.db.insert(fraudListFollowers).values({ userId: actor.userId }).onConflictDoNothing();
  } else {
    await deps.db.delete(fraudListFollowers).where(eq(fraudListFollowers.userId, actor.userId));
  }
  return { following };
}

function entryNoticeText(entry: { id: string; companyName: string }, lang: Language): DeliveryContext {
  return {
    title:
      lang === 'en'
        ? `New on Varningslistan: ${entry.companyName}`
        : `Nytt på Varningslistan: ${entry.companyName}`,
    body:
      lang === 'en'
        ? 'A new sender of fraudulent invoices has been listed. Check it before you pay.'
        : 'En ny avsändare av bluffakturor har listats. Kontrollera innan ni betalar.',
    url: `/fraud-list/${entry.id}`,
    actionLabel: lang === 'en' ? 'See the entry' : 'Se posten',
  };
}

/**
 * FRAUD-3: a new entry is news for everyone who follows the list: an in-app notice for those who want it, and
 * push or mail by each person's choice, set-based like a warning's.
 */
export async function announceEntry(tx: Queryable, jobs: Jobs, entryId: string): Promise<number> {
  const entry = await findEntry(tx, entryId);
  if (!entry) return 0;
  const texts = { sv: entryNoticeText(entry, 'sv'), en: entryNoticeText(entry, 'en') };
  // Those who followed when the entry was published: a late run of the job tells no newer follower of old news.
  const followers = sql`select f.user_id from fraud_list_followers f join users u on u.id = f.user_id
    where u.disabled_at is null and f.created_at <= ${entry.firstPublishedAt.toISOString()}::timestamptz`;
  const inApp = await tx.execute(sql`
    insert into notifications (id, user_id, kind, title, body, url, fraud_entry_id)
    select gen_random_uuid(), r.user_id, 'fraud_entry',
      case when u.language = 'en' then ${texts.en.title} else ${texts.sv.title} end,
      case when u.language = 'en' then ${texts.en.body} else ${texts.sv.body} end,
      ${texts.sv.url}, ${entryId}::uuid
    from (${followers}) r join users u on u.id = r.user_id
    where coalesce((select p.enabled from notification_preferences p
      where p.user_id = r.user_id and p.kind = 'fraud_entry' and p.channel = 'in_app'), true)
    on conflict do nothing`);
  const notices = inApp as unknown as { rowCount?: number | null; affectedRows?: number };
  const deliveries = await queueNewsDeliveries(tx, jobs, {
    kind: 'fraud_entry',
    recipientKind: 'fraud_list_follower',
    about: { column: 'fraud_entry_id', id: entryId },
    recipients: followers,
    texts,
    mailOnlyWithoutPush: false,
  });
  return (notices.rowCount ?? notices.affectedRows ?? 0) + deliveries;
}

export function defineFraudJobs(deps: ServiceDeps): void {
  deps.jobs.define<{ entryId: string }>(FRAUD_ENTRY_PUBLISHED_JOB, async ({ entryId }) => {
    await deps.db.transaction((tx) => announceEntry(tx, deps.jobs, entryId));
  });
}
