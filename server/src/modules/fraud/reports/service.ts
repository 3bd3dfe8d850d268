import type { FraudReport, FraudReportCreate } from '@vaksam/domain/fraud-reports';
import type { PageQuery } from '@vaksam/domain/pagination';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../../db/client';
import { fraudReports } from '../../../db/schema';
import type { ServiceDeps } from '../../../deps';
import { notFound } from '../../../platform/errors';
import { runIdempotent } from '../../../platform/idempotency';
import { fetchPage } from '../../../platform/pagination';
import { type Actor, enforce } from '../../../platform/policy';
import { parseIdentifiers } from '../identifiers';
import { fileAsIncident } from './incident';
import { fraudReportPolicy } from './policy';
import { presentReport, presentSummary } from './presenters';
import { findReport, listReportsOf } from './queries';

export const REPORT_NOT_FOUND = 'Rapporten hittades inte';

/**
 * FRAUD-4: a signed-in person reports a fraudulent invoice for the analysts' queue, and may file it as an
 * incident of one of their organisations in the same transaction (both or neither). A retry with the same
 * Idempotency-Key answers the first report.
 */
export async function createReport(
  deps: ServiceDeps,
  actor: Actor,
  input: FraudReportCreate,
  idempotencyKey: string | null,
  names: { orgName: string; reporterName: string },
) {
  const identifiers = parseIdentifiers(input.identifiers);
  const { incident, ...fields } = input;
  const result = await runIdempotent<FraudReport>(
    deps.db,
    { userId: actor.userId, key: idempotencyKey, request: input },
    async (tx) => {
      const incidentId = incident
        ? await fileAsIncident(deps, tx, actor, incident, { ...fields, identifiers }, names)
        : null;
      const id = uuidv7();
      await tx.insert(fraudReports).values({
        id,
        reporterId: actor.userId,
        companyName: fields.companyName,
        identifiers: identifiers.map(({ kind, value }) => ({ kind, value })),
        amountOre: fields.amountSek === undefined ? null : Math.round(fields.amountSek * 100),
        invoiceDate: fields.invoiceDate ?? null,
        description: fields.description,
        incidentId,
      });
      return { statusCode: 201, body: await presentOwn(tx, actor, id) };
    },
  );
  // The organisation's managers hear of the incident at once rather than at the relay's next poll.
  if (incident) deps.jobs.nudgeOutbox();
  return result;
}

async function presentOwn(db: Queryable, actor: Actor, id: string): Promise<FraudReport> {
  const found = await findReport(db, id);
  if (!found) throw notFound(REPORT_NOT_FOUND);
  enforce(fraudReportPolicy.own(actor, found.report), REPORT_NOT_FOUND);
  return presentReport(found);
}

export function getOwnReport(deps: ServiceDeps, actor: Actor, id: string) {
  return presentOwn(deps.db, actor, id);
}

export function listOwnReports(deps: ServiceDeps, actor: Actor, query: PageQuery) {
  return fetchPage(
    query,
    (page) => listReportsOf(deps.db, actor.userId, page),
    (row) => row.id,
    presentSummary,
  );
}
