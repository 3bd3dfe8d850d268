import type { ChannelSwitches, NotificationKind } from '@vaksam/domain/notifications';
import type { PageQuery } from '@vaksam/domain/pagination';
import type { ServiceDeps } from '../../deps';
import { notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import type { Actor } from '../../platform/policy';
import { preferencesOfUser, storePreferences } from './preferences';
import { presentNotification } from './presenters';
import { countUnread, listNotifications, markAllRead, markRead } from './queries';

/** Everyone has a notification centre of their own and sees nobody else's, so there is no policy to ask. */
export async function listMyNotifications(deps: ServiceDeps, actor: Actor, query: PageQuery) {
  return fetchPage(
    query,
    (page) => listNotifications(deps.db, actor.userId, page),
    (row) => row.id,
    presentNotification,
  );
}

export async function unreadCount(deps: ServiceDeps, actor: Actor) {
  return { count: await countUnread(deps.db, actor.userId) };
}

export async function markNotificationRead(deps: ServiceDeps, actor: Actor, id: string) {
  const marked = await deps.db.transaction((tx) => markRead(tx, actor.userId, id));
  if (!marked) throw notFound('Aviseringen hittades inte');
  return presentNotification(marked);
}

export async function markAllNotificationsRead(deps: ServiceDeps, actor: Actor) {
  await markAllRead(deps.db, actor.userId);
  return { ok: true as const };
}

export function myPreferences(deps: ServiceDeps, actor: Actor) {
  return preferencesOfUser(deps.db, actor.userId);
}

export async function updateMyPreferences(
  deps: ServiceDeps,
  actor: Actor,
  changes: Partial<Record<NotificationKind, Partial<ChannelSwitches>>>,
) {
  await storePreferences(deps.db, actor.userId, changes);
  return preferencesOfUser(deps.db, actor.userId);
}
