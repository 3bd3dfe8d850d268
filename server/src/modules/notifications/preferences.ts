import {
  type ChannelSwitches,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreferences,
  notificationChannels,
  notificationKinds,
} from '@vaksam/domain/notifications';
import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { notificationPreferences } from '../../db/schema';

/**
 * What a person gets until they change it. Alerts about new reports (only security contacts and managers get
 * them) come on every channel; the reporter's own copy comes by mail and in the app, not as a push to the phone
 * they reported from; news about one's own report is worth a push but not a mail.
 */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  incident_reported: { in_app: true, push: true, email: true },
  incident_copy: { in_app: true, push: false, email: true },
  incident_status_changed: { in_app: true, push: true, email: false },
  incident_forwarded: { in_app: true, push: false, email: false },
  reminder: { in_app: true, push: true, email: true },
  group_post: { in_app: true, push: true, email: false },
  // WARN-3: every warning is in the feed; mail only reaches those without a push device (see warnings/deliver).
  warning: { in_app: true, push: true, email: true },
  // FRAUD-3: only those who chose to follow Varningslistan get these; a push is what they asked for.
  fraud_entry: { in_app: true, push: true, email: false },
};

const copyDefaults = (): NotificationPreferences =>
  Object.fromEntries(
    notificationKinds.map((kind) => [kind, { ...DEFAULT_PREFERENCES[kind] }]),
  ) as NotificationPreferences;

/** Everyone's full grid: the defaults with each person's stored changes on top. */
export async function preferencesOf(
  db: Queryable,
  userIds: string[],
): Promise<Map<string, NotificationPreferences>> {
  const result = new Map(userIds.map((id) => [id, copyDefaults()]));
  if (userIds.length === 0) return result;
  const rows = await db
    .select()
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, userIds));
  for (const row of rows) {
    const grid = result.get(row.userId);
    if (grid) grid[row.kind][row.channel] = row.enabled;
  }
  return result;
}

export async function preferencesOfUser(db: Queryable, userId: string): Promise<NotificationPreferences> {
  return (await preferencesOf(db, [userId])).get(userId) ?? copyDefaults();
}

/** Stores each named switch; switches not named keep their value. */
export async function storePreferences(
  db: Queryable,
  userId: string,
  changes: Partial<Record<NotificationKind, Partial<ChannelSwitches>>>,
): Promise<void> {
  const rows: { userId: string; kind: NotificationKind; channel: NotificationChannel; enabled: boolean }[] =
    [];
  for (const kind of notificationKinds) {
    for (const channel of notificationChannels) {
      const enabled = changes[kind]?.[channel];
      if (enabled !== undefined) rows.push({ userId, kind, channel, enabled });
    }
  }
  if (rows.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(rows)
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind, notificationPreferences.channel],
      set: { enabled: sql`excluded.enabled`, updatedAt: new Date() },
    });
}
