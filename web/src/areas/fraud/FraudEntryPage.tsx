import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { hasStatus } from '../../api/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { EntryFacts } from './EntryFacts';
import { EntryStaffActions } from './EntryStaffActions';
import { FraudLinks } from './FraudLinks';
import { type FraudEntry, useFraudEntry } from './queries';
import { Verdict } from './Verdict';
import './fraud.css';

/** FRAUD-1: one listed sender, public. */
export function FraudEntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const entry = useFraudEntry(id);

  if (entry.isPending) return <PageLoader />;
  // A removed entry, and an address that is no entry id at all, are both simply not there.
  if (entry.isError && (hasStatus(entry.error, 404) || hasStatus(entry.error, 400))) return <NotFoundPage />;
  if (entry.isError) {
    return (
      <Page title={t('fraud.title')} description={<TextLink to="/fraud-list">{t('fraud.back')}</TextLink>}>
        <LoadError error={entry.error} onRetry={() => void entry.refetch()} />
      </Page>
    );
  }
  return <EntryDetails entry={entry.data} />;
}

function EntryDetails({ entry }: { entry: FraudEntry }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  return (
    <Page title={entry.companyName} description={<TextLink to="/fraud-list">{t('fraud.back')}</TextLink>}>
      <Verdict tone="danger" title={t('fraud.entry.listedTitle')}>
        <Text>{t('fraud.entry.listedText')}</Text>
        <Text>
          <TextLink to="/fraud-list/advice">{t('fraud.links.advice')}</TextLink>
        </Text>
      </Verdict>
      {me?.user.platformRole ? <EntryStaffActions entry={entry} /> : null}
      <EntryFacts entry={entry} />
      <Stack component="section" gap="xs" aria-labelledby="fraud-description-heading">
        <Title order={2} id="fraud-description-heading">
          {t('fraud.entry.description')}
        </Title>
        {/* Plain text: an analyst's line breaks are kept, nothing in it is read as markup. */}
        <Text className="fraud-description">{entry.description}</Text>
      </Stack>
      <FraudLinks current="list" />
    </Page>
  );
}
