import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Org } from '../../api/types';
import { RoleBadge } from './RoleBadge';

export function OrgList({ orgs }: { orgs: Org[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap="sm" className="plain-list" aria-label={t('orgs.title')}>
      {orgs.map((org) => (
        <Paper component="li" key={org.id} withBorder p="md" radius="md">
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/o/${org.id}/settings`} fw={600} size="lg">
                {org.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {org.orgNumber}
              </Text>
            </Stack>
            {org.myRole ? <RoleBadge role={org.myRole} /> : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
