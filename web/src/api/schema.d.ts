// Hand-written stand-in until web/scripts/generate-client.mjs can generate this file from the server.

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Op<Body, Res, Params = Record<string, never>> = {
  parameters: Params;
  requestBody: Body extends never ? never : { content: { 'application/json': Body } };
  responses: Res;
};
type NoBody<Res, Params = Record<string, never>> = { parameters: Params; requestBody?: never; responses: Res };
type ErrorBody = { error: { code: string; message: string; fields?: { [key: string]: string } } };
type Errors = { 400: Json<ErrorBody>; 401: Json<ErrorBody>; 403: Json<ErrorBody>; 404: Json<ErrorBody>; 409: Json<ErrorBody>; 429: Json<ErrorBody> };

type Language = 'sv' | 'en';
type Role = 'reporter' | 'manager' | 'security_contact';
type SessionUser = {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  language: Language;
  membershipNumber: string | null;
  platformRole: 'analyst' | 'admin' | null;
  emailVerified: boolean;
  totpEnabled: boolean;
};
type Me = {
  user: SessionUser;
  csrfToken: string;
  mfaEnrolmentRequired: boolean;
  memberships: { orgId: string; orgName: string; orgNumber: string; role: Role }[];
};
type Org = {
  id: string;
  orgNumber: string;
  name: string;
  organisationForm: string;
  sniCode: string | null;
  sniVersion: string | null;
  requireManagerMfa: boolean;
  myRole: Role;
  abilities: { update: boolean; manageMembers: boolean; manageUnits: boolean; invite: boolean };
  createdAt: string;
};
type JoinRequest = {
  id: string;
  orgId: string;
  orgName: string;
  user: { id: string; name: string; email: string };
  message: string | null;
  status: 'pending' | 'approved' | 'denied' | 'withdrawn';
  createdAt: string;
  decidedAt: string | null;
};
type Member = { userId: string; name: string; email: string; role: Role; totpEnabled: boolean; joinedAt: string };
type Invite = {
  id: string;
  email: string;
  role: Role;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  expiresAt: string;
  createdAt: string;
};
type Unit = {
  id: string;
  orgId: string;
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  municipalityCode: string;
  municipalityName: string;
  countyCode: string;
  latitude: number | null;
  longitude: number | null;
  createdAt: string;
};
type UnitFields = {
  name: string;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  municipalityCode: string;
  latitude?: number | null;
  longitude?: number | null;
};
type Page<T> = { items: T[]; nextCursor: string | null };
type PageQuery = { cursor?: string; limit?: number };
type Ok = { ok: true };
type Accepted = { accepted: true };

type P<Path> = { query?: never; header?: never; path: Path; cookie?: never };
type Q<Query> = { query?: Query; header?: never; path?: never; cookie?: never };
type PQ<Path, Query> = { query?: Query; header?: never; path: Path; cookie?: never };
type N = { query?: never; header?: never; path?: never; cookie?: never };

type OrgP = P<{ orgId: string }>;

