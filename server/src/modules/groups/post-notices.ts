import type { Language } from '@vaksam/domain/common';
import type { NotificationChannel } from '@vaksam/domain/notifications';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../db/client';
import {
  groupMembers,
  groupPosts,
  groups,
  notificationDeliveries,
  notifications,
  users,
} from '../../db/schema';
import type { Jobs } from '../../platform/jobs';
import { pushServiceName } from '../../platform/push/endpoint';
import { SEND_EMAIL_JOB, SEND_PUSH_JOB } from '../notifications/fan-out';
import { preferencesOf } from '../notifications/preferences';
import { subscriptionsOf } from '../notifications/queries';

export const GROUP_POST_JOB = 'groups.post-published';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest row written here. */
const CHUNK = 1_000;

const EXCERPT = 160;

export function postNoticeText(
  lang: Language,
  facts: { author: string; group: string; body: string; reply: boolean },
): { title: string; body: string } {
  const text = facts.body.replace(/\s+/g, ' ').trim();
  const body = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
  if (lang === 'en') {
    return { title: `${facts.author} ${facts.reply ? 'replied' : 'posted'} in ${facts.group}`, body };
  }
  return { title: `${facts.author} ${facts.reply ? 'svarade' : 'skrev'} i ${facts.group}`, body };
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

/**
 * GRP-4: a published post or reply is news for every other member of the group, on the channels each of them
 * chose for group news. In-app notices are written here; pushes and mails become deliveries with their own
 * jobs, queued in the same transaction. Set-based, so that a group of thousands is done in a few statements;
 * the unique keys make a second run write nothing.
 */
export async function fanOutGroupPost(tx: Queryable, jobs: Jobs, postId: string): Promise<number> {
  const [post] = await tx
    .select({
      id: groupPosts.id,
      groupId: groupPosts.groupId,
      parentId: groupPosts.parentId,
      authorId: groupPosts.authorId,
      body: groupPosts.body,
      state: groupPosts.state,
      groupName: groups.name,
      authorName: users.name,
    })
    .from(groupPosts)
    .innerJoin(groups, eq(groups.id, groupPosts.groupId))
    .leftJoin(users, eq(users.id, groupPosts.authorId))
    .where(eq(groupPosts.id, postId));
  if (post?.state !== 'published') return 0;

  const members = await tx
    .select({ id: users.id, email: users.email, language: users.language })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(
      and(
        eq(groupMembers.groupId, post.groupId),
        isNull(groupMembers.bannedAt),
        isNull(users.disabledAt),
        post.authorId ? ne(groupMembers.userId, post.authorId) : undefined,
      ),
    );
  if (members.length === 0) return 0;
  const preferences = await preferencesOf(
    tx,
    members.map((m) => m.id),
  );
  const wants = (userId: string, channel: NotificationChannel) =>
    preferences.get(userId)?.group_post[channel] ?? false;
  const url = `/groups/${post.groupId}/posts/${post.parentId ?? post.id}`;
  const texts = {
    sv: postNoticeText('sv', {
      author: post.authorName ?? '',
      group: post.groupName,
      body: post.body,
      reply: post.parentId !== null,
    }),
    en: postNoticeText('en', {
      author: post.authorName ?? '',
      group: post.groupName,
      body: post.body,
      reply: post.parentId !== null,
    }),
  };

  const inApp = members.filter((m) => wants(m.id, 'in_app'));
  await insertChunked(inApp, (chunk) =>
    tx
      .insert(notifications)
      .values(
        chunk.map((m) => ({
          id: uuidv7(),
          userId: m.id,
          kind: 'group_post' as const,
          ...texts[m.language],
          url,
          groupPostId: post.id,
        })),
      )
      .onConflictDoNothing(),
  );

  const pushed = members.filter((m) => wants(m.id, 'push'));
  const devices = await subscriptionsOf(
    tx,
    pushed.map((m) => m.id),
  );
  const languageOf = new Map(members.map((m) => [m.id, m.language]));
  const base = (userId: string) => ({
    groupPostId: post.id,
    kind: 'group_post' as const,
    recipientKind: 'group_member' as const,
    recipientUserId: userId,
    context: { ...texts[languageOf.get(userId) ?? 'sv'], url },
  });
  const deliveries = [
    ...devices.map((device) => ({
      ...base(device.userId),
      channel: 'push' as const,
      pushSubscriptionId: device.id,
      pushService: pushServiceName(device.endpoint),
      dedupeKey: `group_post:${post.id}:${device.userId}:push:${device.id}`,
    })),
    ...members
      .filter((m) => wants(m.id, 'email'))
      .map((m) => ({
        ...base(m.id),
        channel: 'email' as const,
        address: m.email,
        dedupeKey: `group_post:${post.id}:${m.id}:email`,
      })),
  ];
  await insertChunked(deliveries, async (chunk) => {
    const written = await tx
      .insert(notificationDeliveries)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: notificationDeliveries.id, channel: notificationDeliveries.channel });
    await jobs.sendMany(
      tx,
      written.map((delivery) => ({
        name: delivery.channel === 'push' ? SEND_PUSH_JOB : SEND_EMAIL_JOB,
        data: { deliveryId: delivery.id, attempt: 1 },
      })),
    );
  });
  return inApp.length + deliveries.length;
}
