import { formatOrgNumber } from '@vaksam/domain/identifiers/organisationsnummer';
import { defaultReportForm } from '@vaksam/domain/incidents/form';
import { type IncidentType, incidentTypes, labelOf, severities } from '@vaksam/domain/incidents/taxonomy';
import { policeCrimeOf } from '@vaksam/domain/police/crime-types';
import { POLICE_REPORT_FORMAT, type PoliceReportPayload } from '@vaksam/domain/police/payload';
import { findCounty, findMunicipality, policeRegionOfCounty } from '@vaksam/domain/taxonomy/geo';
import type { IncidentRow } from '../incidents/queries';
import type { PayloadSources } from './queries';

type Coded = { code: string; label: string };

const optionsOf = (questionId: string) => {
  const question = defaultReportForm.questions.find((q) => q.id === questionId);
  return question && 'options' in question ? question.options : [];
};

/** A stored select answer with its Swedish label; unknown codes keep the code as label. */
function codedAnswer(questionId: string, value: unknown): Coded | null {
  if (typeof value !== 'string') return null;
  const option = optionsOf(questionId).find((o) => o.code === value);
  return { code: value, label: option?.label.sv ?? value };
}

function codedAnswers(questionId: string, value: unknown): Coded[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((code) => codedAnswer(questionId, code) ?? []);
}

const numberAnswer = (value: unknown) => (typeof value === 'number' ? value : null);
const textAnswer = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
const booleanAnswer = (value: unknown) => (typeof value === 'boolean' ? value : null);
const countWithAny = (value: unknown) => {
  const count = numberAnswer(value);
  return { any: count === null ? null : count > 0, count };
};

/**
 * POL-1: the structured police report, built from the incident as it is now and from the person who
 * sends it (the police's contact). Texts are Swedish whatever the sender's language: the police read them.
 */
export function buildPolicePayload(
  row: IncidentRow,
  sources: PayloadSources,
  builtAt: Date = new Date(),
): PoliceReportPayload {
  const { incident } = row;
  const { unit, camera } = sources;
  const answers = incident.answers;
  const type = incident.type as IncidentType;
  const crime = policeCrimeOf(type);
  const municipality = unit ? findMunicipality(unit.municipalityCode) : undefined;
  const county = municipality ? findCounty(municipality.countyCode) : undefined;
  const address =
    unit && (unit.street || unit.postalCode || unit.city)
      ? { street: unit.street, postalCode: unit.postalCode, city: unit.city }
      : null;
  const coordinates =
    incident.latitude !== null && incident.longitude !== null
      ? { latitude: incident.latitude, longitude: incident.longitude, source: 'report' as const }
      : unit?.latitude !== null && unit?.latitude !== undefined && unit.longitude !== null
        ? { latitude: unit.latitude, longitude: unit.longitude, source: 'unit' as const }
        : null;

  return {
    format: POLICE_REPORT_FORMAT,
    reportId: incident.id,
    builtAt: builtAt.toISOString(),
    organisation: {
      name: sources.org.name,
      orgNumber: formatOrgNumber(sources.org.orgNumber),
      contact: { name: sources.contact.name, email: sources.contact.email, phone: sources.contact.phone },
    },
    crime: {
      code: crime.code,
      label: crime.label.sv,
      incidentType: { code: type, label: labelOf(incidentTypes, type) },
      severity: { code: incident.severity, label: labelOf(severities, incident.severity) },
    },
    time: { from: incident.occurredAt.toISOString(), to: null },
    place: {
      unitName: unit?.name ?? null,
      address,
      municipality: municipality ? { code: municipality.code, name: municipality.name } : null,
      county: county ? { code: county.code, name: county.name } : null,
      policeRegion: county ? (policeRegionOfCounty(county.code)?.name ?? null) : null,
      coordinates,
      scene: codedAnswer('damagePlace', answers.damagePlace),
    },
    description: incident.description,
    loss: { valueSek: numberAnswer(answers.valueSek), items: textAnswer(answers.itemsAffected) },
    modusOperandi: codedAnswers('modusOperandi', answers.modusOperandi),
    tools: codedAnswers('tools', answers.tools),
    perpetrators: {
      count: numberAnswer(answers.perpetratorCount),
      descriptions: codedAnswers('perpetratorTraits', answers.perpetratorTraits),
    },
    witnesses: countWithAny(answers.witnesses),
    injuries: countWithAny(answers.injuredPersons),
    cctv: {
      available: booleanAnswer(answers.cctvAvailable),
      camera: camera
        ? { name: camera.name, placement: camera.placement, retentionDays: camera.retentionDays }
        : null,
      note: textAnswer(answers.cctvCamera),
    },
    policeAtScene: booleanAnswer(answers.policeCalled),
    kNumber: incident.kNumber,
    attachments: { count: sources.attachmentCount },
  };
}
