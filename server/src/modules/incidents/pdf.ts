import type { Language } from '@vaksam/domain/common';
import type { Incident } from '@vaksam/domain/incidents/api';
import { defaultReportForm, isShown, type Question } from '@vaksam/domain/incidents/form';
import { incidentStatuses, incidentTypes, labelOf, severities } from '@vaksam/domain/incidents/taxonomy';
import { findMunicipality } from '@vaksam/domain/taxonomy/geo';
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { cameras, units } from '../../db/schema';
import { type PdfRow, PdfWriter } from '../../platform/pdf/document';
import { formatSek, formatStockholmDateTime } from '../../platform/pdf/time';
import type { Actor } from '../../platform/policy';
import { presentIncident } from './presenters';
import { findIncidentUnsafe } from './queries';

/** What the report itself does not carry: the unit's address and kommun, the camera's name. */
export type IncidentPdfContext = {
  unit?: {
    street: string | null;
    postalCode: string | null;
    city: string | null;
    municipalityCode: string;
  } | null;
  camera?: { name: string; placement: string } | null;
};

const TEXT = {
  sv: {
    title: 'Händelserapport',
    event: 'Händelsen',
    type: 'Typ',
    severity: 'Allvarlighetsgrad',
    status: 'Status',
    occurredAt: 'Inträffade',
    reportedAt: 'Rapporterad',
    reportId: 'Rapport-id',
    kNumber: 'K-nummer (polisens diarienummer)',
    imyDeadline: 'Anmäls till IMY senast',
    place: 'Plats',
    unit: 'Enhet',
    address: 'Adress',
    municipality: 'Kommun',
    position: 'Position (WGS 84)',
    description: 'Vad hände?',
    details: 'Detaljer',
    noDetails: 'Inga detaljerade uppgifter lämnades.',
    camera: 'Kamera i registret',
    reporter: 'Rapporterad av',
    someone: 'Okänd (kontot är borttaget)',
    yes: 'Ja',
    no: 'Nej',
    organisation: 'Organisation',
  },
  en: {
    title: 'Incident report',
    event: 'The incident',
    type: 'Type',
    severity: 'Severity',
    status: 'Status',
    occurredAt: 'Occurred',
    reportedAt: 'Reported',
    reportId: 'Report id',
    kNumber: 'K-nummer (police reference)',
    imyDeadline: 'Report to IMY by',
    place: 'Place',
    unit: 'Unit',
    address: 'Address',
    municipality: 'Municipality',
    position: 'Position (WGS 84)',
    description: 'What happened?',
    details: 'Details',
    noDetails: 'No detailed answers were given.',
    camera: 'Camera in the register',
    reporter: 'Reported by',
    someone: 'Unknown (the account was deleted)',
    yes: 'Yes',
    no: 'No',
    organisation: 'Organisation',
  },
} as const;

/** An answer as a reader sees it: option labels, yes/no, amounts in kronor. */
export function answerText(question: Question, value: unknown, lang: Language): string {
  const optionLabel = (code: unknown) =>
    'options' in question
      ? (question.options.find((o) => o.code === code)?.label[lang] ?? String(code))
      : String(code);
  switch (question.kind) {
    case 'boolean':
      return value === true ? TEXT[lang].yes : TEXT[lang].no;
    case 'money':
      return typeof value === 'number' ? formatSek(value, lang) : String(value);
    case 'select':
      return optionLabel(value);
    case 'multiselect':
      return Array.isArray(value) ? value.map(optionLabel).join(', ') : String(value);
    default:
      return String(value);
  }
}

const isAnswered = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

function formatAddress(unit: IncidentPdfContext['unit']): string | null {
  if (!unit) return null;
  const town = [unit.postalCode, unit.city].filter(Boolean).join(' ');
  return [unit.street, town].filter(Boolean).join(', ') || null;
}

/**
 * The whole report as an A4 PDF, from the same presenter output the API answers with: what the reporter
 * gets as their copy and what a manager forwards or prints.
 */
