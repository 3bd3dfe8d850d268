import { Badge } from '@mantine/core';
import { type IncidentStatus, statusLabel, useLang } from './labels';

const COLORS: Record<IncidentStatus, string> = {
  new: 'red',
  in_progress: 'yellow',
  resolved: 'green',
  closed: 'gray',
};

export function StatusBadge({ status }: { status: IncidentStatus }) {
  const lang = useLang();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" style={{ flexShrink: 0 }} c="dark.7">
      {statusLabel(status, lang)}
    </Badge>
  );
}
