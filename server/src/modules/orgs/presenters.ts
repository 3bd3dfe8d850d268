import { formatOrgNumber, parseOrgNumber } from '@vaksam/domain/identifiers/organisationsnummer';
import { findMunicipality } from '@vaksam/domain/taxonomy/geo';
import type { InferSelectModel } from 'drizzle-orm';
import type { organisations, units } from '../../db/schema';
import { type Actor, roleIn } from '../../platform/policy';
import { orgAbilities } from './policy';

type OrgRow = InferSelectModel<typeof organisations>;
type UnitRow = InferSelectModel<typeof units>;

export function organisationFormName(orgNumber: string): string {
  const parsed = parseOrgNumber(orgNumber);
  return parsed.ok ? parsed.value.organisationForm.nameSv : '';
}

export function presentOrg(actor: Actor, org: OrgRow) {
  return {
    id: org.id,
    orgNumber: formatOrgNumber(org.orgNumber),
    name: org.name,
    organisationForm: organisationFormName(org.orgNumber),
    sniCode: org.sniCode,
    sniVersion: org.sniVersion,
    requireManagerMfa: org.requireManagerMfa,
    myRole: roleIn(actor, org.id),
    abilities: orgAbilities(actor, org.id),
    createdAt: org.createdAt.toISOString(),
  };
}

export function presentUnit(unit: UnitRow) {
  const municipality = findMunicipality(unit.municipalityCode);
  return {
    id: unit.id,
    orgId: unit.orgId,
    name: unit.name,
    street: unit.street,
    postalCode: unit.postalCode,
    city: unit.city,
    municipalityCode: unit.municipalityCode,
    municipalityName: municipality?.name ?? unit.municipalityCode,
    countyCode: municipality?.countyCode ?? unit.municipalityCode.slice(0, 2),
    latitude: unit.latitude,
    longitude: unit.longitude,
    createdAt: unit.createdAt.toISOString(),
  };
}
