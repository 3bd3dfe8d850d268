import { createECDH } from 'node:crypto';
import { randomToken } from '../../src/platform/tokens';
import { makeOrgNumber, TEST_PASSWORD } from '../factories';
import { CRISIS_ROUTES } from './crisis-routes';
import {
  type Expectation,
  INCIDENT_CREATE,
  INCIDENT_EDIT,
  INCIDENT_HANDLE,
  INCIDENT_POLICE_REFERENCE,
  INCIDENT_READ,
  ORG_MANAGE,
  ORG_READ,
  PLATFORM_ADMIN,
  PUBLIC,
  SIGNED_IN,
} from './expectations';
import { FRAUD_REPORT_ROUTES } from './fraud-report-routes';
import { FRAUD_ROUTES } from './fraud-routes';
import { GROUP_ROUTES } from './group-routes';
import { LIBRARY_ROUTES } from './library-routes';
import { SHARED_INCIDENT_ROUTES } from './shared-incident-routes';
import { anEmail } from './values';
import { WARNING_ROUTES } from './warning-routes';
import { type CaseFixtures, TINY_PNG } from './world';

type Request = { url: string; body?: unknown };
export type RouteCase = { expect: Expectation; request: (f: CaseFixtures) => Promise<Request> | Request };

const strong = 'Ljusblå cykel på taket 7';
const CAMERA = {
  name: 'Kassa',
  placement: 'Tak',
  purpose: 'Rån',
  signage: true,
  retentionDays: 30,
  accessHolders: ['Chef'],
};
/** What a browser's `PushSubscription.toJSON()` holds; the endpoint is never called in the matrix. */
function aPushSubscription() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint: `http://127.0.0.1:9/push/${randomToken(8)}`,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomToken(16) },
  };
}
const orgUrl = (f: CaseFixtures, rest = '') => `/api/v1/orgs/${f.org.id}${rest}`;

/**
 * A key may name a further case of a route after it in parentheses, e.g. `GET /api/v1/library/{id} (group
 * entry)`, where one route answers different roles for different resources; it counts as that route.
 */
export const routeOf = (key: string) => key.replace(/ \([^)]*\)$/, '');

/**
 * One line per route of the OpenAPI document: who may call it, and a valid request for the case.
 * The matrix test fails when a documented route is missing here, so a new route cannot skip it.
 */
