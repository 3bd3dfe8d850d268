import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface LinkProps {
  to: string;
  children: ReactNode;
}

/** An in-app text link. */
export function TextLink({ to, children, ...props }: LinkProps & AnchorProps) {
  return (
    <Anchor component={Link} to={to} {...props}>
      {children}
    </Anchor>
  );
}

/** An in-app link that looks like a button. */
export function ButtonLink({ to, children, ...props }: LinkProps & ButtonProps) {
  return (
    <Button component={Link} to={to} {...props}>
      {children}
    </Button>
  );
}
