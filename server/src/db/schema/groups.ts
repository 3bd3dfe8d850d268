import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { createdAt, id, storedFileColumns, tstz, updatedAt } from './columns';
import { incidents } from './incidents';
import { organisations } from './orgs';

/** GRP-1, GRP-3: a group and what its admins have decided for it. */
export const groups = pgTable(
  'groups',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['local', 'company', 'unit', 'event'] }).notNull(),
    description: text('description').notNull().default(''),
    kommunCode: text('kommun_code'),
    area: jsonb('area').$type<{ lat: number; lng: number; radiusMeters: number }>(),
    openForApplications: boolean('open_for_applications').notNull().default(false),
    endsOn: date('ends_on', { mode: 'string' }),
    archivedAt: tstz('archived_at'),
    membersMayShareIncidents: boolean('members_may_share_incidents').notNull().default(true),
    membersMayPost: boolean('members_may_post').notNull().default(true),
    moderation: boolean('moderation').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('groups_open_idx')
      .on(t.kommunCode, t.id)
      .where(sql`${t.openForApplications} and ${t.archivedAt} is null`),
  ],
);

/** Who is in a group, as what. A banned member keeps a row so that they cannot apply again. */
export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['member', 'admin'] })
      .notNull()
      .default('member'),
    crisisAdmin: boolean('crisis_admin').notNull().default(false),
    badge: text('badge', {
      enum: ['crime_prevention_officer', 'community_police', 'property_owner', 'security_company'],
    }),
    bannedAt: tstz('banned_at'),
    joinedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId)],
);

export const groupApplications = pgTable(
  'group_applications',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message').notNull().default(''),
    state: text('state', { enum: ['pending', 'approved', 'denied'] })
      .notNull()
      .default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: tstz('decided_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('group_applications_group_idx').on(t.groupId, t.state, t.id),
    // One waiting application per person and group.
    uniqueIndex('group_applications_pending_key').on(t.groupId, t.userId).where(sql`${t.state} = 'pending'`),
  ],
);

export const groupInvites = pgTable(
  'group_invites',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    acceptedAt: tstz('accepted_at'),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: tstz('revoked_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('group_invites_token_hash_key').on(t.tokenHash),
    index('group_invites_group_idx').on(t.groupId),
  ],
);

/** GRP-2: a request for the right to create groups, decided by an analyst; a granted one is the right. */
export const groupCreatorRequests = pgTable('group_creator_requests', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  reason: text('reason').notNull(),
  state: text('state', { enum: ['pending', 'granted', 'denied'] })
    .notNull()
    .default('pending'),
  requestedAt: createdAt(),
  decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  decidedAt: tstz('decided_at'),
});

/**
 * GRP-4: the group's feed. A post without a parent is a thread; replies name it. A thread waits as `pending`
 * while the group is moderated, until an admin approves it; a removed post stays as a row for the audit trail
 * without its text.
 */
export const groupPosts = pgTable(
  'group_posts',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => groupPosts.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    state: text('state', { enum: ['published', 'pending', 'removed'] }).notNull(),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    removedBy: uuid('removed_by').references(() => users.id, { onDelete: 'set null' }),
    removedAt: tstz('removed_at'),
    editedAt: tstz('edited_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('group_posts_feed_idx').on(t.groupId, t.id).where(sql`${t.parentId} is null`),
    index('group_posts_replies_idx').on(t.parentId, t.id),
  ],
);

/** A member's report that a post breaks the group's rules; one per person and post. */
export const groupPostReports = pgTable(
  'group_post_reports',
  {
    id: id(),
    postId: uuid('post_id')
      .notNull()
      .references(() => groupPosts.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('group_post_reports_once_key').on(t.postId, t.reporterId)],
);

/**
 * GRP-4: photos and documents of a post, under the same rules as a report's files (decision 015). The bytes
 * live under `DATA_DIR/attachments/groups/<groupId>/`; the row names them by server-made keys.
 */
export const groupPostAttachments = pgTable(
  'group_post_attachments',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => groupPosts.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    ...storedFileColumns(),
    createdAt: createdAt(),
  },
  (t) => [index('group_post_attachments_post_idx').on(t.postId, t.id)],
);

/**
 * GRP-6: documents a group's admins put up for its members (an evacuation plan, a map of the exits), under the
 * same rules as a report's files (decision 015). The bytes live beside the posts' files under
 * `DATA_DIR/attachments/groups/<groupId>/`; the title is the admin's, the display name the file's.
 */
export const groupDocuments = pgTable(
  'group_documents',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    ...storedFileColumns(),
    createdAt: createdAt(),
  },
  (t) => [
    index('group_documents_group_idx').on(t.groupId, t.id),
    check('group_documents_title_length', sql`char_length(${t.title}) between 1 and 200`),
  ],
);

/**
 * GRP-5: a report shared into a group. The group reads a summary made from the report when it is read, so an
 * edit or an un-share reaches the group at once; the report's free text is shown only when the sharing
 * organisation chose to include it.
 */
export const groupSharedIncidents = pgTable(
  'group_shared_incidents',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    includeDescription: boolean('include_description').notNull().default(false),
    sharedBy: uuid('shared_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('group_shared_incidents_once_key').on(t.groupId, t.incidentId),
    index('group_shared_incidents_group_idx').on(t.groupId, t.id),
    index('group_shared_incidents_incident_idx').on(t.incidentId),
  ],
);
