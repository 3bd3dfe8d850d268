/** Every actor the matrix plays, relative to organisation A ("own"); B is the "foreign" organisation. */
export const ROLES = [
  'anonymous',
  'outsider',
  'federation_member',
  'reporter',
  'manager',
  'security_contact',
  'analyst',
  'admin',
  'group_member',
  'group_admin',
  'group_crisis_admin',
  'group_banned',
] as const;
export type Role = (typeof ROLES)[number];
export type Tenancy = 'own' | 'foreign';

/** 'ok' means any 2xx; a number means exactly that status. */
export type Outcome = 'ok' | 400 | 401 | 403 | 404 | 409;
type RoleOutcome = Outcome | { own: Outcome; foreign: Outcome };

/**
 * Roles that differ from an outsider only in what they are outside organisations: a verified member of the
 * trade federation, and people seated in the "own" group (see world.ts). They are played only where an
 * expectation names them; everywhere else they would be answered as the outsider is.
 */
export const NAMED_ONLY_ROLES = [
  'federation_member',
  'group_member',
  'group_admin',
  'group_crisis_admin',
  'group_banned',
] as const;
type NamedOnlyRole = (typeof NAMED_ONLY_ROLES)[number];

export type Expectation = Record<Exclude<Role, NamedOnlyRole>, RoleOutcome> &
  Partial<Record<NamedOnlyRole, RoleOutcome>>;

export const isNamedOnly = (role: Role): role is NamedOnlyRole =>
  (NAMED_ONLY_ROLES as readonly string[]).includes(role);

const members = (own: Outcome, foreign: Outcome = 404) => ({ own, foreign });

export const PUBLIC = (outcome: RoleOutcome = 'ok'): Expectation => ({
  anonymous: outcome,
  outsider: outcome,
  reporter: outcome,
  manager: outcome,
  security_contact: outcome,
  analyst: outcome,
  admin: outcome,
});

export const SIGNED_IN = (
  outcome: RoleOutcome = 'ok',
  overrides: Partial<Expectation> = {},
): Expectation => ({
  ...PUBLIC(outcome),
  anonymous: 401,
  ...overrides,
});

/** Members of the organisation read; nobody else learns it exists; platform admins see everything. */
export const ORG_READ: Expectation = {
  anonymous: 401,
  outsider: 404,
  reporter: members('ok'),
  manager: members('ok'),
  security_contact: members('ok'),
  analyst: 404,
  admin: 'ok',
};

/** As ORG_READ, but reporters see the organisation and are refused the change. */
export const ORG_MANAGE: Expectation = { ...ORG_READ, reporter: members(403) };

export const PLATFORM_ADMIN: Expectation = {
  anonymous: 401,
  outsider: 404,
  reporter: 404,
  manager: 404,
  security_contact: 404,
  analyst: 404,
  admin: 'ok',
};

export function expected(expectation: Expectation, role: Role, tenancy: Tenancy): Outcome {
  const value = isNamedOnly(role) ? (expectation[role] ?? expectation.outsider) : expectation[role];
  return typeof value === 'object' ? value[tenancy] : value;
}

export function matches(outcome: Outcome, status: number): boolean {
  return outcome === 'ok' ? status >= 200 && status < 300 : status === outcome;
}

/** Reports: members of the organisation file them; platform staff never see them (PRIV-4). */
export const INCIDENT_CREATE: Expectation = { ...ORG_READ, admin: 404 };
/** The reporter's own report (the fixture is filed by the matrix reporter) and the managers' view of it. */
export const INCIDENT_READ: Expectation = { ...ORG_READ, admin: 404 };
export const INCIDENT_EDIT: Expectation = {
  ...INCIDENT_READ,
  manager: members(403),
  security_contact: members(403),
};
export const INCIDENT_HANDLE: Expectation = { ...INCIDENT_READ, reporter: members(403) };
/** The reporter and the managers may record the police's reference; nobody else sees the report. */
export const INCIDENT_POLICE_REFERENCE: Expectation = INCIDENT_READ;

/** Member-only library content: verified members and platform staff read it; to anyone else it does not exist. */
export const MEMBERS_ONLY: Expectation = {
  ...SIGNED_IN(404),
  federation_member: 'ok',
  analyst: 'ok',
  admin: 'ok',
};

/** A person's own entry ("own" case) or somebody else's ("foreign" case). */
export const PERSONAL: Expectation = SIGNED_IN({ own: 'ok', foreign: 404 });

export const inOwnGroup = (outcome: Outcome) => ({ own: outcome, foreign: 404 as const });

/**
 * A closed group: its members read it; nobody outside it, banned members included, learns it exists. The
 * "foreign" case is another group in which none of the actors has a seat.
 */
export const GROUP_READ: Expectation = {
  ...SIGNED_IN(404),
  group_member: inOwnGroup('ok'),
  group_admin: inOwnGroup('ok'),
  group_crisis_admin: inOwnGroup('ok'),
  group_banned: 404,
};

/** As GROUP_READ, but only the group's admins act; members see the group and are refused. */
export const GROUP_ADMIN: Expectation = {
  ...GROUP_READ,
  group_member: inOwnGroup(403),
  group_crisis_admin: inOwnGroup(403),
};
