import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { FraudLinks } from './FraudLinks';
import './fraud.css';

/** FRAUD-7: who is listed, how reports are checked, what is published and how to have an entry reviewed. */
export function CriteriaPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('fraud.criteria.title')} description={t('fraud.criteria.lead')}>
      <FraudLinks current="criteria" />
      <Stack gap="sm" className="fraud-text-page">
        <Title order={2}>{t('fraud.criteria.whenTitle')}</Title>
        <Text>{t('fraud.criteria.whenIntro')}</Text>
        <List spacing="xs">
          <List.Item>{t('fraud.criteria.whenUnordered')}</List.Item>
          <List.Item>{t('fraud.criteria.whenImitates')}</List.Item>
          <List.Item>{t('fraud.criteria.whenUndelivered')}</List.Item>
        </List>
        <Title order={2}>{t('fraud.criteria.checkedTitle')}</Title>
        <Text>{t('fraud.criteria.checkedText')}</Text>
        <Title order={2}>{t('fraud.criteria.publishedTitle')}</Title>
        <Text>{t('fraud.criteria.publishedText')}</Text>
        <Text fw={600}>{t('fraud.criteria.neverReporter')}</Text>
        <Title order={2}>{t('fraud.criteria.reviewTitle')}</Title>
        <Text>{t('fraud.criteria.reviewText')}</Text>
        <Title order={2}>{t('fraud.criteria.removalTitle')}</Title>
        <Text>{t('fraud.criteria.removalText')}</Text>
      </Stack>
    </Page>
  );
}
