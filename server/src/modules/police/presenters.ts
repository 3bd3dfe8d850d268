import type { PoliceReport, PoliceReportState } from '@vaksam/domain/police/api';
import { policeReportGaps } from '@vaksam/domain/police/gaps';
import type { PoliceReportPayload } from '@vaksam/domain/police/payload';
import { displayRecipient } from './adapters';
import type { PoliceReportRow } from './queries';

const SENDABLE: readonly PoliceReportState[] = ['draft', 'failed'];
const CONFIRMABLE: readonly PoliceReportState[] = ['sent', 'confirmed'];

/**
 * A police report as the API shows it. While it is a draft (or the last attempt failed) the payload is
 * the one that would be sent now; once sent, it is the stored snapshot of what went out.
 */
export function presentPoliceReport(input: {
  incident: { id: string; kNumber: string | null };
  latest: { report: PoliceReportRow; requestedByName: string | null } | null;
  payload: PoliceReportPayload;
  intake: { adapter: 'email' | 'http'; recipient: string | null };
  canManage: boolean;
}): PoliceReport {
  const row = input.latest?.report ?? null;
  const state: PoliceReportState = row?.state ?? 'draft';
  const active = row !== null && state !== 'failed';
  const adapter = active ? row.adapter : input.intake.adapter;
  return {
    incidentId: input.incident.id,
    state,
    adapter,
    recipient: displayRecipient(adapter, active ? row.recipient : input.intake.recipient),
    payload: input.payload,
    gaps: policeReportGaps(input.payload),
    requestedAt: row?.requestedAt.toISOString() ?? null,
    requestedBy: row?.requestedBy ? { id: row.requestedBy, name: input.latest?.requestedByName ?? '' } : null,
    sentAt: row?.sentAt?.toISOString() ?? null,
    confirmedAt: row?.confirmedAt?.toISOString() ?? null,
    externalReference: row?.externalReference ?? null,
    attempts: row?.attempts ?? 0,
    lastError: row?.lastError ?? null,
    kNumber: input.incident.kNumber,
    abilities: {
      send: input.canManage && SENDABLE.includes(state) && input.intake.recipient !== null,
      confirm: input.canManage && CONFIRMABLE.includes(state),
    },
  };
}