export interface paths {
  '/auth/signup': {
    post: Op<
      { email: string; password: string; name: string; language?: Language; inviteToken?: string },
      { 202: Json<Accepted> } & Errors,
      N
    >;
  };
  '/auth/verify-email': { post: Op<{ token: string }, { 200: Json<Ok> } & Errors, N> };
  '/auth/resend-verification': { post: Op<{ email: string }, { 202: Json<Accepted> } & Errors, N> };
  '/auth/login': {
    post: Op<
      { email: string; password: string },
      { 200: Json<{ status: 'ok'; me: Me } | { status: 'totp_required' }> } & Errors,
      N
    >;
  };
  '/auth/login/totp': { post: Op<{ code: string }, { 200: Json<{ status: 'ok'; me: Me }> } & Errors, N> };
  '/auth/logout': { post: NoBody<{ 200: Json<Ok> } & Errors, N> };
  '/auth/logout-all': { post: NoBody<{ 200: Json<Ok> } & Errors, N> };
  '/auth/me': { get: NoBody<{ 200: Json<Me> } & Errors, N> };
  '/auth/password-reset/request': { post: Op<{ email: string }, { 202: Json<Accepted> } & Errors, N> };
  '/auth/password-reset/confirm': { post: Op<{ token: string; password: string }, { 200: Json<Ok> } & Errors, N> };
  '/auth/password': {
    post: Op<{ currentPassword: string; newPassword: string }, { 200: Json<Ok> } & Errors, N>;
  };
  '/auth/totp/setup': { post: NoBody<{ 200: Json<{ secret: string; otpauthUrl: string }> } & Errors, N> };
  '/auth/totp/enable': { post: Op<{ code: string }, { 200: Json<{ recoveryCodes: string[] }> } & Errors, N> };
  '/auth/totp/disable': { post: Op<{ password: string }, { 200: Json<Ok> } & Errors, N> };
  '/profile': {
    patch: Op<
      { name?: string; phone?: string | null; language?: Language; membershipNumber?: string | null },
      { 200: Json<SessionUser> } & Errors,
      N
    >;
  };
  '/orgs': {
    get: NoBody<{ 200: Json<{ items: Org[] }> } & Errors, N>;
    post: Op<{ orgNumber: string; name: string; sniCode?: string }, { 201: Json<Org> } & Errors, N>;
  };
  '/orgs/lookup': {
    get: NoBody<
      {
        200: Json<{ orgNumber: string; organisationForm: string; registered: boolean; name: string | null }>;
      } & Errors,
      Q<{ orgNumber: string }>
    >;
  };
  '/orgs/{orgId}': {
    get: NoBody<{ 200: Json<Org> } & Errors, OrgP>;
    patch: Op<
      { name?: string; sniCode?: string | null; requireManagerMfa?: boolean },
      { 200: Json<Org> } & Errors,
      OrgP
    >;
  };
  '/join-requests': {
    get: NoBody<{ 200: Json<Page<JoinRequest>> } & Errors, Q<PageQuery>>;
    post: Op<{ orgNumber: string; message?: string }, { 201: Json<JoinRequest> } & Errors, N>;
  };
  '/orgs/{orgId}/join-requests': {
    get: NoBody<{ 200: Json<Page<JoinRequest>> } & Errors, PQ<{ orgId: string }, PageQuery>>;
  };
  '/orgs/{orgId}/join-requests/{requestId}/decision': {
    post: Op<
      { decision: 'approve' | 'deny'; role?: Role },
      { 200: Json<JoinRequest> } & Errors,
      P<{ orgId: string; requestId: string }>
    >;
  };
  '/orgs/{orgId}/members': {
    get: NoBody<{ 200: Json<Page<Member>> } & Errors, PQ<{ orgId: string }, PageQuery>>;
  };
  '/orgs/{orgId}/members/{userId}': {
    patch: Op<{ role: Role }, { 200: Json<Member> } & Errors, P<{ orgId: string; userId: string }>>;
    delete: NoBody<{ 204: { headers: { [name: string]: unknown }; content?: never } } & Errors, P<{ orgId: string; userId: string }>>;
  };
  '/orgs/{orgId}/invites': {
    get: NoBody<{ 200: Json<Page<Invite>> } & Errors, PQ<{ orgId: string }, PageQuery>>;
    post: Op<{ email: string; role: Role }, { 201: Json<Invite> } & Errors, OrgP>;
  };
  '/orgs/{orgId}/invites/{inviteId}': {
    delete: NoBody<{ 204: { headers: { [name: string]: unknown }; content?: never } } & Errors, P<{ orgId: string; inviteId: string }>>;
  };
  '/invites/{token}': {
    get: NoBody<
      { 200: Json<{ orgName: string; orgNumber: string; email: string; role: Role; expiresAt: string }> } & Errors,
      P<{ token: string }>
    >;
  };
  '/invites/{token}/accept': { post: NoBody<{ 200: Json<{ orgId: string }> } & Errors, P<{ token: string }>> };
  '/orgs/{orgId}/units': {
    get: NoBody<{ 200: Json<Page<Unit>> } & Errors, PQ<{ orgId: string }, PageQuery>>;
    post: Op<UnitFields, { 201: Json<Unit> } & Errors, OrgP>;
  };
  '/orgs/{orgId}/units/{unitId}': {
    get: NoBody<{ 200: Json<Unit> } & Errors, P<{ orgId: string; unitId: string }>>;
    patch: Op<Partial<UnitFields>, { 200: Json<Unit> } & Errors, P<{ orgId: string; unitId: string }>>;
    delete: NoBody<{ 204: { headers: { [name: string]: unknown }; content?: never } } & Errors, P<{ orgId: string; unitId: string }>>;
  };
}
