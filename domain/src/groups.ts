import { z } from 'zod';
import { storedContentTypes, uploadAttachmentBodySchema } from './attachments';
import { emailSchema, uuidSchema } from './common';
import { pageLimitSchema, pageOf } from './pagination';
import { municipalityCodeSchema } from './taxonomy/geo';

/** GRP-1: what a group gathers. An event group ends on a date and is then archived. */
export const groupKindSchema = z.enum(['local', 'company', 'unit', 'event'], {
  message: 'Välj lokal samverkan, företagsintern, enhet eller evenemang',
});
export type GroupKind = z.infer<typeof groupKindSchema>;

/** GRP-7: the badge a member carries in the group, shown beside their name. */
export const groupBadgeSchema = z.enum(
  ['crime_prevention_officer', 'community_police', 'property_owner', 'security_company'],
  { message: 'Välj en roll' },
);
export type GroupBadge = z.infer<typeof groupBadgeSchema>;

export const groupRoleSchema = z.enum(['member', 'admin'], { message: 'Välj medlem eller administratör' });
export type GroupRole = z.infer<typeof groupRoleSchema>;

/** An optional area on the map: a centre and a radius. */
export const groupAreaSchema = z
  .object({
    lat: z.number({ message: 'Ange latitud' }).min(55, { message: 'Utanför Sverige' }).max(69.1, {
      message: 'Utanför Sverige',
    }),
    lng: z.number({ message: 'Ange longitud' }).min(10.9, { message: 'Utanför Sverige' }).max(24.2, {
      message: 'Utanför Sverige',
    }),
    radiusMeters: z
      .number({ message: 'Ange radien i meter' })
      .int({ message: 'Ange ett heltal' })
      .min(50, { message: 'Minst 50 meter' })
      .max(50_000, { message: 'Högst 50 km' }),
  })
  .strict();
export type GroupArea = z.infer<typeof groupAreaSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ange ett datum (ÅÅÅÅ-MM-DD)' });

/** GRP-3: what the group's admins decide for its members. */
export const groupSettingsSchema = z
  .object({
    membersMayShareIncidents: z.boolean({ message: 'Ange på eller av' }),
    membersMayPost: z.boolean({ message: 'Ange på eller av' }),
    /** Posts wait for an admin's approval before the other members see them. */
    moderation: z.boolean({ message: 'Ange på eller av' }),
  })
  .strict();
export type GroupSettings = z.infer<typeof groupSettingsSchema>;

const groupFields = {
  name: z
    .string({ message: 'Ge gruppen ett namn' })
    .trim()
    .min(2, { message: 'Ge gruppen ett namn (minst 2 tecken)' })
    .max(120, { message: 'Högst 120 tecken' }),
  kind: groupKindSchema,
  description: z.string().trim().max(2_000, { message: 'Högst 2000 tecken' }),
  kommunCode: municipalityCodeSchema.nullable(),
  area: groupAreaSchema.nullable(),
  /** Anyone may find the group and apply; a closed group is reached by invitation only. */
  openForApplications: z.boolean({ message: 'Ange om gruppen är öppen för ansökningar' }),
  /** Event groups only: the last day, after which the group is archived. */
  endsOn: isoDate.nullable(),
};

const eventNeedsEnd = (group: { kind?: GroupKind; endsOn?: string | null }, ctx: z.RefinementCtx) => {
  if (group.kind === 'event' && !group.endsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Ange när evenemanget slutar' });
  }
  if (group.kind !== undefined && group.kind !== 'event' && group.endsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Bara evenemang har ett slutdatum' });
  }
};

export const createGroupRequestSchema = z
  .object({
    ...groupFields,
    description: groupFields.description.default(''),
    kommunCode: groupFields.kommunCode.default(null),
    area: groupFields.area.default(null),
    openForApplications: groupFields.openForApplications.default(false),
    endsOn: groupFields.endsOn.default(null),
    settings: groupSettingsSchema.partial().strict().default({}),
  })
  .strict()
  .superRefine(eventNeedsEnd);
export type CreateGroupRequest = z.input<typeof createGroupRequestSchema>;

export const updateGroupRequestSchema = z
  .object({ ...groupFields, settings: groupSettingsSchema.partial().strict() })
  .partial()
  .strict();
export type UpdateGroupRequest = z.input<typeof updateGroupRequestSchema>;

/** What a member of the group is in it. */
export const groupMembershipSchema = z.object({
  role: groupRoleSchema,
  /** May start a crisis check-in for the group (CRISIS-1). */
  crisisAdmin: z.boolean(),
  badge: groupBadgeSchema.nullable(),
});

