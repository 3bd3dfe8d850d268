import { Alert, Button, Collapse, Group, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/dates';
import { notify } from '../../../ui/notify';
import { useMe } from '../../accounts/session';
import { typeLabel, useLang } from '../labels';
import { incidentKeys } from '../queries';
import { flushOutbox } from './sender';
import { removeQueuedReport } from './store';
import { uploadQueuedFile } from './upload';
import { useOnline, useOutbox } from './useOutbox';

/** While something waits, the outbox is tried again this often (and at once when the network returns). */
const RETRY_MS = 30_000;

/**
 * INC-7: reports made without network wait on the device. This banner says so on every page, and
 * sends them as soon as the network is back.
 */
export function OutboxBanner() {
  const { t } = useTranslation();
  const lang = useLang();
  const { data: me } = useMe();
  const userId = me?.user.id ?? null;
  const reports = useOutbox(userId);
  const online = useOnline();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const listId = useId();
  const waiting = reports.filter((r) => r.state === 'waiting');
  const rejected = reports.filter((r) => r.state === 'rejected');

  const flush = useCallback(async () => {
    if (!userId) return;
    setSending(true);
    try {
      const sent = await flushOutbox(userId, uploadQueuedFile);
      if (sent > 0) {
        void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
        notify.success(t('outbox.sent', { count: sent }));
      }
    } finally {
      setSending(false);
    }
  }, [userId, queryClient, t]);

  const hasWaiting = waiting.length > 0;
  useEffect(() => {
    if (!hasWaiting || !online) return;
    void flush();
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [hasWaiting, online, flush]);

  if (reports.length === 0) return null;

  return (
    <Alert
      color={rejected.length > 0 ? 'red' : 'yellow'}
      // Mantine's yellow title on its light background is below WCAG AA contrast; the text colour is not.
      styles={{ label: { color: 'var(--mantine-color-text)' } }}
      variant="light"
      radius={0}
      title={waiting.length > 0 ? t('outbox.waiting', { count: waiting.length }) : t('outbox.rejectedTitle')}
      role="status"
    >
      <Stack gap="xs">
        {waiting.length > 0 ? (
          <Text size="sm">{online ? t('outbox.onlineHint') : t('outbox.offlineHint')}</Text>
        ) : null}
        <Group gap="xs">
          {waiting.length > 0 ? (
            <Button size="xs" onClick={() => void flush()} loading={sending} disabled={!online}>
              {t('outbox.sendNow')}
            </Button>
          ) : null}
          <Button
            size="xs"
            variant="subtle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t('outbox.hide') : t('outbox.show')}
          </Button>
        </Group>
        <Collapse in={open} id={listId}>
          <List size="sm" spacing="xs">
            {reports.map((report) => (
              <List.Item key={report.key}>
                <Text size="sm" fw={600} component="span">
                  {typeLabel(report.body.type, lang)}
                </Text>{' '}
                <Text size="sm" component="span">
                  {t('outbox.itemMeta', {
                    org: report.orgName,
                    time: formatDateTime(report.queuedAt),
                    files: report.files.length,
                  })}
                </Text>
                {report.state === 'rejected' ? (
                  <Group gap="xs" mt={4}>
                    <Text size="sm" c="red">
                      {t('outbox.rejected', { reason: report.lastError ?? '' })}
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => void removeQueuedReport(report.key)}
                    >
                      {t('outbox.discard')}
                    </Button>
                  </Group>
                ) : null}
              </List.Item>
            ))}
          </List>
        </Collapse>
      </Stack>
    </Alert>
  );
}
