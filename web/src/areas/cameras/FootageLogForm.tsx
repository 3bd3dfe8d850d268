import {
  Button,
  Group,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LOG_NOTE_MAX, LOG_TEXT_MAX } from '@vaksam/domain/camera-log';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../ui/dates';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { typeLabel, useLang } from '../incidents/labels';
import { useIncident } from '../incidents/queries';
import { fromLocalInput, localNow, toLocalInput } from '../incidents/time';
import { cameraKeys, type LogEntry, type LogEntryInput } from './queries';

type Kind = 'access' | 'disclosure';
type Action = 'viewed' | 'exported';
type Decision = 'pending' | 'granted' | 'refused';

interface LogFormValues {
  kind: Kind;
  occurredAt: string;
  person: string;
  action: Action;
  reason: string;
  requester: string;
  reference: string;
  decision: Decision;
  decidedBy: string;
  decidedAt: string;
  note: string;
}

export interface LogDraft {
  /** The report the entry concerns, e.g. when opened from a report that names this camera. */
  incidentId?: string | null;
  /** The entry being corrected or followed up. */
  supersedes?: LogEntry;
}

function initialValues(draft: LogDraft): LogFormValues {
  const earlier = draft.supersedes;
  return {
    kind: earlier?.kind ?? 'access',
    occurredAt: earlier ? toLocalInput(earlier.occurredAt) : localNow(),
    person: earlier?.person ?? '',
    action: earlier?.action ?? 'viewed',
    reason: earlier?.reason ?? '',
    requester: earlier?.requester ?? '',
    reference: earlier?.reference ?? '',
    decision: earlier?.decision ?? 'pending',
    decidedBy: earlier?.decidedBy ?? '',
    decidedAt: earlier?.decidedAt ? toLocalInput(earlier.decidedAt) : '',
    note: earlier?.note ?? '',
  };
}

const text = (value: string) => (value.trim() ? value.trim() : undefined);

function toBody(values: LogFormValues, draft: LogDraft, incidentId: string | null): LogEntryInput {
  const common = {
    occurredAt: fromLocalInput(values.occurredAt),
    ...(incidentId ? { incidentId } : {}),
    ...(draft.supersedes ? { supersedes: draft.supersedes.id } : {}),
  };
  if (values.kind === 'access') {
    return {
      kind: 'access',
      ...common,
      person: text(values.person),
      action: values.action,
      reason: text(values.reason),
    };
  }
  const decided = values.decision !== 'pending';
  return {
    kind: 'disclosure',
    ...common,
    requester: text(values.requester),
    reference: text(values.reference),
    decision: values.decision,
    ...(decided ? { decidedBy: text(values.decidedBy) } : {}),
    ...(decided && values.decidedAt ? { decidedAt: fromLocalInput(values.decidedAt) } : {}),
    note: text(values.note),
  };
}

interface FootageLogFormProps {
  orgId: string;
  cameraId: string;
  draft: LogDraft;
  onDone: () => void;
  onCancel: () => void;
  onUnlinkIncident: () => void;
}

