import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FraudReportState } from './queries';

const COLOR: Record<FraudReportState, string> = {
  pending: 'yellow',
  published: 'green',
  merged: 'teal',
  rejected: 'gray',
};

/** What became of a report of a fraudulent invoice, in words and colour. */
export function ReportStateBadge({ state }: { state: FraudReportState }) {
  const { t } = useTranslation();
  return (
    // Dark text: the light badges' own shade of yellow falls short of the contrast that small type needs.
    <Badge color={COLOR[state]} variant="light" c="dark.7" style={{ flexShrink: 0 }}>
      {t(`fraud.report.state.${state}`)}
    </Badge>
  );
}
