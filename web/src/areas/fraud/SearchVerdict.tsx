import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/RouterLinks';
import { MatchList } from './MatchList';
import { groupMatches } from './matches';
import type { FraudSearchResult } from './queries';
import { Verdict } from './Verdict';

/** FRAUD-2: what the search found, said plainly, with the entries to read more in. */
export function SearchVerdict({ result }: { result: FraudSearchResult }) {
  const { t } = useTranslation();
  const { exact, similar } = groupMatches(result);
  const readAs = result.readAs
    .map(({ kind, value }) =>
      kind === 'name' ? t('fraud.search.readAsName', { value }) : `${t(`fraud.kind.${kind}`)} ${value}`,
    )
    .join(', ');
  const readAsLine = readAs ? (
    <Text size="sm" c="dimmed">
      {t('fraud.search.readAs', { what: readAs })}
    </Text>
  ) : null;

  if (result.verdict === 'listed') {
    return (
      <Verdict tone="danger" title={t('fraud.search.listedTitle')}>
        <Text>{t('fraud.search.listedText')}</Text>
        <MatchList matches={exact} label={t('fraud.search.listedLabel')} />
        {similar.length > 0 ? (
          <>
            <Text size="sm" fw={600}>
              {t('fraud.search.alsoSimilar')}
            </Text>
            <MatchList matches={similar} label={t('fraud.search.similarLabel')} similar />
          </>
        ) : null}
        {readAsLine}
      </Verdict>
    );
  }
  if (result.verdict === 'similar') {
    return (
      <Verdict tone="warning" title={t('fraud.search.similarTitle')}>
        <Text>{t('fraud.search.similarText')}</Text>
        <MatchList matches={similar} label={t('fraud.search.similarLabel')} similar />
        {readAsLine}
      </Verdict>
    );
  }
  return (
    <Verdict tone="calm" title={t('fraud.search.notListedTitle')}>
      <Text>{t('fraud.search.notListedText')}</Text>
      <Text>
        <TextLink to="/fraud-list/advice">{t('fraud.links.advice')}</TextLink>
      </Text>
      {readAsLine}
    </Verdict>
  );
}
