import { z } from 'zod';
import { emailSchema, uuidSchema } from './common';
import { pageOf } from './pagination';

/** NOTIF-1: what a person can be told about; each kind has its own switches per channel. */
export const notificationKinds = [
  'incident_reported',
  'incident_copy',
  'incident_status_changed',
  'incident_forwarded',
  'reminder',
  'group_post',
  'warning',
  'fraud_entry',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKindSchema = z.enum(notificationKinds);

export const notificationChannels = ['in_app', 'push', 'email'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
export const notificationChannelSchema = z.enum(notificationChannels);

/**
 * INC-9: a delivery is queued, handed to the transport (sent), and then confirmed (delivered: the SMTP server
 * accepted the mail, the push service answered 201, the in-app notice was written) or failed. In-app notices
 * are "read" once the recipient opened them.
 */
export const deliveryStates = ['queued', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

export const recipientKinds = [
  'reporter',
  'security_contact',
  'manager',
  'forward',
  'group_member',
  'warning_recipient',
  'fraud_list_follower',
] as const;
export type RecipientKind = (typeof recipientKinds)[number];

/** Why a delivery failed, in words the web app can translate; the raw error stays on the server. */
export const failureReasons = ['subscription_gone', 'rejected', 'gave_up', 'no_address'] as const;
export type FailureReason = (typeof failureReasons)[number];

export const notificationSchema = z.object({
  id: uuidSchema,
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** A path inside the app, e.g. `/incidents/…`. */
  url: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListSchema = pageOf(notificationSchema);
export const unreadCountSchema = z.object({ count: z.number().int() });
export const notificationParamsSchema = z.object({ id: uuidSchema }).strict();

const switchSchema = z.boolean({ message: 'Ange på eller av' });
const channelSwitchesSchema = z.object(
  { in_app: switchSchema, push: switchSchema, email: switchSchema },
  { message: 'Ange kanalerna som ett objekt' },
);
export type ChannelSwitches = z.infer<typeof channelSwitchesSchema>;

/** Every kind with every channel, defaults filled in. */
export const notificationPreferencesSchema = z.object({
  incident_reported: channelSwitchesSchema,
  incident_copy: channelSwitchesSchema,
  incident_status_changed: channelSwitchesSchema,
  incident_forwarded: channelSwitchesSchema,
  reminder: channelSwitchesSchema,
  group_post: channelSwitchesSchema,
  warning: channelSwitchesSchema,
  fraud_entry: channelSwitchesSchema,
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** A change touches only the switches it names; the rest keep their value. */
const channelChangesSchema = channelSwitchesSchema.partial().strict();
export const updateNotificationPreferencesSchema = z
  .object({
    incident_reported: channelChangesSchema.optional(),
    incident_copy: channelChangesSchema.optional(),
    incident_status_changed: channelChangesSchema.optional(),
    incident_forwarded: channelChangesSchema.optional(),
    group_post: channelChangesSchema.optional(),
    reminder: channelChangesSchema.optional(),
    warning: channelChangesSchema.optional(),
    fraud_entry: channelChangesSchema.optional(),
  })
  .strict();

/** Uncompressed P-256 point (65 bytes, starts with 0x04) and a 16-byte secret, base64url as browsers give them. */
const P256DH = /^B[A-Za-z0-9_-]{86}={0,1}$/;
const AUTH = /^[A-Za-z0-9_-]{22}(==)?$/;

export const PUSH_ENDPOINT_MAX = 2048;

/** What `PushSubscription.toJSON()` gives in the browser. */
export const pushSubscriptionRequestSchema = z
  .object({
    endpoint: z
      .url({ protocol: /^https?$/, message: 'Ange push-tjänstens adress (https)' })
      .max(PUSH_ENDPOINT_MAX, { message: `Högst ${PUSH_ENDPOINT_MAX} tecken` }),
    expirationTime: z.number({ message: 'Ange en tidpunkt i millisekunder' }).nullable().optional(),
    keys: z
      .object(
        {
          p256dh: z.string({ message: 'Ange nyckeln' }).regex(P256DH, { message: 'Ogiltig nyckel (p256dh)' }),
          auth: z.string({ message: 'Ange nyckeln' }).regex(AUTH, { message: 'Ogiltig nyckel (auth)' }),
        },
        { message: 'Ange nycklarna p256dh och auth' },
      )
      .strict(),
  })
  .strict();

export const pushUnsubscribeRequestSchema = z
  .object({
    endpoint: z
      .string({ message: 'Ange push-tjänstens adress' })
      .min(1, { message: 'Ange push-tjänstens adress' })
      .max(PUSH_ENDPOINT_MAX, { message: `Högst ${PUSH_ENDPOINT_MAX} tecken` }),
  })
  .strict();

export const pushSubscriptionSchema = z.object({
  id: uuidSchema,
  endpoint: z.string(),
  /** The push service, e.g. "Google (Chrome)", so a person can tell their devices apart. */
  service: z.string(),
  createdAt: z.string(),
  lastSuccessAt: z.string().nullable(),
});
export const pushSubscriptionListSchema = z.object({ items: z.array(pushSubscriptionSchema) });
export const vapidPublicKeySchema = z.object({ publicKey: z.string() });

export const FORWARD_MESSAGE_MAX = 500;

/** INC-5: the report goes as a PDF to one address, with a short note from the sender. */
export const forwardIncidentRequestSchema = z
  .object({
    email: emailSchema,
    message: z
      .string({ message: 'Skriv ett meddelande' })
      .trim()
      .max(FORWARD_MESSAGE_MAX, { message: `Högst ${FORWARD_MESSAGE_MAX} tecken` })
      .optional(),
  })
  .strict();

export const deliverySchema = z.object({
  id: uuidSchema,
  kind: notificationKindSchema,
  recipient: z.object({
    kind: z.enum(recipientKinds),
    name: z.string().nullable(),
    /** E-mail addresses are masked (`a***@example.se`); push shows the service. */
    address: z.string().nullable(),
  }),
  channel: notificationChannelSchema,
  state: z.enum(deliveryStates),
  attempts: z.number().int(),
  failureReason: z.enum(failureReasons).nullable(),
  /** Set while a failed attempt waits for the next one. */
  nextAttemptAt: z.string().nullable(),
  /** Who forwarded the report, for forwards. */
  sender: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Delivery = z.infer<typeof deliverySchema>;
export const deliveryListSchema = z.object({ items: z.array(deliverySchema) });
