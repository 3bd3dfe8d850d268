import { Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { PageLoader } from '../../ui/PageLoader';
import { type Channel, type NotificationKind, usePreferences, useUpdatePreferences } from './queries';

const CHANNELS: Channel[] = ['in_app', 'push', 'email'];
/** Staff also get alerts and reminders; a reporter only hears about their own reports. */
const STAFF_KINDS: NotificationKind[] = ['incident_reported', 'reminder'];
const ALL_KINDS: NotificationKind[] = [
  'incident_reported',
  'incident_copy',
  'incident_status_changed',
  'incident_forwarded',
  'reminder',
  'group_post',
  'warning',
  'fraud_entry',
];

/** Kind × channel switches; each switch saves at once and says so. */
export function PreferenceGrid({ staff }: { staff: boolean }) {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  const kinds = staff ? ALL_KINDS : ALL_KINDS.filter((kind) => !STAFF_KINDS.includes(kind));

  if (preferences.isPending) return <PageLoader />;
  if (preferences.isError)
    return <LoadError error={preferences.error} onRetry={() => void preferences.refetch()} />;
  const grid = preferences.data;

  return (
    <>
      <Table verticalSpacing="sm" horizontalSpacing={6} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('notifications.preferences.kind')}</Table.Th>
            {CHANNELS.map((channel) => (
              <Table.Th key={channel} ta="center" w={58} fz="xs" style={{ whiteSpace: 'nowrap' }}>
                {t(`notifications.channels.${channel}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kinds.map((kind) => (
            <Table.Tr key={kind}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t(`notifications.kinds.${kind}.label`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`notifications.kinds.${kind}.hint`)}
                </Text>
              </Table.Td>
              {CHANNELS.map((channel) => (
                <Table.Td key={channel} ta="center">
                  <Switch
                    checked={grid[kind][channel]}
                    disabled={update.isPending}
                    aria-label={t('notifications.preferences.switch', {
                      channel: t(`notifications.channels.${channel}`),
                      kind: t(`notifications.kinds.${kind}.label`),
                    })}
                    onChange={(event) =>
                      update.mutate({ [kind]: { [channel]: event.currentTarget.checked } })
                    }
                    styles={{ body: { justifyContent: 'center' } }}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" role="status" aria-live="polite" c={update.isError ? 'red.8' : 'dimmed'}>
        {update.isPending
          ? t('notifications.preferences.saving')
          : update.isError
            ? errorMessage(update.error, t)
            : update.isSuccess
              ? t('notifications.preferences.saved')
              : ''}
      </Text>
    </>
  );
}
