import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { typeLabel, useLang } from './labels';
import type { Incident } from './queries';
import { ReportForm } from './ReportForm';

/** INC-1: the basic report on one phone screen, the detailed questions one tap away. */
export function ReportPage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const [sent, setSent] = useState<Incident | null>(null);
  const [queued, setQueued] = useState(false);
  const [round, setRound] = useState(0);

  if (isPending) return <PageLoader />;
  const memberships = me?.memberships ?? [];

  const another = () => {
    setSent(null);
    setQueued(false);
    setRound((n) => n + 1);
  };

  if (queued) {
    return (
      <Page title={t('report.queuedTitle')}>
        <Queued onAnother={another} />
      </Page>
    );
  }

  if (sent) {
    return (
      <Page title={t('report.sentTitle')}>
        <Sent incident={sent} onAnother={another} />
      </Page>
    );
  }

  return (
    <Page title={t('report.title')}>
      {memberships.length === 0 ? (
        <EmptyState
          title={t('report.noOrgTitle')}
          description={t('report.noOrgText')}
          action={<ButtonLink to="/orgs/new">{t('orgs.add')}</ButtonLink>}
        />
      ) : (
        <ReportForm
          key={round}
          memberships={memberships}
          onSaved={setSent}
          onQueued={() => setQueued(true)}
        />
      )}
    </Page>
  );
}

function Sent({ incident, onAnother }: { incident: Incident; onAnother: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Stack gap="md">
      <Alert ref={ref} tabIndex={-1} color="green" variant="light" title={t('report.sentLead')}>
        <Text size="sm">
          {t('report.sentText', { type: typeLabel(incident.type, lang), org: incident.orgName })}
        </Text>
      </Alert>
      <ButtonLink to={`/incidents/${incident.id}`} size="lg" fullWidth>
        {t('report.viewReport')}
      </ButtonLink>
      <Button variant="default" size="lg" fullWidth onClick={onAnother}>
        {t('report.another')}
      </Button>
    </Stack>
  );
}

function Queued({ onAnother }: { onAnother: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Stack gap="md">
      <Alert
        ref={ref}
        tabIndex={-1}
        color="yellow"
        variant="light"
        title={t('report.queuedLead')}
        styles={{ label: { color: 'var(--mantine-color-text)' } }}
      >
        <Text size="sm">{t('report.queuedText')}</Text>
      </Alert>
      <Button variant="default" size="lg" fullWidth onClick={onAnother}>
        {t('report.another')}
      </Button>
    </Stack>
  );
}
