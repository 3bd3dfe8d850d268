import { bigint, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

/** Append-only: a migration adds a trigger that refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    at: createdAt(),
    actorUserId: uuid('actor_user_id'),
    orgId: uuid('org_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** PRIV-7 (decision 026): the entry's place in the hash chain, the hash before it, and its own. */
    seq: bigint('seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_org_idx').on(t.orgId, t.at),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
    // "Who has looked at my crisis data" (ACC-5) reads the entries about one person.
    index('audit_log_target_idx').on(t.targetType, t.targetId, t.at),
    // One entry per place: a second writer claiming the same one fails rather than forks the chain.
    uniqueIndex('audit_log_seq_idx').on(t.seq),
  ],
);

/** Mails delivered while no SMTP server is configured; shown at /dev/mail outside production. */
export const devMail = pgTable('dev_mail', {
  id: id(),
  createdAt: createdAt(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  /** Kept as sent (base64) so the dev mailbox can offer them for download. */
  attachments: jsonb('attachments')
    .$type<{ filename: string; contentType: string; contentBase64: string }[]>()
    .notNull()
    .default([]),
});

/** Generated keys and other settings the instance keeps across restarts. */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  createdAt: createdAt(),
});
