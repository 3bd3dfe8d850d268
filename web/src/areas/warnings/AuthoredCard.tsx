import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuthoredWarning } from './queries';
import { SeverityBadge } from './SeverityBadge';
import { StateBadge } from './StateBadge';
import { validityText } from './validity';
import { WarningStats } from './WarningStats';

/** A warning as its authors list it: what it is, its state, and its figures once sent. */
export function AuthoredCard({ warning, editPath }: { warning: AuthoredWarning; editPath: string }) {
  const { t } = useTranslation();
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      className="warning-card"
      data-severity={warning.severity}
    >
      <Stack gap={6}>
        <Group gap="xs">
          <StateBadge state={warning.state} />
          <SeverityBadge severity={warning.severity} />
        </Group>
        <Anchor component={Link} to={editPath} fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
          {warning.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {validityText(t, warning)}
        </Text>
        {warning.state === 'draft' ? null : <WarningStats warning={warning} />}
      </Stack>
    </Paper>
  );
}
