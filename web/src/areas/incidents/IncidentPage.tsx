import { Button, Group, Select, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { statusTransitions } from '@vaksam/domain/incidents/taxonomy';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDateTime } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { Section } from '../../ui/Section';
import { useServerErrors } from '../../ui/useServerErrors';
import { useMe } from '../accounts/session';
import { AttachmentGallery } from '../attachments/AttachmentGallery';
import { FootageLogLink } from '../cameras/FootageLogLink';
import { DeliveryReceipts } from '../notifications/DeliveryReceipts';
import { PoliceReportSection } from '../police/PoliceReportSection';
import { AuthorityDeadline } from './AuthorityDeadline';
import { EventDetail } from './EventDetail';
import { GroupSharesSection } from './GroupSharesSection';
import {
  answerText,
  type IncidentStatus,
  isEmptyAnswer,
  isIncidentStatus,
  questions,
  severityLabel,
  statusLabel,
  typeLabel,
  useLang,
} from './labels';
import { type Incident, incidentKeys, useIncident, useIncidentHistory } from './queries';
import { ReportForm } from './ReportForm';
import { SharingSection } from './SharingSection';
import { StatusBadge } from './StatusBadge';

export function IncidentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const incident = useIncident(id);
  const [editing, setEditing] = useState(false);
  const { data: me } = useMe();

  if (incident.isPending) return <PageLoader />;
  if (incident.isError) {
    return (
      <Page title={t('incidents.details')}>
        <LoadError error={incident.error} onRetry={() => void incident.refetch()} />
      </Page>
    );
  }
  const data = incident.data;

  if (editing) {
    return (
      <Page title={t('incidents.editTitle')}>
        <ReportForm
          memberships={me?.memberships ?? []}
          incident={data}
          onSaved={() => {
            notify.success(t('incidents.saved'));
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </Page>
    );
  }

  return <IncidentView incident={data} onEdit={() => setEditing(true)} />;
}

function IncidentView({ incident, onEdit }: { incident: Incident; onEdit: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const yesNo: [string, string] = [t('common.yes'), t('common.no')];
  const answered = questions.filter((q) => !isEmptyAnswer(incident.answers[q.id]));
  const place =
    incident.unitName ??
    (incident.latitude !== null && incident.longitude !== null
      ? t('incidents.noUnit', { lat: incident.latitude.toFixed(5), lng: incident.longitude.toFixed(5) })
      : '–');

  const facts: [string, string][] = [
    [t('incidents.fields.occurredAt'), formatDateTime(incident.occurredAt)],
    [t('incidents.fields.place'), place],
    [t('incidents.fields.org'), incident.orgName],
    [t('incidents.fields.severity'), severityLabel(incident.severity, lang)],
    [t('incidents.fields.reporter'), incident.reporter?.name ?? t('incidents.someone')],
    [t('incidents.fields.createdAt'), formatDateTime(incident.createdAt)],
  ];

  const remove = async () => {
    await unwrap(api.DELETE('/incidents/{id}', { params: { path: { id: incident.id } } }));
    queryClient.removeQueries({ queryKey: incidentKeys.one(incident.id) });
    void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
    notify.success(t('incidents.deleted'));
    navigate('/incidents');
  };

  return (
    <Page
      title={typeLabel(incident.type, lang)}
      actions={<StatusBadge status={incident.status} />}
      description={<TextLink to="/incidents">{t('incidents.back')}</TextLink>}
    >
      <AuthorityDeadline deadline={incident.authorityDeadline} status={incident.status} />
      <Section title={t('incidents.details')}>
        <dl className="facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <FootageLogLink incident={incident} />
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('incidents.fields.description')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{incident.description}</Text>
        </Stack>
        {incident.abilities.edit || incident.abilities.delete ? (
          <Group gap="sm">
            {incident.abilities.edit ? (
              <Button variant="default" onClick={onEdit}>
                {t('incidents.edit')}
              </Button>
            ) : null}
            {incident.abilities.delete ? (
              <ConfirmButton
                title={t('incidents.deleteTitle')}
                message={t('incidents.deleteText')}
                confirmLabel={t('incidents.delete')}
                onConfirm={remove}
                describeError={(error) => errorMessage(error, t)}
              >
                {t('incidents.delete')}
              </ConfirmButton>
            ) : null}
          </Group>
        ) : null}
      </Section>
      {answered.length > 0 ? (
        <Section title={t('incidents.answers')}>
          <dl className="facts">
            {answered.map((question) => (
              <div key={question.id}>
                <dt>{question.label[lang]}</dt>
                <dd>{answerText(question, incident.answers[question.id], lang, yesNo)}</dd>
              </div>
            ))}
          </dl>
        </Section>
      ) : null}
      <AttachmentGallery incident={incident} />
      <DeliveryReceipts incidentId={incident.id} reportedAt={incident.createdAt} />
      <SharingSection incident={incident} />
      <GroupSharesSection incident={incident} />
      {incident.abilities.handle ? <Handling incident={incident} /> : null}
      <PoliceReportSection incident={incident} />
      <History id={incident.id} />
    </Page>
  );
}

function Handling({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const allowed = statusTransitions[incident.status];

  const statusForm = useForm<{ status: string | null; note: string }>({
    initialValues: { status: null, note: '' },
    validate: { status: (value) => (isIncidentStatus(value) ? null : t('incidents.newStatus')) },
  });
  const statusErrors = useServerErrors(statusForm);
  const changeStatus = useMutation({
    mutationFn: (values: { status: IncidentStatus; note: string }) =>
      unwrap(
        api.POST('/incidents/{id}/status', {
          params: { path: { id: incident.id } },
          body: { status: values.status, ...(values.note.trim() ? { note: values.note.trim() } : {}) },
        }),
      ),
    onMutate: statusErrors.clear,
    onError: statusErrors.handleError,
    onSuccess: (updated) => {
      queryClient.setQueryData(incidentKeys.one(incident.id), updated);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      statusForm.reset();
      notify.success(t('incidents.statusChanged', { status: statusLabel(updated.status, lang) }));
    },
  });

  const noteForm = useForm({
    initialValues: { text: '' },
    validate: { text: (value) => (value.trim() ? null : t('incidents.noteRequired')) },
  });
  const noteErrors = useServerErrors(noteForm);
  const addNote = useMutation({
    mutationFn: (text: string) =>
      unwrap(api.POST('/incidents/{id}/notes', { params: { path: { id: incident.id } }, body: { text } })),
    onMutate: noteErrors.clear,
    onError: noteErrors.handleError,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: incidentKeys.history(incident.id) });
      noteForm.reset();
      notify.success(t('incidents.noteAdded'));
    },
  });

  return (
    <Section title={t('incidents.handle')}>
      <form
        onSubmit={statusForm.onSubmit((values) => {
          if (isIncidentStatus(values.status))
            changeStatus.mutate({ status: values.status, note: values.note });
        })}
        noValidate
      >
        <Stack gap="sm">
          <FormError message={statusErrors.formError} />
          <Select
            label={t('incidents.newStatus')}
            required
            data={allowed.map((code) => ({ value: code, label: statusLabel(code, lang) }))}
            comboboxProps={{ withinPortal: false }}
            {...statusForm.getInputProps('status')}
          />
          <Textarea
            label={t('incidents.statusNote')}
            autosize
            minRows={2}
            {...statusForm.getInputProps('note')}
          />
          <Button type="submit" loading={changeStatus.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('incidents.changeStatus')}
          </Button>
        </Stack>
      </form>
      <form onSubmit={noteForm.onSubmit((values) => addNote.mutate(values.text.trim()))} noValidate>
        <Stack gap="sm">
          <FormError message={noteErrors.formError} />
          <Textarea
            label={t('incidents.note')}
            required
            autosize
            minRows={2}
            {...noteForm.getInputProps('text')}
          />
          <Button
            type="submit"
            variant="default"
            loading={addNote.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('incidents.addNote')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}

function History({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const history = useIncidentHistory(id);
  return (
    <Section title={t('incidents.history')}>
      {history.isPending ? <PageLoader /> : null}
      {history.isError ? <LoadError error={history.error} onRetry={() => void history.refetch()} /> : null}
      {history.data?.length === 0 ? <Text c="dimmed">{t('incidents.historyEmpty')}</Text> : null}
      {history.data && history.data.length > 0 ? (
        <Timeline bulletSize={14} lineWidth={2} component="ol" className="plain-list">
          {[...history.data].reverse().map((event) => {
            const from = event.changes.from;
            const to = event.changes.to;
            return (
              <Timeline.Item
                key={event.id}
                component="li"
                title={`${event.actor?.name ?? t('incidents.someone')}: ${t(`incidents.events.${event.kind}`)}`}
              >
                {typeof from === 'string' && typeof to === 'string' ? (
                  <Text size="sm">
                    {t('incidents.statusChange', {
                      from: statusLabel(from, lang),
                      to: statusLabel(to, lang),
                    })}
                  </Text>
                ) : null}
                <EventDetail changes={event.changes} />
                {event.note ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {event.note}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      ) : null}
    </Section>
  );
}
