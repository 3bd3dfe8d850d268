import { Container, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

interface PageProps {
  title: string;
  description?: ReactNode;
  /** Shown next to the heading, e.g. the main action of the page. */
  actions?: ReactNode;
  size?: 'xs' | 'sm' | 'md';
  children?: ReactNode;
}

/** A page's frame: one h1, an optional lead text and the content, sized for a phone first. */
export function Page({ title, description, actions, size = 'sm', children }: PageProps) {
  useDocumentTitle(title);
  return (
    <Container size={size} px="md" py="lg">
      <Stack gap="lg">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" gap="sm">
            {/* A long company name is one word: it breaks rather than widen the page on a phone. */}
            <Title order={1} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
              {title}
            </Title>
            {actions}
          </Group>
          {description ? <Text c="dimmed">{description}</Text> : null}
        </Stack>
        {children}
      </Stack>
    </Container>
  );
}
