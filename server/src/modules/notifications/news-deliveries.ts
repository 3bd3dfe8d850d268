import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import type { DeliveryContext } from '../../db/schema';
import type { Jobs } from '../../platform/jobs';
import { SEND_EMAIL_JOB, SEND_PUSH_JOB } from './fan-out';
import type { NewsKind } from './messages';

/** pg-boss jobs per INSERT: one statement each, well within PostgreSQL's parameter limit. */
const JOB_CHUNK = 1_000;

export type NewsDeliveries = {
  kind: Exclude<NewsKind, 'group_post'>;
  recipientKind: 'warning_recipient' | 'fraud_list_follower';
  /** The column of `notification_deliveries` naming what the news is about, and its id. */
  about: { column: 'warning_id' | 'fraud_entry_id'; id: string };
  /** `select user_id …`: the people to reach. */
  recipients: SQL;
  /** The text in each language, written into every delivery's context. */
  texts: { sv: DeliveryContext; en: DeliveryContext };
  /** Mail only those without any push device (warnings: a push is enough). */
  mailOnlyWithoutPush: boolean;
};

/**
 * Writes the push deliveries (every device of everyone who wants this kind pushed) and mail deliveries (to
 * everyone who wants it mailed) of one piece of news, in set-based statements inside the caller's
 * transaction, and queues a job for each. The dedupe keys make a second run write nothing twice.
 */
export async function queueNewsDeliveries(tx: Queryable, jobs: Jobs, news: NewsDeliveries): Promise<number> {
  const column = sql.raw(news.about.column);
  const prefix = `${news.kind}:${news.about.id}:`;
  const wants = (channel: 'push' | 'email') => sql`coalesce((select p.enabled from notification_preferences p
      where p.user_id = r.user_id and p.kind = ${news.kind} and p.channel = ${channel}), true)`;
  const context = sql`case when u.language = 'en' then ${JSON.stringify(news.texts.en)}::jsonb
    else ${JSON.stringify(news.texts.sv)}::jsonb end`;
  const withoutPush = news.mailOnlyWithoutPush
    ? sql`and not exists (select 1 from push_subscriptions s where s.user_id = r.user_id)`
    : sql``;
  const written = await tx.execute(sql`
    with r as (${news.recipients})
    insert into notification_deliveries
      (id, ${column}, kind, recipient_kind, recipient_user_id, channel, push_subscription_id, address, context, dedupe_key)
    select gen_random_uuid(), ${news.about.id}::uuid, ${news.kind}, ${news.recipientKind}, r.user_id, 'push', s.id,
      null, ${context}, ${prefix} || r.user_id || ':push:' || s.id
    from r join users u on u.id = r.user_id join push_subscriptions s on s.user_id = r.user_id
    where ${wants('push')}
    union all
    select gen_random_uuid(), ${news.about.id}::uuid, ${news.kind}, ${news.recipientKind}, r.user_id, 'email', null,
      u.email, ${context}, ${prefix} || r.user_id || ':email'
    from r join users u on u.id = r.user_id
    where ${wants('email')} ${withoutPush}
    on conflict (dedupe_key) do nothing
    returning id, channel`);
  const deliveries = (written as unknown as { rows: { id: string; channel: 'push' | 'email' }[] }).rows;
  for (let start = 0; start < deliveries.length; start += JOB_CHUNK) {
    await jobs.sendMany(
      tx,
      deliveries.slice(start, start + JOB_CHUNK).map((delivery) => ({
        name: delivery.channel === 'push' ? SEND_PUSH_JOB : SEND_EMAIL_JOB,
        data: { deliveryId: delivery.id, attempt: 1 },
      })),
    );
  }
  return deliveries.length;
}
