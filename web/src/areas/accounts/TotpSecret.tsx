import { Button, CopyButton, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../../ui/QrCode';

function groupsOfFour(secret: string): string {
  return secret
    .replace(/\s+/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

/** How to add the account to an authenticator app: link on phones, QR code on computers, key by hand. */
export function TotpSecret({ secret, otpauthUrl }: { secret: string; otpauthUrl: string }) {
  const { t } = useTranslation();
  return (
    <List type="ordered" spacing="md">
      <List.Item>
        <Stack gap="xs">
          <Text>{t('totp.stepApp')}</Text>
          <div>
            <Button component="a" href={otpauthUrl} variant="light">
              {t('totp.openInApp')}
            </Button>
          </div>
          <QrCode value={otpauthUrl} label={t('totp.qrLabel')} />
          <Text size="sm">{t('totp.manualKey')}</Text>
          <Group gap="sm" align="center">
            <Text className="secret-code" data-testid="totp-secret">
              {groupsOfFour(secret)}
            </Text>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button variant="default" size="xs" onClick={copy}>
                  {copied ? t('common.copied') : t('totp.copyKey')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </List.Item>
      <List.Item>
        <Text>{t('totp.stepCode')}</Text>
      </List.Item>
    </List>
  );
}
