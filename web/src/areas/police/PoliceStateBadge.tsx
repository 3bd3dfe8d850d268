import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PoliceReportState } from './queries';

const COLOURS: Record<PoliceReportState, string> = {
  draft: 'gray',
  sending: 'yellow',
  sent: 'blue',
  confirmed: 'green',
  failed: 'red',
};

export function PoliceStateBadge({ state }: { state: PoliceReportState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOURS[state]} radius="sm" tt="none" c="dark.7" style={{ flexShrink: 0 }}>
      {t(`police.states.${state}`)}
    </Badge>
  );
}
