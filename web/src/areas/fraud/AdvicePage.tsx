import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { FraudLinks } from './FraudLinks';

/** In the order a reader needs them: first what not to do, last what to do when it is too late. */
const STEPS = [
  'dontPay',
  'checkSender',
  'contest',
  'neverConfirm',
  'keep',
  'police',
  'colleagues',
  'alreadyPaid',
] as const;

/** FRAUD-5: what to do with an invoice that looks like a scam. */
export function AdvicePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('fraud.advice.title')} description={t('fraud.advice.lead')}>
      <FraudLinks current="advice" />
      <Stack component="ol" gap="sm" className="plain-list">
        {STEPS.map((step, index) => (
          <Paper component="li" key={step} withBorder p="md" radius="md">
            <Stack gap={4}>
              <Title order={2} size="h3">
                {index + 1}. {t(`fraud.advice.${step}.title`)}
              </Title>
              <Text>{t(`fraud.advice.${step}.text`)}</Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Page>
  );
}
