import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WarningState } from './queries';

const COLOURS: Record<WarningState, string> = { draft: 'gray.7', published: 'green.9', withdrawn: 'dark.4' };

export function StateBadge({ state }: { state: WarningState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[state]} variant="filled" size="sm" tt="none">
      {t(`warnings.state.${state}`)}
    </Badge>
  );
}
