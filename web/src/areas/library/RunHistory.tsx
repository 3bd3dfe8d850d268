import { Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { type ChecklistRun, useChecklistRuns } from './queries';

/** The reader's own earlier runs of a checklist, newest first. */
export function RunHistory({ entryId, titles }: { entryId: string; titles: string[] }) {
  const { t } = useTranslation();
  const runs = useChecklistRuns(entryId);
  return (
    <Section title={t('library.history.title')} description={t('library.history.lead')}>
      {runs.isPending ? <PageLoader /> : null}
      {runs.isError ? <LoadError error={runs.error} onRetry={() => void runs.refetch()} /> : null}
      {runs.isSuccess && runs.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('library.history.empty')}
        </Text>
      ) : null}
      {runs.items.length > 0 ? (
        <Stack component="ul" gap="xs" className="plain-list" aria-label={t('library.history.title')}>
          {runs.items.map((run) => (
            <RunRow key={run.id} run={run} titles={titles} />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={Boolean(runs.hasNextPage)}
        loading={runs.isFetchingNextPage}
        onLoad={() => void runs.fetchNextPage()}
      />
    </Section>
  );
}

function RunRow({ run, titles }: { run: ChecklistRun; titles: string[] }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const total = run.items.length;
  const when = formatDateTime(run.createdAt);
  const foreign = i18n.language === run.language ? undefined : run.language;
  const complete = total > 0 && run.doneCount === total;

  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="center">
          <Stack gap={2}>
            <Text fw={600}>
              <time dateTime={run.createdAt}>{when}</time>
            </Text>
            <Group gap={6}>
              <Badge color={complete ? 'green' : 'gray'} variant="light" tt="none">
                {t('library.run.progress', { done: run.doneCount, total })}
              </Badge>
              {run.note ? (
                <Text size="xs" c="dimmed">
                  {t('library.history.hasNote')}
                </Text>
              ) : null}
            </Group>
          </Stack>
          <Button
            variant="subtle"
            size="xs"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t('library.history.hide') : t('library.history.show')}
            <VisuallyHidden> {t('library.history.runOf', { date: when })}</VisuallyHidden>
          </Button>
        </Group>
        {open ? (
          <Stack gap="xs" id={detailsId}>
            {titles.includes(run.title) ? null : (
              <Text size="sm" c="dimmed">
                {t('library.history.titleThen', { title: run.title })}
              </Text>
            )}
            {run.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                <strong>{t('library.history.note')}</strong> {run.note}
              </Text>
            ) : null}
            <ol className="library-run-result">
              {run.items.map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a saved run's points never change.
                <li key={index} data-done={item.done}>
                  <span aria-hidden className="library-run-mark">
                    {item.done ? '✓' : '–'}
                  </span>
                  <div>
                    <VisuallyHidden>
                      {item.done ? t('library.history.done') : t('library.history.notDone')}:{' '}
                    </VisuallyHidden>
                    <span lang={foreign}>{item.text}</span>
                    {item.note ? (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {t('library.run.notePrefix')} {item.note}
                      </Text>
                    ) : null}
                  </div>
                </li>
              ))}
            </ol>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
