import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** 2 inside a page, 3 inside a tab that already has an h2. */
  order?: 2 | 3;
}

/** A titled card grouping related content on a page. */
export function Section({ title, description, children, order = 2 }: SectionProps) {
  return (
    <Paper component="section" withBorder p="md" radius="md">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={order}>{title}</Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
