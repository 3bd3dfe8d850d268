import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextLink } from '../../ui/RouterLinks';
import type { InvoiceCheckResult } from './queries';
import { Verdict } from './Verdict';

/** What the invoice named, detail by detail, and which of it is on the list. */
export function InvoiceResult({ result }: { result: InvoiceCheckResult }) {
  const { t } = useTranslation();
  if (result.verdict === 'nothing_found') {
    return (
      <Verdict tone="neutral" title={t('fraud.invoice.nothingFoundTitle')}>
        <Text>{t('fraud.invoice.nothingFoundText')}</Text>
      </Verdict>
    );
  }
  const listed = result.verdict === 'listed';
  return (
    <Verdict
      tone={listed ? 'danger' : 'calm'}
      title={listed ? t('fraud.invoice.listedTitle') : t('fraud.invoice.notListedTitle')}
    >
      <Text>{listed ? t('fraud.invoice.listedText') : t('fraud.search.notListedText')}</Text>
      <Stack component="ul" gap="sm" className="plain-list" aria-label={t('fraud.invoice.foundLabel')}>
        {result.found.map((item) => (
          <li key={`${item.kind}:${item.value}`}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600}>
                {t(`fraud.kind.${item.kind}`)} {item.formatted}
              </Text>
              <Badge color={item.entries.length > 0 ? 'red' : 'gray'} variant="filled" tt="none">
                {item.entries.length > 0 ? t('fraud.invoice.itemListed') : t('fraud.invoice.itemNotListed')}
              </Badge>
            </Group>
            {item.entries.map((entry) => (
              <Text key={entry.id} size="sm">
                {t('fraud.invoice.belongsTo')}{' '}
                <Anchor component={Link} to={`/fraud-list/${entry.id}`} fw={600}>
                  {entry.companyName}
                </Anchor>
              </Text>
            ))}
          </li>
        ))}
      </Stack>
      {listed ? null : (
        <Text>
          <TextLink to="/fraud-list/advice">{t('fraud.links.advice')}</TextLink>
        </Text>
      )}
    </Verdict>
  );
}
