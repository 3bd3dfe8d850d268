import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../ui/Section';
import { DisableTotpButton } from './DisableTotpButton';
import { meQueryKey } from './session';
import { TotpEnrolment } from './TotpEnrolment';

export function TwoFactorSection({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [enrolling, setEnrolling] = useState(false);

  const finish = () => {
    setEnrolling(false);
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  };

  return (
    <Section title={t('totp.sectionTitle')} description={t('totp.sectionDescription')}>
      <Group gap="xs">
        <Text size="sm">{t('totp.status')}</Text>
        <Badge color={enabled ? 'green' : 'gray'} variant="light" tt="none">
          {enabled ? t('totp.on') : t('totp.off')}
        </Badge>
      </Group>
      {enabled && !enrolling ? <DisableTotpButton /> : null}
      {!enabled && !enrolling ? (
        <div>
          <Button onClick={() => setEnrolling(true)}>{t('totp.enable')}</Button>
        </div>
      ) : null}
      {enrolling ? (
        <Stack gap="md">
          <TotpEnrolment onDone={finish} />
          <Button variant="subtle" onClick={() => setEnrolling(false)} style={{ alignSelf: 'flex-start' }}>
            {t('common.cancel')}
          </Button>
        </Stack>
      ) : null}
    </Section>
  );
}