export function renderIncidentPdf(
  report: Incident,
  lang: Language,
  context: IncidentPdfContext = {},
): Promise<Buffer> {
  const t = TEXT[lang];
  const type = labelOf(incidentTypes, report.type, lang);
  const municipality = context.unit ? findMunicipality(context.unit.municipalityCode) : undefined;
  const event: PdfRow[] = [
    [t.type, type],
    [t.severity, labelOf(severities, report.severity, lang)],
    [t.status, labelOf(incidentStatuses, report.status, lang)],
    [t.occurredAt, formatStockholmDateTime(report.occurredAt)],
    [t.reportedAt, formatStockholmDateTime(report.createdAt)],
    [t.reporter, report.reporter?.name ?? t.someone],
    [t.kNumber, report.kNumber],
    [t.reportId, report.id],
  ];
  if (report.authorityDeadline)
    event.push([t.imyDeadline, formatStockholmDateTime(report.authorityDeadline)]);
  const place: PdfRow[] = [
    [t.unit, report.unitName],
    [t.address, formatAddress(context.unit)],
    [t.municipality, municipality?.name ?? null],
    [
      t.position,
      report.latitude !== null && report.longitude !== null
        ? `${report.latitude.toFixed(5)}, ${report.longitude.toFixed(5)}`
        : null,
    ],
  ];
  const details: PdfRow[] = defaultReportForm.questions
    .filter((q) => isShown(q, { type: report.type }, report.answers) && isAnswered(report.answers[q.id]))
    .map((q) => [q.label[lang], answerText(q, report.answers[q.id], lang)]);
  if (context.camera) details.push([t.camera, `${context.camera.name} (${context.camera.placement})`]);

  const writer = new PdfWriter({
    title: `${t.title}: ${type}`,
    subtitle: `${t.organisation}: ${report.orgName}`,
    lang,
    author: report.orgName,
  })
    .heading(t.event)
    .rows(event)
    .heading(t.place)
    .rows(place)
    .heading(t.description)
    .paragraph(report.description)
    .heading(t.details);
  if (details.length > 0) writer.rows(details);
  else writer.paragraph(t.noDetails, { muted: true });
  return writer.finish();
}

export async function loadIncidentPdfContext(
  db: Queryable,
  report: { orgId: string; unitId: string | null; cameraId: string | null },
): Promise<IncidentPdfContext> {
  const [unit] = report.unitId
    ? await db
        .select({
          street: units.street,
          postalCode: units.postalCode,
          city: units.city,
          municipalityCode: units.municipalityCode,
        })
        .from(units)
        .where(and(eq(units.orgId, report.orgId), eq(units.id, report.unitId)))
    : [];
  const [camera] = report.cameraId
    ? await db
        .select({ name: cameras.name, placement: cameras.placement })
        .from(cameras)
        .where(and(eq(cameras.orgId, report.orgId), eq(cameras.id, report.cameraId)))
    : [];
  return { unit: unit ?? null, camera: camera ?? null };
}

/** Nobody in particular: documents do not print what the reader may do. */
const DOCUMENT_READER: Actor = { userId: '', platformRole: null, federationMember: false, memberships: [] };

/**
 * Loads and renders a report by id for background work (the reporter's copy, a forwarded mail):
 * the caller has already decided who receives it. Null when the report is gone.
 */
export async function renderIncidentPdfById(
  db: Queryable,
  incidentId: string,
  lang: Language,
): Promise<Buffer | null> {
  const row = await findIncidentUnsafe(db, incidentId);
  if (!row) return null;
  return renderIncidentPdf(
    presentIncident(DOCUMENT_READER, row),
    lang,
    await loadIncidentPdfContext(db, row.incident),
  );
}

/** `vaksam-rapport-2026-11-22-01a2b3c4.pdf`: a name that sorts by date and tells reports apart. */
export function incidentPdfFileName(report: { id: string; occurredAt: string }, lang: Language): string {
  const day = formatStockholmDateTime(report.occurredAt).slice(0, 10);
  return `vaksam-${lang === 'en' ? 'report' : 'rapport'}-${day}-${report.id.slice(-8)}.pdf`;
}