/** A group as its members see it; others see an open group's profile with `membership` null. */
export const groupSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  kind: groupKindSchema,
  description: z.string(),
  kommun: z.object({ code: z.string(), name: z.string() }).nullable(),
  area: groupAreaSchema.nullable(),
  openForApplications: z.boolean(),
  endsOn: z.string().nullable(),
  archivedAt: z.string().nullable(),
  settings: groupSettingsSchema,
  memberCount: z.number().int(),
  membership: groupMembershipSchema.nullable(),
  /** The reader's application to join, while it waits. */
  applicationPending: z.boolean(),
  createdAt: z.string(),
});
export type Group = z.infer<typeof groupSchema>;
export const groupListSchema = pageOf(groupSchema);

export const groupSearchQuerySchema = z
  .object({
    q: z.string().trim().max(120, { message: 'Högst 120 tecken' }).optional(),
    kommun: municipalityCodeSchema.optional(),
    cursor: z.string().max(200).optional(),
    limit: pageLimitSchema(100),
  })
  .strict();

export const groupParamsSchema = z.object({ groupId: uuidSchema }).strict();
export const groupMemberParamsSchema = z.object({ groupId: uuidSchema, userId: uuidSchema }).strict();
export const groupApplicationParamsSchema = z
  .object({ groupId: uuidSchema, applicationId: uuidSchema })
  .strict();
export const groupInviteParamsSchema = z.object({ groupId: uuidSchema, inviteId: uuidSchema }).strict();

export const groupMemberSchema = z.object({
  userId: uuidSchema,
  name: z.string(),
  role: groupRoleSchema,
  crisisAdmin: z.boolean(),
  badge: groupBadgeSchema.nullable(),
  joinedAt: z.string(),
});
export const groupMemberListSchema = pageOf(groupMemberSchema);

export const updateGroupMemberRequestSchema = z
  .object({ role: groupRoleSchema, crisisAdmin: z.boolean(), badge: groupBadgeSchema.nullable() })
  .partial()
  .strict();

export const groupApplicationRequestSchema = z
  .object({ message: z.string().trim().max(1_000, { message: 'Högst 1000 tecken' }).default('') })
  .strict();

export const groupApplicationSchema = z.object({
  id: uuidSchema,
  user: z.object({ id: uuidSchema, name: z.string(), email: z.string() }),
  message: z.string(),
  state: z.enum(['pending', 'approved', 'denied']),
  createdAt: z.string(),
});
export const groupApplicationListSchema = pageOf(groupApplicationSchema);

export const groupApplicationDecisionSchema = z
  .object({ decision: z.enum(['approve', 'deny'], { message: 'Välj godkänn eller avslå' }) })
  .strict();

export const GROUP_INVITE_TTL_DAYS = 14;

export const groupInviteRequestSchema = z.object({ email: emailSchema }).strict();
export const groupInviteSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export const groupInviteListSchema = pageOf(groupInviteSchema);

export const groupInvitePreviewSchema = z.object({
  groupName: z.string(),
  groupKind: groupKindSchema,
  email: z.string(),
  expiresAt: z.string(),
});
export const groupInviteAcceptedSchema = z.object({ groupId: uuidSchema });

/** GRP-2: people who are not verified members ask analysts for the right to create groups. */
export const groupCreatorStateSchema = z.object({
  mayCreateGroups: z.boolean(),
  /** Why: a verified member, platform staff, or a right granted on request. */
  reason: z.enum(['federation_member', 'staff', 'granted']).nullable(),
  request: z
    .object({ state: z.enum(['pending', 'granted', 'denied']), reason: z.string(), requestedAt: z.string() })
    .nullable(),
});
export const groupCreatorRequestSchema = z
  .object({
    reason: z
      .string({ message: 'Berätta varför du vill skapa grupper' })
      .trim()
      .min(10, { message: 'Berätta kort varför (minst 10 tecken)' })
      .max(1_000, { message: 'Högst 1000 tecken' }),
  })
  .strict();
export const groupCreatorClaimSchema = z.object({
  userId: uuidSchema,
  name: z.string(),
  email: z.string(),
  reason: z.string(),
  state: z.enum(['pending', 'granted', 'denied']),
  requestedAt: z.string(),
});
export const groupCreatorClaimListSchema = pageOf(groupCreatorClaimSchema);
export const groupCreatorDecisionSchema = z
  .object({ decision: z.enum(['grant', 'deny'], { message: 'Välj bevilja eller avslå' }) })
  .strict();
export const groupCreatorQuerySchema = z
  .object({
    state: z
      .enum(['pending', 'granted', 'denied'], { message: 'Välj väntande, beviljade eller avslagna' })
      .optional(),
    cursor: z.string().max(200).optional(),
    limit: pageLimitSchema(200),
  })
  .strict();

export const POST_MAX_LENGTH = 5_000;

const postBody = z
  .string({ message: 'Skriv något' })
  .trim()
  .min(1, { message: 'Skriv något' })
  .max(POST_MAX_LENGTH, { message: `Högst ${POST_MAX_LENGTH} tecken` });

