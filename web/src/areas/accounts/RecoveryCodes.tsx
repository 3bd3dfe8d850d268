import { Alert, Button, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function download(codes: string[], filename: string) {
  const blob = new Blob([`${codes.join('\n')}\n`], { type: 'text/plain' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** The recovery codes, shown exactly once after enrolment. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const text = codes.join('\n');
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" title={t('totp.enabledTitle')}>
        {t('totp.recoveryIntro')}
      </Alert>
      <SimpleGrid
        cols={2}
        spacing="xs"
        component="ul"
        aria-label={t('totp.recoveryListLabel')}
        className="plain-list"
      >
        {codes.map((code) => (
          <Text component="li" key={code} className="secret-code" size="md">
            {code}
          </Text>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('common.copied') : t('totp.copyCodes')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={() => download(codes, 'vaksam-reservkoder.txt')}>
          {t('totp.downloadCodes')}
        </Button>
      </Group>
      <div>
        <Button onClick={onDone}>{t('totp.savedCodes')}</Button>
      </div>
    </Stack>
  );
}
