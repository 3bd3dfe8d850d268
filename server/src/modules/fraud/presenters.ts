import type { FraudEntry, FraudEntrySummary, FraudIdentifierKind } from '@vaksam/domain/fraud';
import { parseFraudIdentifier } from '@vaksam/domain/fraud';
import { formatOrgNumber } from '@vaksam/domain/identifiers/organisationsnummer';
import type { EntryRow, SummaryRow } from './queries';

const EXCERPT_MAX = 200;

/** The first line of the description, cut at a word near 200 characters. */
function excerptOf(description: string): string {
  const firstLine = description.trim().split('\n', 1)[0] ?? '';
  if (firstLine.length <= EXCERPT_MAX) return firstLine;
  const cut = firstLine.slice(0, EXCERPT_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_MAX - 40))}…`;
}

export function presentSummary(row: SummaryRow): FraudEntrySummary {
  return {
    id: row.id,
    companyName: row.companyName,
    orgNumber: row.orgNumber ? formatOrgNumber(row.orgNumber) : null,
    firstPublishedAt: row.firstPublishedAt.toISOString(),
    reportCount: row.reportCount,
    excerpt: excerptOf(row.description),
  };
}

/** A stored value in the form people write it; stored values were normalised by the same parser. */
export function formattedIdentifier(kind: FraudIdentifierKind, value: string): string {
  return parseFraudIdentifier(kind, value)?.formatted ?? value;
}

export function presentEntry(row: EntryRow): FraudEntry {
  return {
    ...presentSummary(row),
    addresses: row.addresses,
    identifiers: row.identifiers.map((identifier) => ({
      ...identifier,
      formatted: formattedIdentifier(identifier.kind, identifier.value),
    })),
    description: row.description,
    updatedAt: row.updatedAt.toISOString(),
  };
}
