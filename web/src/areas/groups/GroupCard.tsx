import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GroupBadges } from './badges';
import type { Group } from './queries';

export function GroupCard({ group }: { group: Group }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Anchor
          component={Link}
          to={`/groups/${group.id}`}
          fw={600}
          size="lg"
          style={{ overflowWrap: 'anywhere' }}
        >
          {group.name}
        </Anchor>
        <GroupBadges group={group} />
        <Text size="sm" c="dimmed">
          {t('groups.memberCount', { count: group.memberCount })}
        </Text>
        {group.description ? (
          <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {group.description}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
