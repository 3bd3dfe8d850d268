import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { updatedAt } from './columns';

/**
 * ACC-5: a person's crisis profile (alternative phone, personnummer, address, next of kin), sealed as one
 * AES-256-GCM value bound to its row (decision 025). `key_id` names the key it is sealed with, so the rotation
 * command finds the rows still sealed with an old one without opening any.
 */
export const crisisProfiles = pgTable(
  'crisis_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    keyId: text('key_id').notNull(),
    sealed: text('sealed').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [index('crisis_profiles_key_idx').on(t.keyId)],
);
