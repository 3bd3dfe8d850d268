import type { ParsedFraudIdentifier } from '@vaksam/domain/fraud';
import { FRAUD_IDENTIFIER_LABELS } from '@vaksam/domain/fraud';
import type { FraudReportCreate } from '@vaksam/domain/fraud-reports';
import { DESCRIPTION_MAX } from '@vaksam/domain/incidents/api';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { units } from '../../../db/schema';
import type { ServiceDeps } from '../../../deps';
import { HttpError, invalid } from '../../../platform/errors';
import { type Actor, enforce } from '../../../platform/policy';
import { incidentPolicy } from '../../incidents/policy';
import { reportIncident } from '../../incidents/service';

/** The incident type of the taxonomy that a reported invoice is filed as. */
const INCIDENT_TYPE = 'fraudulent_invoice';
const ORG_NOT_FOUND = 'Organisationen hittades inte';

type Report = Omit<FraudReportCreate, 'identifiers' | 'incident'> & { identifiers: ParsedFraudIdentifier[] };

/**
 * The report as the text of an incident, in Swedish as the organisation's reports are: the sender and its
 * numbers first, so that the police flow finds them even when a long description is cut to fit.
 */
export function incidentText(report: Report): string {
  const lines = [`Bluffaktura från ${report.companyName}`];
  for (const identifier of report.identifiers)
    lines.push(`${FRAUD_IDENTIFIER_LABELS[identifier.kind].sv}: ${identifier.formatted}`);
  if (report.amountSek !== undefined)
    lines.push(
      `Belopp: ${report.amountSek.toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kr`,
    );
  if (report.invoiceDate) lines.push(`Fakturadatum: ${report.invoiceDate}`);
  const head = `${lines.join('\n')}\n\n`;
  const room = DESCRIPTION_MAX - head.length;
  const description =
    report.description.length <= room ? report.description : `${report.description.slice(0, room - 1)}…`;
  return head + description;
}

/**
 * A report needs a place; an invoice arrives at the organisation rather than somewhere, so an organisation with
 * one unit needs no choice.
 */
async function unitFor(tx: Tx, orgId: string, unitId: string | undefined): Promise<string | undefined> {
  if (unitId) return unitId;
  const found = await tx.select({ id: units.id }).from(units).where(eq(units.orgId, orgId)).limit(2);
  if (found.length === 1) return found[0]?.id;
  throw invalid({ 'incident.unitId': 'Välj vilken enhet fakturan kom till' });
}

/**
 * Files the report as an incident of the organisation in the caller's transaction, through the incidents
 * module, so its notices, history and police flow apply as to any other report: a reporter outside the
 * organisation gets its 404. Field errors are named inside `incident`.
 */
export async function fileAsIncident(
  deps: ServiceDeps,
  tx: Tx,
  actor: Actor,
  target: { orgId: string; unitId?: string | undefined },
  report: Report,
  names: { orgName: string; reporterName: string },
): Promise<string> {
  try {
    // Asked before the units are looked at, so that a stranger learns nothing of the organisation's units.
    enforce(incidentPolicy.create(actor, target.orgId), ORG_NOT_FOUND);
    const unitId = await unitFor(tx, target.orgId, target.unitId);
    const filed = await reportIncident(
      { ...deps, db: tx },
      actor,
      {
        orgId: target.orgId,
        type: INCIDENT_TYPE,
        occurredAt: new Date().toISOString(),
        unitId,
        description: incidentText(report),
        answers: report.amountSek !== undefined ? { valueSek: Math.round(report.amountSek) } : {},
      },
      null,
      names,
    );
    return filed.body.id;
  } catch (error) {
    if (error instanceof HttpError && error.fields) {
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([key, message]) => [
          key.startsWith('incident.') ? key : `incident.${key}`,
          message,
        ]),
      );
      throw new HttpError(error.statusCode, error.code, error.message, fields);
    }
    throw error;
  }
}