/** GRP-4: a thread (no parent) or a reply to one. */
export const createPostRequestSchema = z
  .object({ body: postBody, parentId: uuidSchema.nullable().default(null) })
  .strict();
export const editPostRequestSchema = z.object({ body: postBody }).strict();
export const reportPostRequestSchema = z
  .object({
    reason: z
      .string({ message: 'Berätta vad som är fel' })
      .trim()
      .min(3, { message: 'Berätta kort vad som är fel' })
      .max(500, { message: 'Högst 500 tecken' }),
  })
  .strict();

/** GRP-4: how many photos and documents one post may carry. */
export const GROUP_POST_ATTACHMENTS_MAX = 4;

/** A post's photo or document (decision 015's rules); the file and its thumbnail are served by id. */
export const groupPostAttachmentSchema = z.object({
  id: uuidSchema,
  /** The uploader's file name made safe, with the stored format's extension. */
  displayName: z.string(),
  contentType: z.enum(storedContentTypes),
  /** Bytes of the stored file. */
  size: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  hasThumbnail: z.boolean(),
});
export type GroupPostAttachment = z.infer<typeof groupPostAttachmentSchema>;

/** GRP-6: how many documents one group keeps; its admins remove old ones to make room. */
export const GROUP_DOCUMENTS_MAX = 50;
export const GROUP_DOCUMENT_TITLE_MAX = 200;

const documentTitle = z
  .string({ message: 'Ge dokumentet en titel' })
  .trim()
  .min(1, { message: 'Ge dokumentet en titel' })
  .max(GROUP_DOCUMENT_TITLE_MAX, { message: `Högst ${GROUP_DOCUMENT_TITLE_MAX} tecken` });

/** The text fields of a document's upload, read beside its file and checked before the file is stored. */
export const groupDocumentFieldsSchema = z.object({ title: documentTitle }).strict();

/** Documents the multipart form for OpenAPI; the route reads the title and streams the file. */
export const uploadGroupDocumentBodySchema = z.object({
  title: documentTitle.meta({
    description: `What the document is, as the members see it (1–${GROUP_DOCUMENT_TITLE_MAX} characters)`,
  }),
  ...uploadAttachmentBodySchema.shape,
});

/** A document of the group (a PDF or a picture) as its members see it; the file and thumbnail are served by id. */
export const groupDocumentSchema = groupPostAttachmentSchema.extend({
  /** The admin's title for it. */
  title: z.string(),
  createdAt: z.string(),
  /** Null when the uploader's account is gone. */
  uploadedBy: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  /** Whether the reader may remove it now: an admin of a group that is not archived. */
  canRemove: z.boolean(),
});
export type GroupDocument = z.infer<typeof groupDocumentSchema>;
export const groupDocumentListSchema = pageOf(groupDocumentSchema);
export const groupDocumentsQuerySchema = z
  .object({ cursor: z.string().max(200).optional(), limit: pageLimitSchema(100) })
  .strict();
export const groupDocumentParamsSchema = z.object({ groupId: uuidSchema, documentId: uuidSchema }).strict();

export const groupPostSchema = z.object({
  id: uuidSchema,
  groupId: uuidSchema,
  parentId: uuidSchema.nullable(),
  /** Null when the author's account is gone. */
  author: z.object({ id: uuidSchema, name: z.string(), badge: groupBadgeSchema.nullable() }).nullable(),
  body: z.string(),
  /** `pending` while an admin has not approved it in a moderated group; only its author and the admins see it. */
  state: z.enum(['published', 'pending']),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  replyCount: z.number().int(),
  /** How many members reported it; shown to the group's admins only (0 for others). */
  reportCount: z.number().int(),
  canEdit: z.boolean(),
  canRemove: z.boolean(),
  /** Its photos and documents, oldest first; removed by the author or an admin (`canRemove`). */
  attachments: z.array(groupPostAttachmentSchema),
});
export type GroupPost = z.infer<typeof groupPostSchema>;
export const groupPostListSchema = pageOf(groupPostSchema);
export const groupThreadSchema = groupPostSchema.extend({ replies: z.array(groupPostSchema) });

export const groupFeedQuerySchema = z
  .object({
    /** `pending`: the moderation queue (admins), or one's own waiting posts. `reported`: posts members reported (admins). */
    view: z
      .enum(['feed', 'pending', 'reported'], { message: 'Välj flöde, väntande eller anmälda' })
      .default('feed'),
    cursor: z.string().max(200).optional(),
    limit: pageLimitSchema(100),
  })
  .strict();
export const groupPostParamsSchema = z.object({ groupId: uuidSchema, postId: uuidSchema }).strict();
export const groupPostAttachmentParamsSchema = z
  .object({ groupId: uuidSchema, postId: uuidSchema, attachmentId: uuidSchema })
  .strict();
export const groupBanRequestSchema = z.object({ userId: uuidSchema }).strict();
