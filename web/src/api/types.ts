import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
type Success<Operation> = Operation extends { responses: infer R }
  ? JsonOf<R[Extract<keyof R, 200 | 201 | 202>]>
  : never;
type RequestBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type Me = Success<paths['/auth/me']['get']>;
export type SessionUser = Me['user'];
export type Membership = Me['memberships'][number];
export type Language = SessionUser['language'];
export type LoginResult = Success<paths['/auth/login']['post']>;
export type TotpSetup = Success<paths['/auth/totp/setup']['post']>;

export type Org = Success<paths['/orgs/{orgId}']['get']>;
export type OrgAbilities = Org['abilities'];
export type OrgLookup = Success<paths['/orgs/lookup']['get']>;
export type JoinRequest = Success<paths['/join-requests']['post']>;
export type Member = Success<paths['/orgs/{orgId}/members']['get']>['items'][number];
export type Role = Member['role'];
export type Invite = Success<paths['/orgs/{orgId}/invites']['post']>;
export type InvitePreview = Success<paths['/invites/{token}']['get']>;
export type Unit = Success<paths['/orgs/{orgId}/units/{unitId}']['get']>;
export type UnitInput = RequestBody<paths['/orgs/{orgId}/units']['post']>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