export const ROUTES: Record<string, RouteCase> = {
  'GET /healthz': { expect: PUBLIC(), request: () => ({ url: '/healthz' }) },
  'GET /readyz': { expect: PUBLIC(), request: () => ({ url: '/readyz' }) },
  'GET /api/v1/dev/mail': { expect: PUBLIC(), request: () => ({ url: '/api/v1/dev/mail' }) },
  'GET /api/v1/dev/mail/{id}/attachments/{index}': {
    expect: PUBLIC(),
    request: async (f) => ({ url: `/api/v1/dev/mail/${await f.devMailId()}/attachments/0` }),
  },

  'POST /api/v1/auth/signup': {
    expect: PUBLIC(),
    request: () => ({ url: '/api/v1/auth/signup', body: { email: anEmail(), password: strong, name: 'Ny' } }),
  },
  'POST /api/v1/auth/verify-email': {
    expect: PUBLIC(400),
    request: () => ({ url: '/api/v1/auth/verify-email', body: { token: randomToken() } }),
  },
  'POST /api/v1/auth/resend-verification': {
    expect: PUBLIC(),
    request: () => ({ url: '/api/v1/auth/resend-verification', body: { email: anEmail() } }),
  },
  'POST /api/v1/auth/login': {
    expect: PUBLIC(),
    request: async (f) => ({
      url: '/api/v1/auth/login',
      body: { email: await f.loginEmail(), password: TEST_PASSWORD },
    }),
  },
  'POST /api/v1/auth/login/totp': {
    expect: PUBLIC(401),
    request: () => ({ url: '/api/v1/auth/login/totp', body: { code: '123456' } }),
  },
  'POST /api/v1/auth/logout': { expect: PUBLIC(), request: () => ({ url: '/api/v1/auth/logout' }) },
  'POST /api/v1/auth/logout-all': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/auth/logout-all' }),
  },
  'GET /api/v1/auth/me': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/auth/me' }) },
  'POST /api/v1/auth/password-reset/request': {
    expect: PUBLIC(),
    request: () => ({ url: '/api/v1/auth/password-reset/request', body: { email: anEmail() } }),
  },
  'POST /api/v1/auth/password-reset/confirm': {
    expect: PUBLIC(400),
    request: () => ({
      url: '/api/v1/auth/password-reset/confirm',
      body: { token: randomToken(), password: strong },
    }),
  },
  'POST /api/v1/auth/password': {
    expect: SIGNED_IN(),
    request: () => ({
      url: '/api/v1/auth/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
    }),
  },
  'POST /api/v1/auth/totp/setup': {
    expect: SIGNED_IN('ok', { analyst: 409, admin: 409 }),
    request: () => ({ url: '/api/v1/auth/totp/setup' }),
  },
  'POST /api/v1/auth/totp/enable': {
    // A wrong code after set-up is refused as bad input; staff already have TOTP enabled.
    expect: SIGNED_IN(400, { analyst: 409, admin: 409 }),
    request: async (f) => {
      await f.startTotpSetup();
      return { url: '/api/v1/auth/totp/enable', body: { code: '000000' } };
    },
  },
  'POST /api/v1/auth/totp/disable': {
    expect: SIGNED_IN('ok', { analyst: 403, admin: 403 }),
    request: () => ({ url: '/api/v1/auth/totp/disable', body: { password: TEST_PASSWORD } }),
  },
  'PATCH /api/v1/profile': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/profile', body: { name: 'Nytt Namn' } }),
  },

  'GET /api/v1/orgs': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/orgs' }) },
  'POST /api/v1/orgs': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/orgs', body: { orgNumber: makeOrgNumber(), name: 'Nybildat AB' } }),
  },
  'GET /api/v1/orgs/lookup': {
    expect: SIGNED_IN(),
    request: (f) => ({ url: `/api/v1/orgs/lookup?orgNumber=${f.org.orgNumber}` }),
  },
  'GET /api/v1/orgs/{orgId}': { expect: ORG_READ, request: (f) => ({ url: orgUrl(f) }) },
  'PATCH /api/v1/orgs/{orgId}': {
    expect: ORG_MANAGE,
    request: (f) => ({ url: orgUrl(f), body: { name: 'Omdöpt AB' } }),
  },

  'POST /api/v1/join-requests': {
    // Members asking to join their own organisation are told they already belong.
    expect: SIGNED_IN('ok', {
      reporter: { own: 409, foreign: 'ok' },
      manager: { own: 409, foreign: 'ok' },
      security_contact: { own: 409, foreign: 'ok' },
    }),
    request: (f) => ({ url: '/api/v1/join-requests', body: { orgNumber: f.org.orgNumber } }),
  },
  'GET /api/v1/join-requests': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/join-requests' }) },
  'GET /api/v1/orgs/{orgId}/join-requests': {
    expect: ORG_MANAGE,
    request: (f) => ({ url: orgUrl(f, '/join-requests') }),
  },
  'POST /api/v1/orgs/{orgId}/join-requests/{requestId}/decision': {
    expect: ORG_MANAGE,
    request: async (f) => ({
      url: orgUrl(f, `/join-requests/${await f.joinRequestId()}/decision`),
      body: { decision: 'approve' },
    }),
  },

  'GET /api/v1/orgs/{orgId}/members': { expect: ORG_READ, request: (f) => ({ url: orgUrl(f, '/members') }) },
  'PATCH /api/v1/orgs/{orgId}/members/{userId}': {
    expect: ORG_MANAGE,
    request: async (f) => ({ url: orgUrl(f, `/members/${await f.memberId()}`), body: { role: 'manager' } }),
  },
  'DELETE /api/v1/orgs/{orgId}/members/{userId}': {
    expect: ORG_MANAGE,
    request: async (f) => ({ url: orgUrl(f, `/members/${await f.memberId()}`) }),
  },

  'GET /api/v1/orgs/{orgId}/invites': {
    expect: ORG_MANAGE,
    request: (f) => ({ url: orgUrl(f, '/invites') }),
  },
  'POST /api/v1/orgs/{orgId}/invites': {
    expect: ORG_MANAGE,
    request: (f) => ({ url: orgUrl(f, '/invites'), body: { email: anEmail(), role: 'reporter' } }),
  },
  'DELETE /api/v1/orgs/{orgId}/invites/{inviteId}': {
    expect: ORG_MANAGE,
    request: async (f) => ({ url: orgUrl(f, `/invites/${(await f.invite()).id}`) }),
  },
  'GET /api/v1/invites/{token}': {
    expect: PUBLIC(),
    request: async (f) => ({ url: `/api/v1/invites/${(await f.invite()).token}` }),
  },
  'POST /api/v1/invites/{token}/accept': {
    expect: SIGNED_IN(),
    request: async (f) => ({ url: `/api/v1/invites/${(await f.inviteToThrowawayOrg()).token}/accept` }),
  },

  'GET /api/v1/orgs/{orgId}/units': { expect: ORG_READ, request: (f) => ({ url: orgUrl(f, '/units') }) },
  'POST /api/v1/orgs/{orgId}/units': {
    expect: ORG_MANAGE,
    request: (f) => ({ url: orgUrl(f, '/units'), body: { name: 'Ny butik', municipalityCode: '1480' } }),
  },
  'GET /api/v1/orgs/{orgId}/units/{unitId}': {
    expect: ORG_READ,
    request: async (f) => ({ url: orgUrl(f, `/units/${await f.unitId()}`) }),
  },
  'PATCH /api/v1/orgs/{orgId}/units/{unitId}': {
    expect: ORG_MANAGE,
    request: async (f) => ({ url: orgUrl(f, `/units/${await f.unitId()}`), body: { name: 'Omdöpt butik' } }),
  },
  'DELETE /api/v1/orgs/{orgId}/units/{unitId}': {
    expect: ORG_MANAGE,
    request: async (f) => ({ url: orgUrl(f, `/units/${await f.unitId()}`) }),
  },

  'POST /api/v1/incidents': {
    expect: INCIDENT_CREATE,
    request: (f) => ({
      url: '/api/v1/incidents',
      body: {
        orgId: f.org.id,
        type: 'theft',
        occurredAt: new Date().toISOString(),
        latitude: 59.3,
        longitude: 18.1,
        description: 'Snatteri i butiken',
      },
    }),
  },
  'GET /api/v1/incidents': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/incidents' }) },
  // INC-8: the map shows whatever the list shows; the export is for the organisation's managers.
  'GET /api/v1/incidents/map': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/incidents/map' }) },
  'GET /api/v1/incidents/export.csv': {
    expect: INCIDENT_HANDLE,
    request: (f) => ({ url: `/api/v1/incidents/export.csv?orgId=${f.org.id}` }),
  },
  // INC-10: managers decide the sharing level of a report and the organisation's default; members read it.
  'PUT /api/v1/incidents/{id}/sharing': {
    expect: INCIDENT_HANDLE,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.incidentId()}/sharing`,
      body: { sharing: 'statistics' },
    }),
  },
  'GET /api/v1/orgs/{orgId}/incident-sharing': {
    expect: { ...ORG_READ, admin: 404 },
    request: (f) => ({ url: orgUrl(f, '/incident-sharing') }),
  },
  'PUT /api/v1/orgs/{orgId}/incident-sharing': {
    expect: { ...ORG_MANAGE, admin: 404 },
    request: (f) => ({ url: orgUrl(f, '/incident-sharing'), body: { defaultSharing: 'statistics' } }),
  },
  'GET /api/v1/incidents/{id}': {
    expect: INCIDENT_READ,
    request: async (f) => ({ url: `/api/v1/incidents/${await f.incidentId()}` }),
  },
  'PATCH /api/v1/incidents/{id}': {
    expect: INCIDENT_EDIT,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.incidentId()}`,
      body: { description: 'Tre jackor stals.' },
    }),
  },
  'DELETE /api/v1/incidents/{id}': {
    expect: INCIDENT_EDIT,
    request: async (f) => ({ url: `/api/v1/incidents/${await f.incidentId()}` }),
  },
  'POST /api/v1/incidents/{id}/status': {
    expect: INCIDENT_HANDLE,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.incidentId()}/status`,
      body: { status: 'in_progress' },
    }),
  },
  'POST /api/v1/incidents/{id}/notes': {
    expect: INCIDENT_HANDLE,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.incidentId()}/notes`,
      body: { text: 'Kamerabilder säkrade.' },
    }),
  },
  'PUT /api/v1/incidents/{id}/police-reference': {
    expect: INCIDENT_POLICE_REFERENCE,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.incidentId()}/police-reference`,
      body: { kNumber: 'K123456-24' },
    }),
  },
  'GET /api/v1/incidents/{id}/history': {
    expect: INCIDENT_READ,
    request: async (f) => ({ url: `/api/v1/incidents/${await f.incidentId()}/history` }),
  },
  'GET /api/v1/incidents/{id}/pdf': {
    expect: INCIDENT_READ,
    request: async (f) => ({ url: `/api/v1/incidents/${await f.incidentId()}/pdf` }),
  },
  // POL-1: preparing and sending the police report is handling the case.
  'GET /api/v1/incidents/{id}/police-report': {
    expect: INCIDENT_HANDLE,
    request: async (f) => ({ url: `/api/v1/incidents/${await f.incidentId()}/police-report` }),
  },
  'GET /api/v1/incidents/{id}/police-report/pdf': {
    expect: INCIDENT_HANDLE,
    request: async (f) => ({ url: `/api/v1/incidents/${await f.incidentId()}/police-report/pdf` }),
  },
  'POST /api/v1/incidents/{id}/police-report/send': {
    expect: INCIDENT_HANDLE,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.policeReadyIncidentId()}/police-report/send`,
    }),
  },
  'POST /api/v1/incidents/{id}/police-report/confirm': {
    expect: INCIDENT_HANDLE,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.sentPoliceReportIncidentId()}/police-report/confirm`,
      body: { kNumber: 'K123456-26' },
    }),
  },
  // Files follow their report: whoever sees the report sees and adds files; the uploader and handlers remove them.
  'POST /api/v1/incidents/{incidentId}/attachments': {
    expect: INCIDENT_READ,
    request: async (f) => {
      const body = new FormData();
      body.append('file', new Blob([TINY_PNG], { type: 'image/png' }), 'bild.png');
      return { url: `/api/v1/incidents/${await f.incidentId()}/attachments`, body };
    },
  },
  'GET /api/v1/incidents/{incidentId}/attachments': {
    expect: INCIDENT_READ,
    request: async (f) => ({ url: `/api/v1/incidents/${await f.incidentId()}/attachments` }),
  },
  'GET /api/v1/incidents/{incidentId}/attachments/{attachmentId}': {
    expect: INCIDENT_READ,
    request: async (f) => {
      const a = await f.attachment();
      return { url: `/api/v1/incidents/${a.incidentId}/attachments/${a.id}` };
    },
  },
  'GET /api/v1/incidents/{incidentId}/attachments/{attachmentId}/thumbnail': {
    expect: INCIDENT_READ,
    request: async (f) => {
      const a = await f.attachment();
      return { url: `/api/v1/incidents/${a.incidentId}/attachments/${a.id}/thumbnail` };
    },
  },
  'DELETE /api/v1/incidents/{incidentId}/attachments/{attachmentId}': {
    expect: INCIDENT_READ,
    request: async (f) => {
      const a = await f.attachment();
      return { url: `/api/v1/incidents/${a.incidentId}/attachments/${a.id}` };
    },
  },

  // INC-5/INC-9: whoever sees a report may forward it and see who it reached.
  'POST /api/v1/incidents/{id}/forward': {
    expect: INCIDENT_READ,
    request: async (f) => ({
      url: `/api/v1/incidents/${await f.incidentId()}/forward`,
      body: { email: anEmail() },
    }),
  },
  'GET /api/v1/incidents/{id}/deliveries': {
    expect: INCIDENT_READ,
    request: async (f) => ({ url: `/api/v1/incidents/${await f.incidentId()}/deliveries` }),
  },
  // NOTIF-1: everyone has a notification centre, push devices and switches of their own.
  'GET /api/v1/notifications': { expect: SIGNED_IN(), request: () => ({ url: '/api/v1/notifications' }) },
  'GET /api/v1/notifications/unread-count': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/notifications/unread-count' }),
  },
  'POST /api/v1/notifications/{id}/read': {
    expect: SIGNED_IN(),
    request: async (f) => ({ url: `/api/v1/notifications/${await f.notificationId()}/read` }),
  },
  'POST /api/v1/notifications/read-all': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/notifications/read-all' }),
  },
  'GET /api/v1/notifications/preferences': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/notifications/preferences' }),
  },
  'PUT /api/v1/notifications/preferences': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/notifications/preferences', body: { incident_copy: { push: true } } }),
  },
  'GET /api/v1/push/vapid-public-key': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/push/vapid-public-key' }),
  },
  'GET /api/v1/push/subscriptions': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/push/subscriptions' }),
  },
  'POST /api/v1/push/subscriptions': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/push/subscriptions', body: aPushSubscription() }),
  },
  'DELETE /api/v1/push/subscriptions': {
    expect: SIGNED_IN(),
    request: () => ({
      url: '/api/v1/push/subscriptions',
      body: { endpoint: 'http://127.0.0.1:9/push/gone' },
    }),
  },

  'POST /api/v1/privacy/scan': {
    expect: SIGNED_IN(),
    request: () => ({ url: '/api/v1/privacy/scan', body: { text: 'Ring 070-123 45 67' } }),
  },

  'GET /api/v1/orgs/{orgId}/units/{unitId}/cameras': {
    expect: { ...ORG_READ, admin: 404 },
    request: async (f) => ({ url: orgUrl(f, `/units/${await f.unitId()}/cameras`) }),
  },
  'POST /api/v1/orgs/{orgId}/units/{unitId}/cameras': {
    expect: { ...ORG_MANAGE, admin: 404 },
    request: async (f) => ({ url: orgUrl(f, `/units/${await f.unitId()}/cameras`), body: CAMERA }),
  },
  'PATCH /api/v1/orgs/{orgId}/cameras/{cameraId}': {
    expect: { ...ORG_MANAGE, admin: 404 },
    request: async (f) => ({ url: orgUrl(f, `/cameras/${await f.cameraId()}`), body: { retentionDays: 14 } }),
  },
  'DELETE /api/v1/orgs/{orgId}/cameras/{cameraId}': {
    expect: { ...ORG_MANAGE, admin: 404 },
    request: async (f) => ({ url: orgUrl(f, `/cameras/${await f.cameraId()}`) }),
  },
  'GET /api/v1/orgs/{orgId}/cameras': {
    expect: { ...ORG_READ, admin: 404 },
    request: (f) => ({ url: orgUrl(f, '/cameras') }),
  },
  'GET /api/v1/orgs/{orgId}/cameras/{cameraId}': {
    expect: { ...ORG_READ, admin: 404 },
    request: async (f) => ({ url: orgUrl(f, `/cameras/${await f.cameraId()}`) }),
  },
  // CAM-3: the footage log is for managers and security contacts; reporters see the camera, not its log.
  'GET /api/v1/orgs/{orgId}/cameras/{cameraId}/log': {
    expect: { ...ORG_MANAGE, admin: 404 },
    request: async (f) => ({ url: orgUrl(f, `/cameras/${await f.cameraId()}/log`) }),
  },
  'POST /api/v1/orgs/{orgId}/cameras/{cameraId}/log': {
    expect: { ...ORG_MANAGE, admin: 404 },
    request: async (f) => ({
      url: orgUrl(f, `/cameras/${await f.cameraId()}/log`),
      body: {
        kind: 'disclosure',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        requester: 'Polisen',
        decision: 'pending',
      },
    }),
  },

  // Membership numbers are checked by analysts (and platform admins); to everyone else the queue does not exist.
  'GET /api/v1/admin/memberships': {
    expect: { ...PLATFORM_ADMIN, analyst: 'ok' },
    request: () => ({ url: '/api/v1/admin/memberships' }),
  },
  'PUT /api/v1/admin/memberships/{userId}': {
    expect: { ...PLATFORM_ADMIN, analyst: 'ok' },
    request: async (f) => {
      const claim = await f.membershipClaim();
      return {
        url: `/api/v1/admin/memberships/${claim.userId}`,
        body: { decision: 'verify', membershipNumber: claim.membershipNumber },
      };
    },
  },
  ...LIBRARY_ROUTES,
  ...GROUP_ROUTES,
  ...SHARED_INCIDENT_ROUTES,
  ...FRAUD_ROUTES,
  ...FRAUD_REPORT_ROUTES,
  ...WARNING_ROUTES,
  ...CRISIS_ROUTES,
  'GET /api/v1/admin/users': { expect: PLATFORM_ADMIN, request: () => ({ url: '/api/v1/admin/users' }) },
  'PATCH /api/v1/admin/users/{id}': {
    expect: PLATFORM_ADMIN,
    request: async (f) => ({ url: `/api/v1/admin/users/${await f.userId()}`, body: { disabled: true } }),
  },
};
