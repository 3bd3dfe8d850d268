import type { FeedWarning, Warning, WarningStats } from '@vaksam/domain/warnings';
import type { FeedRow, WarningRow } from './queries';

const NO_STATS: WarningStats = { targeted: 0, delivered: 0, opened: 0, useful: 0, notUseful: 0 };

function core(row: WarningRow) {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    actions: row.actions,
    severity: row.severity,
    source: row.source,
    validFrom: row.validFrom.toISOString(),
    validUntil: row.validUntil?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    group: row.groupId ? { id: row.groupId, name: row.groupName ?? '' } : null,
  };
}

export function presentWarning(row: WarningRow, stats: WarningStats | undefined): Warning {
  return { ...core(row), state: row.state, targeting: row.targeting, stats: stats ?? NO_STATS };
}

export function presentFeedWarning(row: FeedRow): FeedWarning {
  return { ...core(row), openedAt: row.openedAt?.toISOString() ?? null, feedback: row.feedback };
}
