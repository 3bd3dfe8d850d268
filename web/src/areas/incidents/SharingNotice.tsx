import { Text } from '@mantine/core';
import { sharingLabel } from '@vaksam/domain/incidents/sharing';
import { useTranslation } from 'react-i18next';
import { useLang } from './labels';
import { useSharingDefault } from './SharingDefaultSection';

/**
 * INC-10 for the report form: tells the reporter how far a new report will go. The organisation decides the
 * level, so the reporter is told rather than asked.
 */
export function SharingNotice({ orgId }: { orgId: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const current = useSharingDefault(orgId);
  if (!current.data) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('sharing.notice', { level: sharingLabel(current.data.defaultSharing, lang).toLowerCase() })}
    </Text>
  );
}
