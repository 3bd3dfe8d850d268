import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/RouterLinks';

const LINKS = [
  { to: '/fraud-list', key: 'list' },
  { to: '/fraud-list/advice', key: 'advice' },
  { to: '/fraud-list/top', key: 'top' },
  { to: '/fraud-list/criteria', key: 'criteria' },
] as const;

export type FraudPage = (typeof LINKS)[number]['key'];

/** The pages about Varningslistan, without the one they are shown on. */
export function FraudLinks({ current }: { current: FraudPage }) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('fraud.links.label')} gap="md" wrap="wrap">
      {LINKS.filter((link) => link.key !== current).map((link) => (
        <TextLink key={link.key} to={link.to}>
          {t(`fraud.links.${link.key}`)}
        </TextLink>
      ))}
    </Group>
  );
}
