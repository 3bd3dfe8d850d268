import { Anchor, Title, Typography, VisuallyHidden } from '@mantine/core';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import ReactMarkdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';
import { remarkAutolink } from './autolink';
import './library.css';

const REMARK_PLUGINS = [remarkAutolink];

function MarkdownLink({ href = '', children }: ComponentProps<'a'>) {
  const { t } = useTranslation();
  // An address react-markdown found unsafe (javascript: and the like) arrives empty.
  if (!href) return <span>{children}</span>;
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Anchor component={Link} to={href}>
        {children}
      </Anchor>
    );
  }
  if (!/^https?:/i.test(href)) return <Anchor href={href}>{children}</Anchor>;
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <VisuallyHidden>{t('library.opensInNewTab')}</VisuallyHidden>
    </Anchor>
  );
}

const COMPONENTS: Components = {
  // The page's title is the only h1; the text's own headings sit below it.
  h1: ({ children }) => <Title order={2}>{children}</Title>,
  h2: ({ children }) => <Title order={2}>{children}</Title>,
  h3: ({ children }) => <Title order={3}>{children}</Title>,
  h4: ({ children }) => <Title order={4}>{children}</Title>,
  h5: ({ children }) => <Title order={5}>{children}</Title>,
  h6: ({ children }) => <Title order={6}>{children}</Title>,
  a: ({ href, children }) => <MarkdownLink href={href}>{children}</MarkdownLink>,
  // Pictures from other sites would tell them who reads the entry; they are offered as links instead.
  img: ({ src, alt }) =>
    typeof src === 'string' ? <MarkdownLink href={src}>{alt || src}</MarkdownLink> : null,
};

/** Library text written in Markdown; raw HTML in it is shown as text, never rendered. */
export function Markdown({ children }: { children: string }) {
  return (
    <Typography className="library-markdown">
      <ReactMarkdown remarkPlugins={REMARK_PLUGINS} components={COMPONENTS}>
        {children}
      </ReactMarkdown>
    </Typography>
  );
}
