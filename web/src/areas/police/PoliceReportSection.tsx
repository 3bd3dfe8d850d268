import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { policeCrimeTypes } from '@vaksam/domain/police/crime-types';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDateTime } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { useLang } from '../incidents/labels';
import type { Incident } from '../incidents/queries';
import { GapList } from './GapList';
import { KNumberForm } from './KNumberForm';
import { PoliceStateBadge } from './PoliceStateBadge';
import {
  incidentPdfUrl,
  type PoliceReport,
  policeReportPdfUrl,
  usePoliceReport,
  useSendPoliceReport,
} from './queries';

/**
 * POL-1…3 on the report page. Those who handle the report prepare, preview and send the police report and
 * record the K-nummer that confirms it; the reporter records a K-nummer they got on site or later.
 */
export function PoliceReportSection({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pdfLink = (
    <Anchor href={incidentPdfUrl(incident.id, lang)} target="_blank" rel="noopener" size="sm">
      {t('police.reportPdf')}
    </Anchor>
  );

  if (incident.abilities.handle) return <ManagedPoliceReport incident={incident} pdfLink={pdfLink} />;

  return (
    <Section title={t('police.title')} description={t('police.referenceIntro')}>
      {incident.abilities.edit ? (
        <KNumberForm incidentId={incident.id} current={incident.kNumber} mode="reference" />
      ) : (
        <Text>
          {t('police.kNumber')}: <strong>{incident.kNumber ?? t('police.noKNumber')}</strong>
        </Text>
      )}
      {pdfLink}
    </Section>
  );
}

function ManagedPoliceReport({ incident, pdfLink }: { incident: Incident; pdfLink: ReactNode }) {
  const { t } = useTranslation();
  const report = usePoliceReport(incident.id);

  return (
    <Section title={t('police.title')} description={t('police.intro')}>
      {report.isPending ? <PageLoader /> : null}
      {report.isError ? <LoadError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data ? <PoliceReportBody incident={incident} report={report.data} /> : null}
      {pdfLink}
    </Section>
  );
}

function crimeLabel(code: string, lang: 'sv' | 'en') {
  return policeCrimeTypes.find((c) => c.code === code)?.label[lang] ?? code;
}

/** A refusal lists what is missing; the dialog shows it all so the sender knows what to fix. */
function describeSendError(error: unknown, t: TFunction) {
  const fields = isApiError(error) ? Object.values(error.fields) : [];
  return [errorMessage(error, t), ...fields].join(' ');
}

function PoliceReportBody({ incident, report }: { incident: Incident; report: PoliceReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const send = useSendPoliceReport(incident.id);
  const blocked = report.gaps.some((gap) => gap.severity === 'required');
  const unsent = report.state === 'draft' || report.state === 'failed';

  const facts: [string, string][] = [[t('police.crime'), crimeLabel(report.payload.crime.code, lang)]];
  if (report.recipient) facts.push([t('police.recipient'), report.recipient]);
  if (report.requestedAt && !unsent)
    facts.push([
      t('police.requested'),
      `${formatDateTime(report.requestedAt)}${report.requestedBy ? `, ${report.requestedBy.name}` : ''}`,
    ]);
  if (report.sentAt) facts.push([t('police.sentAt'), formatDateTime(report.sentAt)]);
  if (report.externalReference) facts.push([t('police.externalReference'), report.externalReference]);
  if (report.confirmedAt) facts.push([t('police.confirmedAt'), formatDateTime(report.confirmedAt)]);

  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <Text fw={600}>{t('police.state')}</Text>
        <PoliceStateBadge state={report.state} />
      </Group>
      <Text size="sm" aria-live="polite">
        {t(`police.stateHelp.${report.state}`, { attempts: report.attempts })}
      </Text>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.lastError ? (
        <Alert
          color={report.state === 'failed' ? 'red' : 'yellow'}
          variant="light"
          title={t('police.lastError')}
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
        >
          {report.lastError}
        </Alert>
      ) : null}

      {unsent ? (
        <>
          <GapList gaps={report.gaps} canEditReport={incident.abilities.edit} />
          {report.recipient === null ? (
            <Alert color="gray" variant="light">
              {t('police.notConfigured')}
            </Alert>
          ) : null}
        </>
      ) : null}

      <Group gap="sm">
        <Button
          component="a"
          href={policeReportPdfUrl(incident.id)}
          target="_blank"
          rel="noopener"
          variant="default"
        >
          {unsent ? t('police.preview') : t('police.showSent')}
        </Button>
        {unsent ? (
          <ConfirmButton
            color="vaksam"
            variant="filled"
            disabled={!report.abilities.send || blocked}
            title={t('police.sendTitle')}
            message={t('police.sendText', { recipient: report.recipient ?? '' })}
            confirmLabel={t('police.sendConfirm')}
            onConfirm={async () => {
              await send.mutateAsync();
              notify.success(t('police.sendQueued'));
            }}
            describeError={(error) => describeSendError(error, t)}
          >
            {report.state === 'failed' ? t('police.sendAgain') : t('police.send')}
          </ConfirmButton>
        ) : null}
      </Group>
      {unsent && blocked ? (
        <Text size="sm" c="dimmed">
          {t('police.blocked')}
        </Text>
      ) : null}

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('police.kNumber')}
        </Title>
        {report.kNumber ? null : (
          <Text size="sm" c="dimmed">
            {report.abilities.confirm ? t('police.kNumberConfirmHelp') : t('police.kNumberReferenceHelp')}
          </Text>
        )}
        <KNumberForm
          incidentId={incident.id}
          current={report.kNumber}
          mode={report.abilities.confirm ? 'confirm' : 'reference'}
        />
      </Stack>
    </Stack>
  );
}
