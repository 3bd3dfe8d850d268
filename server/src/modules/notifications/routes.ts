import { okSchema } from '@vaksam/domain/common';
import { incidentParamsSchema } from '@vaksam/domain/incidents/api';
import {
  deliveryListSchema,
  deliverySchema,
  forwardIncidentRequestSchema,
  notificationListSchema,
  notificationParamsSchema,
  notificationPreferencesSchema,
  notificationSchema,
  pushSubscriptionListSchema,
  pushSubscriptionRequestSchema,
  pushSubscriptionSchema,
  pushUnsubscribeRequestSchema,
  unreadCountSchema,
  updateNotificationPreferencesSchema,
  vapidPublicKeySchema,
} from '@vaksam/domain/notifications';
import { pageQuerySchema } from '@vaksam/domain/pagination';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { actorOf, sessionOf } from '../../platform/auth/hook';
import { errorResponses, typed } from '../../platform/http/route';
import { vapidKeys } from '../../platform/push/vapid';
import { forwardIncident } from './forward';
import { incidentDeliveries } from './receipts';
import * as centre from './service';
import * as push from './subscriptions';

export async function notificationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // The key pair is made at first start, before any browser asks for it (decision 014).
  await vapidKeys(deps.db);
  const r = typed(app);
  const own = errorResponses(401);
  const notificationsTags = ['notifications'];
  const pushTags = ['push'];

  r.get('/api/v1/notifications', {
    schema: {
      tags: notificationsTags,
      description: 'The signed-in person’s notification centre, newest first.',
      querystring: pageQuerySchema,
      response: { 200: notificationListSchema, ...own },
    },
    handler: (request) => centre.listMyNotifications(deps, actorOf(request), request.query),
  });
  r.get('/api/v1/notifications/unread-count', {
    schema: { tags: notificationsTags, response: { 200: unreadCountSchema, ...own } },
    handler: (request) => centre.unreadCount(deps, actorOf(request)),
  });
  r.post('/api/v1/notifications/:id/read', {
    schema: {
      tags: notificationsTags,
      params: notificationParamsSchema,
      response: { 200: notificationSchema, ...errorResponses(401, 404) },
    },
    handler: (request) => centre.markNotificationRead(deps, actorOf(request), request.params.id),
  });
  r.post('/api/v1/notifications/read-all', {
    schema: { tags: notificationsTags, response: { 200: okSchema, ...own } },
    handler: (request) => centre.markAllNotificationsRead(deps, actorOf(request)),
  });
  r.get('/api/v1/notifications/preferences', {
    schema: {
      tags: notificationsTags,
      description: 'Which kinds of notice the person gets on which channel; defaults filled in.',
      response: { 200: notificationPreferencesSchema, ...own },
    },
    handler: (request) => centre.myPreferences(deps, actorOf(request)),
  });
  r.put('/api/v1/notifications/preferences', {
    schema: {
      tags: notificationsTags,
      description: 'Changes the switches named in the body; the others keep their value.',
      body: updateNotificationPreferencesSchema,
      response: { 200: notificationPreferencesSchema, ...own },
    },
    handler: (request) => centre.updateMyPreferences(deps, actorOf(request), request.body),
  });

  r.get('/api/v1/push/vapid-public-key', {
    schema: {
      tags: pushTags,
      description: 'The application server key for `pushManager.subscribe()`.',
      response: { 200: vapidPublicKeySchema, ...own },
    },
    handler: () => push.vapidPublicKey(deps),
  });
  r.get('/api/v1/push/subscriptions', {
    schema: { tags: pushTags, response: { 200: pushSubscriptionListSchema, ...own } },
    handler: (request) => push.mySubscriptions(deps, actorOf(request)),
  });
  r.post('/api/v1/push/subscriptions', {
    schema: {
      tags: pushTags,
      description: 'Registers this browser’s push subscription (`PushSubscription.toJSON()`).',
      body: pushSubscriptionRequestSchema,
      response: { 201: pushSubscriptionSchema, ...own },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await push.subscribe(deps, actorOf(request), request.body)),
  });
  r.delete('/api/v1/push/subscriptions', {
    schema: {
      tags: pushTags,
      description: 'Forgets this browser’s subscription, by endpoint. Answers ok also when it was unknown.',
      body: pushUnsubscribeRequestSchema,
      response: { 200: okSchema, ...own },
    },
    handler: (request) => push.unsubscribe(deps, actorOf(request), request.body.endpoint),
  });

  r.post('/api/v1/incidents/:id/forward', {
    schema: {
      tags: ['incidents'],
      description: 'Sends the report as a PDF to one e-mail address (INC-5). Limited per person and hour.',
      params: incidentParamsSchema,
      body: forwardIncidentRequestSchema,
      response: { 201: deliverySchema, ...errorResponses(401, 403, 404, 429) },
    },
    handler: async (request, reply) => {
      const { user } = sessionOf(request);
      const sender = { name: user.name, email: user.email, language: user.language };
      return reply
        .status(201)
        .send(await forwardIncident(deps, actorOf(request), sender, request.params.id, request.body));
    },
  });
  r.get('/api/v1/incidents/:id/deliveries', {
    schema: {
      tags: ['incidents'],
      description: 'Who the report went to, on which channel, and whether each delivery arrived (INC-9).',
      params: incidentParamsSchema,
      response: { 200: deliveryListSchema, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => incidentDeliveries(deps, actorOf(request), request.params.id),
  });
}
