import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupedMatch } from './matches';

/** Entries a search found, each with what of the query it matched. */
export function MatchList({
  matches,
  label,
  similar = false,
}: {
  matches: GroupedMatch[];
  label: string;
  /** The entries only resemble the query by name; there is nothing else they matched on. */
  similar?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap="xs" className="plain-list" aria-label={label}>
      {matches.map(({ entry, matchedOn }) => (
        <li key={entry.id}>
          <Anchor component={Link} to={`/fraud-list/${entry.id}`} fw={600}>
            {entry.companyName}
          </Anchor>
          <Text size="sm">
            {similar
              ? t('fraud.search.similarName')
              : t('fraud.search.matchedOn', {
                  what: matchedOn
                    .map((kind) => (kind === 'name' ? t('fraud.search.onName') : t(`fraud.kind.${kind}`)))
                    .join(', '),
                })}
            {entry.orgNumber && !matchedOn.includes('organisationsnummer')
              ? ` · ${t('fraud.kind.organisationsnummer')} ${entry.orgNumber}`
              : ''}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