/** CAM-3: a new entry; it is written once and never changed, so the form says so before saving. */
export function FootageLogForm({
  orgId,
  cameraId,
  draft,
  onDone,
  onCancel,
  onUnlinkIncident,
}: FootageLogFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const incidentId =
    draft.incidentId !== undefined ? draft.incidentId : (draft.supersedes?.incident?.id ?? null);
  const required = (value: string) => (value.trim() ? null : t('validation.required'));
  const form = useForm<LogFormValues>({
    initialValues: initialValues(draft),
    validate: {
      occurredAt: (value) => (value ? null : t('footageLog.whenRequired')),
      person: (value, values) => (values.kind === 'access' ? required(value) : null),
      reason: (value, values) => (values.kind === 'access' ? required(value) : null),
      requester: (value, values) => (values.kind === 'disclosure' ? required(value) : null),
      decidedBy: (value, values) =>
        values.kind === 'disclosure' && values.decision !== 'pending' ? required(value) : null,
      decidedAt: (value, values) =>
        values.kind === 'disclosure' && values.decision !== 'pending' && !value
          ? t('footageLog.decidedAtRequired')
          : null,
    },
  });
  const errors = useServerErrors(form);
  const save = useMutation({
    mutationFn: (values: LogFormValues) =>
      unwrap(
        api.POST('/orgs/{orgId}/cameras/{cameraId}/log', {
          params: { path: { orgId, cameraId } },
          body: toBody(values, draft, incidentId),
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: cameraKeys.log(orgId, cameraId) });
      notify.success(t('footageLog.saved'));
      onDone();
    },
  });
  const { kind, decision } = form.values;
  const locked = Boolean(draft.supersedes);

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        {draft.supersedes ? (
          <Text size="sm">
            {t('footageLog.followUpIntro', { at: formatDateTime(draft.supersedes.createdAt) })}
          </Text>
        ) : (
          <SegmentedControl
            aria-label={t('footageLog.fields.kind')}
            fullWidth
            data={[
              { value: 'access', label: t('footageLog.kinds.access') },
              { value: 'disclosure', label: t('footageLog.kinds.disclosure') },
            ]}
            {...form.getInputProps('kind')}
            disabled={locked}
          />
        )}
        {incidentId ? <LinkedReport incidentId={incidentId} onUnlink={onUnlinkIncident} /> : null}
        <TextInput
          type="datetime-local"
          label={kind === 'access' ? t('footageLog.fields.accessedAt') : t('footageLog.fields.requestedAt')}
          required
          {...form.getInputProps('occurredAt')}
        />
        {kind === 'access' ? (
          <>
            <TextInput
              label={t('footageLog.fields.person')}
              description={t('footageLog.help.person')}
              required
              maxLength={LOG_TEXT_MAX}
              {...form.getInputProps('person')}
            />
            <Radio.Group label={t('footageLog.fields.action')} required {...form.getInputProps('action')}>
              <Group gap="lg" mt="xs">
                <Radio value="viewed" label={t('footageLog.actions.viewed')} />
                <Radio value="exported" label={t('footageLog.actions.exported')} />
              </Group>
            </Radio.Group>
            <Textarea
              label={t('footageLog.fields.reason')}
              description={t('footageLog.help.reason')}
              required
              autosize
              minRows={2}
              maxLength={LOG_NOTE_MAX}
              {...form.getInputProps('reason')}
            />
          </>
        ) : (
          <>
            <TextInput
              label={t('footageLog.fields.requester')}
              placeholder={t('footageLog.help.requesterExample')}
              required
              maxLength={LOG_TEXT_MAX}
              {...form.getInputProps('requester')}
            />
            <TextInput
              label={t('footageLog.fields.reference')}
              description={t('footageLog.help.reference')}
              maxLength={100}
              {...form.getInputProps('reference')}
            />
            <Select
              label={t('footageLog.fields.decision')}
              required
              allowDeselect={false}
              data={(['pending', 'granted', 'refused'] as const).map((value) => ({
                value,
                label: t(`footageLog.decisions.${value}`),
              }))}
              comboboxProps={{ withinPortal: false }}
              {...form.getInputProps('decision')}
              onChange={(value) => {
                const next = (value ?? 'pending') as Decision;
                form.setFieldValue('decision', next);
                if (next !== 'pending' && !form.values.decidedAt) form.setFieldValue('decidedAt', localNow());
              }}
            />
            {decision === 'pending' ? null : (
              <>
                <TextInput
                  label={t('footageLog.fields.decidedBy')}
                  required
                  maxLength={LOG_TEXT_MAX}
                  {...form.getInputProps('decidedBy')}
                />
                <TextInput
                  type="datetime-local"
                  label={t('footageLog.fields.decidedAt')}
                  required
                  {...form.getInputProps('decidedAt')}
                />
              </>
            )}
            <Textarea
              label={t('footageLog.fields.note')}
              autosize
              minRows={2}
              maxLength={LOG_NOTE_MAX}
              {...form.getInputProps('note')}
            />
          </>
        )}
        <Text size="sm" c="dimmed">
          {t('footageLog.appendOnly')}
        </Text>
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('footageLog.save')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LinkedReport({ incidentId, onUnlink }: { incidentId: string; onUnlink: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const incident = useIncident(incidentId);
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm">
        {t('footageLog.relatedReport')}{' '}
        {incident.data
          ? `${typeLabel(incident.data.type, lang)}, ${formatDateTime(incident.data.occurredAt)}`
          : incident.isError
            ? t('footageLog.reportUnavailable')
            : '…'}
      </Text>
      <Button variant="subtle" size="compact-sm" onClick={onUnlink}>
        {t('footageLog.unlink')}
      </Button>
    </Group>
  );
}
