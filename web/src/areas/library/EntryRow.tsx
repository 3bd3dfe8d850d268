import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../incidents/labels';
import { EntryBadges } from './badges';
import type { LibrarySummary } from './queries';
import { excerptParts, framedExcerpt, shownLanguage } from './text';
import './library.css';

/**
 * One entry in a list of the library or of a group's content: title, badges, and the search excerpt or the
 * summary. `withGroup` leaves out the group's badge where the list is the group's own.
 */
export function EntryRow({ item, withGroup = true }: { item: LibrarySummary; withGroup?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = shownLanguage(lang, item.en !== null);
  const text = (shown === 'en' ? item.en : null) ?? item.sv;
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Anchor
          component={Link}
          to={`/library/${item.id}`}
          fw={600}
          size="lg"
          lang={shown === lang ? undefined : shown}
          style={{ overflowWrap: 'anywhere' }}
        >
          {text.title}
        </Anchor>
        <Group gap={6}>
          <EntryBadges kind={item.kind} scope={item.scope} group={item.group} withGroup={withGroup} />
          {item.kind === 'checklist' ? (
            <Text size="sm" c="dimmed">
              {t('library.pointCount', { count: item.itemCount })}
            </Text>
          ) : null}
        </Group>
        {item.excerpt ? (
          // The excerpt is in the reader's language, or in Swedish when the entry has no English text.
          <Text size="sm" className="library-excerpt" lang={shown === lang ? undefined : shown}>
            {excerptParts(framedExcerpt(item.excerpt)).map((part, index) =>
              part.marked ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one excerpt never reorder.
                <mark key={index}>{part.text}</mark>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one excerpt never reorder.
                <span key={index}>{part.text}</span>
              ),
            )}
          </Text>
        ) : text.summary ? (
          <Text size="sm" c="dimmed" lang={shown === lang ? undefined : shown} lineClamp={3}>
            {text.summary}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
