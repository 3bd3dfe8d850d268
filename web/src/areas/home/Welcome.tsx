import { Container, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Logo } from '../../app/Logo';
import { ButtonLink } from '../../ui/RouterLinks';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

/** The landing page for visitors who are not logged in. */
export function Welcome() {
  const { t } = useTranslation();
  useDocumentTitle('');
  return (
    <Container size="xs" px="md" py="xl">
      <Stack gap="xl">
        <Stack gap="md" align="flex-start">
          <span className="welcome-logo">
            <Logo size={56} />
          </span>
          <Title order={1}>{t('home.title')}</Title>
          <Text size="lg">{t('home.lead')}</Text>
          <List spacing="xs">
            <List.Item>{t('home.pointReport')}</List.Item>
            <List.Item>{t('home.pointCheckIn')}</List.Item>
            <List.Item>{t('home.pointOrganise')}</List.Item>
          </List>
        </Stack>
        <Stack gap="sm">
          <ButtonLink to="/login" size="lg" fullWidth>
            {t('home.login')}
          </ButtonLink>
          <ButtonLink to="/signup" size="lg" fullWidth variant="default">
            {t('home.signup')}
          </ButtonLink>
        </Stack>
      </Stack>
    </Container>
  );
}
