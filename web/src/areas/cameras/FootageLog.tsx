import { Button, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { FootageLogEntryCard } from './FootageLogEntryCard';
import { FootageLogForm, type LogDraft } from './FootageLogForm';
import { type Camera, useCameraLog } from './queries';

/**
 * CAM-3: who viewed or exported this camera's footage and why, and what was asked for and decided.
 * Opened from a report (`?incident=`), the form starts with that report linked.
 */
export function FootageLog({ orgId, camera }: { orgId: string; camera: Camera }) {
  const { t } = useTranslation();
  const log = useCameraLog(orgId, camera.id);
  const [searchParams, setSearchParams] = useSearchParams();
  const fromReport = searchParams.get('incident');
  const [draft, setDraft] = useState<LogDraft | null>(fromReport ? { incidentId: fromReport } : null);
  const formRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (draft) formRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [draft]);

  const close = () => {
    setDraft(null);
    if (fromReport)
      setSearchParams(
        (params) => {
          params.delete('incident');
          return params;
        },
        { replace: true },
      );
  };

  return (
    <Section title={t('footageLog.title')} description={t('footageLog.description')} order={3}>
      <div ref={formRef} id="footage-log-form">
        {draft ? (
          <FootageLogForm
            key={draft.supersedes?.id ?? 'new'}
            orgId={orgId}
            cameraId={camera.id}
            draft={draft}
            onDone={close}
            onCancel={close}
            onUnlinkIncident={() => setDraft({ ...draft, incidentId: null })}
          />
        ) : (
          <Button onClick={() => setDraft({})}>{t('footageLog.add')}</Button>
        )}
      </div>
      {log.isPending ? <PageLoader /> : null}
      {log.isError ? <LoadError error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.isSuccess && log.items.length === 0 ? (
        <EmptyState title={t('footageLog.emptyTitle')} description={t('footageLog.emptyText')} />
      ) : null}
      {log.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-label={t('footageLog.title')}>
          {log.items.map((entry) => (
            <FootageLogEntryCard
              key={entry.id}
              entry={entry}
              onFollowUp={() => setDraft({ supersedes: entry })}
            />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={log.hasNextPage}
        loading={log.isFetchingNextPage}
        onLoad={() => void log.fetchNextPage()}
      />
    </Section>
  );
}
