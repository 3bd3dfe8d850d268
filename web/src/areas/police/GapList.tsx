import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/RouterLinks';
import type { PoliceReportGap } from './queries';

/**
 * POL-3: what the police would otherwise ask for later. Required gaps block sending; each says in plain
 * words what is missing and who can add it (the reporter in the report, the sender in their profile).
 */
export function GapList({ gaps, canEditReport }: { gaps: PoliceReportGap[]; canEditReport: boolean }) {
  const { t } = useTranslation();
  const required = gaps.filter((gap) => gap.severity === 'required');
  const recommended = gaps.filter((gap) => gap.severity === 'recommended');
  const fixInReport = gaps.some((gap) => gap.messageKey !== 'contactPhone');

  if (gaps.length === 0) {
    return (
      <Alert color="green" variant="light" title={t('police.gapsNoneTitle')}>
        {t('police.gapsNone')}
      </Alert>
    );
  }

  const item = (gap: PoliceReportGap) => (
    <List.Item key={gap.field}>
      {t(`police.gaps.${gap.messageKey}`, { defaultValue: gap.messageKey })}
      {gap.messageKey === 'contactPhone' ? (
        <>
          {' '}
          <TextLink to="/profile">{t('police.openProfile')}</TextLink>
        </>
      ) : null}
    </List.Item>
  );

  return (
    <>
      {required.length > 0 ? (
        <Alert color="red" variant="light" title={t('police.requiredTitle')}>
          <List size="sm" spacing={4}>
            {required.map(item)}
          </List>
        </Alert>
      ) : null}
      {recommended.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          title={t('police.recommendedTitle')}
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
        >
          <List size="sm" spacing={4}>
            {recommended.map(item)}
          </List>
        </Alert>
      ) : null}
      {fixInReport ? (
        <Text size="sm" c="dimmed">
          {canEditReport ? t('police.fixYourself') : t('police.askReporter')}
        </Text>
      ) : null}
    </>
  );
}
