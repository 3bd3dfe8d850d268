import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import type { RecipientPreview } from './queries';
import { countyName, sectionLabel } from './targetingOptions';

/** Who a targeting reaches: in all, by industry section and by län, named rather than coded. */
export function PreviewCounts({ preview }: { preview: RecipientPreview }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Stack gap="sm">
      <Text fw={700}>
        {t(`warnings.preview.total.${preview.recipients === 1 ? 'one' : 'many'}`, {
          count: preview.recipients,
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('warnings.preview.units', { count: preview.units })}
      </Text>
      {preview.byIndustry.length > 0 ? (
        <Stack gap={4}>
          <Text fw={600} size="sm" id="warning-preview-industry">
            {t('warnings.preview.byIndustry')}
          </Text>
          <ul className="preview-counts" aria-labelledby="warning-preview-industry">
            {preview.byIndustry.map((row) => (
              <li key={row.section || 'none'}>
                <Text size="sm">
                  {row.section ? sectionLabel(row.section, lang) : t('warnings.preview.noIndustry')}
                </Text>
                <Text size="sm" fw={700} ta="right">
                  {row.recipients}
                </Text>
              </li>
            ))}
          </ul>
        </Stack>
      ) : null}
      {preview.byCounty.length > 0 ? (
        <Stack gap={4}>
          <Text fw={600} size="sm" id="warning-preview-county">
            {t('warnings.preview.byCounty')}
          </Text>
          <ul className="preview-counts" aria-labelledby="warning-preview-county">
            {preview.byCounty.map((row) => (
              <li key={row.countyCode}>
                <Text size="sm">{countyName(row.countyCode)}</Text>
                <Text size="sm" fw={700} ta="right">
                  {row.recipients}
                </Text>
              </li>
            ))}
          </ul>
        </Stack>
      ) : null}
    </Stack>
  );
}
