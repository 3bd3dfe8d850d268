import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import { LoadError } from '../../ui/LoadError';
import { PageLoader } from '../../ui/PageLoader';
import { useCrisisReads } from './queries';

/** "Who has looked at my crisis data": every read by a crisis admin, with the group and the reason. */
export function CrisisReads() {
  const { t } = useTranslation();
  const reads = useCrisisReads();
  return (
    <Stack gap="xs" component="section" aria-labelledby="crisis-reads-heading">
      <Title order={3} size="h4" id="crisis-reads-heading">
        {t('crisis.reads.title')}
      </Title>
      {reads.isPending ? <PageLoader /> : null}
      {reads.isError ? <LoadError error={reads.error} onRetry={() => void reads.refetch()} /> : null}
      {reads.isSuccess && reads.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('crisis.reads.none')}
        </Text>
      ) : null}
      {reads.isSuccess && reads.data.items.length > 0 ? (
        <List size="sm" spacing={4}>
          {reads.data.items.map((read) => (
            <List.Item key={`${read.at}-${read.reader?.id ?? ''}`}>
              {t('crisis.reads.item', {
                date: formatDateTime(read.at),
                name: read.reader?.name ?? t('crisis.reads.someone'),
                group: read.group?.name ?? t('crisis.reads.someGroup'),
                reason: t(`crisis.reason.${read.reason}`),
              })}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
