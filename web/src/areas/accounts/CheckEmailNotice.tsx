import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** Confirms that a mail is on its way without saying whether the address has an account. */
export function CheckEmailNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert color="green" variant="light" title={title}>
      {children}
    </Alert>
  );
}
