import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/dates';
import { IDENTIFIER_KINDS } from './kinds';
import type { FraudEntry } from './queries';
import './fraud.css';
import '../../ui/facts.css';

/** An entry's details as a list of terms: identifiers grouped by kind, then addresses and the counts. */
export function EntryFacts({ entry }: { entry: FraudEntry }) {
  const { t } = useTranslation();
  const byKind = IDENTIFIER_KINDS.map((kind) => ({
    kind,
    values: entry.identifiers.filter((identifier) => identifier.kind === kind).map((i) => i.formatted),
  })).filter((group) => group.values.length > 0);

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="fraud-facts-heading">
      <Title order={2} size="h3" id="fraud-facts-heading" mb="sm">
        {t('fraud.entry.facts')}
      </Title>
      <dl className="facts">
        {byKind.map(({ kind, values }) => (
          <div key={kind}>
            <dt>{t(`fraud.kind.${kind}`)}</dt>
            {/* Web and e-mail addresses stay text: a link would send readers to the fraudster's site. */}
            {values.map((value) => (
              <dd key={value}>{value}</dd>
            ))}
          </div>
        ))}
        {entry.addresses.length > 0 ? (
          <div>
            <dt>{t('fraud.entry.addresses', { count: entry.addresses.length })}</dt>
            {entry.addresses.map((address, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an entry's addresses are shown as saved, never reordered.
              <dd key={index}>{address}</dd>
            ))}
          </div>
        ) : null}
        <div>
          <dt>{t('fraud.entry.firstPublished')}</dt>
          <dd>{formatDate(entry.firstPublishedAt)}</dd>
        </div>
        <div>
          <dt>{t('fraud.entry.reports')}</dt>
          <dd>{t('fraud.entry.reportCount', { count: entry.reportCount })}</dd>
        </div>
        <div>
          <dt>{t('fraud.entry.updated')}</dt>
          <dd>{formatDate(entry.updatedAt)}</dd>
        </div>
      </dl>
    </Paper>
  );
}
