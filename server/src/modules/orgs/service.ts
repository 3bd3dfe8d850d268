import {
  formatOrgNumber,
  normalizeOrgNumber,
  parseOrgNumber,
} from '@vaksam/domain/identifiers/organisationsnummer';
import { SNI_VERSION } from '@vaksam/domain/taxonomy/sni';
import { eq } from 'drizzle-orm';
import { memberships, organisations } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { type Actor, enforce, isPlatformAdmin } from '../../platform/policy';
import { orgPolicy } from './policy';
import { presentOrg } from './presenters';
import { findOrgById, findOrgByNumber, listOrgsByIds } from './queries';

const ORG_NOT_FOUND = 'Organisationen hittades inte';

export function requireOrgNumber(input: string): string {
  const normalized = normalizeOrgNumber(input);
  if (!normalized) throw invalid({ orgNumber: 'Ogiltigt organisationsnummer' });
  return normalized;
}

export async function listMyOrgs(deps: ServiceDeps, actor: Actor) {
  const orgs = await listOrgsByIds(
    deps.db,
    actor.memberships.map((m) => m.orgId),
  );
  return { items: orgs.map((org) => presentOrg(actor, org)) };
}

export async function getOrg(deps: ServiceDeps, actor: Actor, orgId: string) {
  enforce(orgPolicy.read(actor, orgId), ORG_NOT_FOUND);
  const org = await findOrgById(deps.db, orgId);
  if (!org) throw notFound(ORG_NOT_FOUND);
  return presentOrg(actor, org);
}

/** Organisationsnummer are public facts, so telling whether one is registered leaks nothing. */
export async function lookupOrg(deps: ServiceDeps, orgNumberInput: string) {
  const normalized = requireOrgNumber(orgNumberInput);
  const parsed = parseOrgNumber(normalized);
  const org = await findOrgByNumber(deps.db, normalized);
  return {
    orgNumber: formatOrgNumber(normalized),
    organisationForm: parsed.ok ? parsed.value.organisationForm.nameSv : '',
    registered: org !== null,
    name: org?.name ?? null,
  };
}

export async function registerOrg(
  deps: ServiceDeps,
  actor: Actor,
  input: { orgNumber: string; name: string; sniCode?: string | undefined },
) {
  const orgNumber = requireOrgNumber(input.orgNumber);
  const created = await deps.db.transaction(async (tx) => {
    if (await findOrgByNumber(tx, orgNumber)) {
      throw conflict('Organisationen finns redan i Vaksam. Be om att få gå med i stället.', {
        orgNumber: 'Organisationen är redan registrerad',
      });
    }
    const [org] = await tx
      .insert(organisations)
      .values({
        orgNumber,
        name: input.name,
        sniCode: input.sniCode ?? null,
        sniVersion: input.sniCode ? SNI_VERSION : null,
      })
      .returning();
    if (!org) throw new Error('insert returned no row');
    await tx.insert(memberships).values({ orgId: org.id, userId: actor.userId, role: 'manager' });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId: org.id,
      action: 'org.registered',
      targetType: 'org',
      targetId: org.id,
    });
    return org;
  });
  const withMembership: Actor = {
    ...actor,
    memberships: [...actor.memberships, { orgId: created.id, role: 'manager' }],
  };
  return presentOrg(withMembership, created);
}

export async function updateOrg(
  deps: ServiceDeps,
  actor: Actor,
  orgId: string,
  changes: {
    name?: string | undefined;
    sniCode?: string | null | undefined;
    requireManagerMfa?: boolean | undefined;
  },
) {
  enforce(orgPolicy.update(actor, orgId), ORG_NOT_FOUND);
  const org = await deps.db.transaction(async (tx) => {
    const values: Partial<typeof organisations.$inferInsert> = { updatedAt: new Date() };
    if (changes.name !== undefined) values.name = changes.name;
    if (changes.sniCode !== undefined) {
      values.sniCode = changes.sniCode;
      values.sniVersion = changes.sniCode ? SNI_VERSION : null;
    }
    if (changes.requireManagerMfa !== undefined) values.requireManagerMfa = changes.requireManagerMfa;
    const [row] = await tx.update(organisations).set(values).where(eq(organisations.id, orgId)).returning();
    if (!row) throw notFound(ORG_NOT_FOUND);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'org.updated',
      targetType: 'org',
      targetId: orgId,
      details: { fields: Object.keys(changes), byPlatformAdmin: isPlatformAdmin(actor) },
    });
    return row;
  });
  return presentOrg(actor, org);
}
