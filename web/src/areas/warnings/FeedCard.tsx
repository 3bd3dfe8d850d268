import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FeedWarning } from './queries';
import { SeverityBadge } from './SeverityBadge';
import { validityText } from './validity';

/** One warning of my feed; an unopened one stands out in weight and with a "Ny" badge. */
export function FeedCard({ warning }: { warning: FeedWarning }) {
  const { t } = useTranslation();
  const unread = warning.openedAt === null;
  return (
    <li>
      <Link to={`/warnings/${warning.id}`} className="warning-card-link">
        <Paper
          withBorder
          p="md"
          radius="md"
          className="warning-card"
          data-severity={warning.severity}
          data-unread={unread}
        >
          <Stack gap={6}>
            <Group gap="xs" wrap="wrap">
              <SeverityBadge severity={warning.severity} />
              {unread ? (
                <Badge color="red.8" variant="filled" size="sm" tt="none">
                  {t('warnings.new')}
                </Badge>
              ) : null}
            </Group>
            <Text
              component="h2"
              className="warning-card-title"
              fz="lg"
              fw={unread ? 800 : 500}
              m={0}
              style={{ overflowWrap: 'anywhere' }}
            >
              {warning.title}
            </Text>
            <Text size="sm" c="dimmed">
              {validityText(t, warning)}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {warning.group
                ? t('warnings.fromGroup', { group: warning.group.name })
                : t('warnings.fromAnalysts')}
              {warning.source ? ` · ${t('warnings.sourceIs', { source: warning.source })}` : ''}
            </Text>
          </Stack>
        </Paper>
      </Link>
    </li>
  );
}
