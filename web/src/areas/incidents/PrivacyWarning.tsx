import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { darkAlertTitle } from '../../ui/alertStyles';
import type { PrivacyFinding } from './queries';

interface PrivacyWarningProps {
  findings: PrivacyFinding[];
  pending: boolean;
  onRedact: () => void;
  onSendAnyway: () => void;
}

/** Asks before personal data in the free text is sent: remove it, or send the text as written. */
export function PrivacyWarning({ findings, pending, onRedact, onSendAnyway }: PrivacyWarningProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="yellow"
      variant="light"
      title={t('report.privacy.title')}
      styles={darkAlertTitle}
    >
      <Stack gap="sm">
        <Text size="sm">{t('report.privacy.text')}</Text>
        <List size="sm" spacing={4}>
          {findings.map((finding) => (
            <List.Item key={`${finding.start}-${finding.end}`}>
              {t(`report.privacy.kinds.${finding.kind}`)}: <mark className="finding">{finding.text}</mark>
            </List.Item>
          ))}
        </List>
        <Stack gap="xs">
          <Button onClick={onRedact} loading={pending}>
            {t('report.privacy.redact')}
          </Button>
          <Button variant="default" onClick={onSendAnyway} disabled={pending}>
            {t('report.privacy.sendAnyway')}
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}
