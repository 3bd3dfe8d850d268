import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import './fraud.css';

export type VerdictTone = 'danger' | 'warning' | 'calm' | 'neutral';

/** The answer to "is this on the list?", told in its title and repeated by its colour. */
export function Verdict({
  tone,
  title,
  children,
}: {
  tone: VerdictTone;
  title: string;
  children?: ReactNode;
}) {
  return (
    <div className="fraud-verdict" data-tone={tone}>
      <Stack gap="sm">
        <Text fw={700} size="lg" className="fraud-verdict-title">
          {title}
        </Text>
        {children}
      </Stack>
    </div>
  );
}
