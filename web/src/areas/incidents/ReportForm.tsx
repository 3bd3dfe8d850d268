import { Button, Collapse, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Answers, isShown, validateAnswers } from '@vaksam/domain/incidents/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Membership } from '../../api/types';
import { FormError } from '../../ui/FormError';
import { useServerErrors } from '../../ui/useServerErrors';
import { DetailedQuestions } from './DetailedQuestions';
import {
  defaultReportForm,
  type IncidentType,
  isEmptyAnswer,
  questions,
  type Severity,
  severities,
  useLang,
} from './labels';
import { PlacePicker } from './PlacePicker';
import { PrivacyWarning } from './PrivacyWarning';
import { type Incident, incidentKeys, type PrivacyFinding, useOrgUnits } from './queries';
import { TypePicker } from './TypePicker';
import { fromLocalInput, localNow, toLocalInput } from './time';

interface ReportValues {
  orgId: string | null;
  type: IncidentType | null;
  severity: Severity | null;
  occurredAt: string;
  unitId: string | null;
  latitude: number | null;
  longitude: number | null;
  description: string;
  answers: Answers;
}

const DESCRIPTION_MAX = 2000;
const lastUnitKey = (orgId: string) => `vaksam.lastUnit.${orgId}`;

function rememberedUnit(orgId: string | null): string | null {
  if (!orgId) return null;
  try {
    return window.localStorage.getItem(lastUnitKey(orgId));
  } catch {
    return null;
  }
}

function rememberUnit(orgId: string, unitId: string | null): void {
  try {
    if (unitId) window.localStorage.setItem(lastUnitKey(orgId), unitId);
  } catch {
    // Without storage the unit is simply not preselected next time.
  }
}

function emptyAnswers(): Answers {
  return Object.fromEntries(questions.map((q) => [q.id, q.kind === 'multiselect' ? [] : null]));
}

function initialValues(memberships: Membership[], incident?: Incident): ReportValues {
  if (incident) {
    return {
      orgId: incident.orgId,
      type: incident.type,
      severity: incident.severity,
      occurredAt: toLocalInput(incident.occurredAt),
      unitId: incident.unitId,
      latitude: incident.latitude,
      longitude: incident.longitude,
      description: incident.description,
      answers: { ...emptyAnswers(), ...incident.answers },
    };
  }
  const orgId = memberships.length === 1 ? (memberships[0]?.orgId ?? null) : null;
  return {
    orgId,
    type: null,
    severity: null,
    occurredAt: localNow(),
    unitId: rememberedUnit(orgId),
    latitude: null,
    longitude: null,
    description: '',
    answers: emptyAnswers(),
  };
}

/** Only the answers to questions shown for this type, and none left empty. */
function shownAnswers(type: IncidentType, answers: Answers): Answers {
  return Object.fromEntries(
    defaultReportForm.questions
      .filter((q) => isShown(q, { type }, answers) && !isEmptyAnswer(answers[q.id]))
      .map((q) => [q.id, answers[q.id]]),
  );
}

function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

interface ReportFormProps {
  memberships: Membership[];
  /** Editing an existing report; without it a new one is created. */
  incident?: Incident;
  onSaved: (incident: Incident) => void;
  onCancel?: () => void;
}

export function ReportForm({ memberships, incident, onSaved, onCancel }: ReportFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [details, setDetails] = useState(Boolean(incident && Object.keys(incident.answers).length > 0));
  const [findings, setFindings] = useState<{ list: PrivacyFinding[]; redacted: string } | null>(null);
  const idempotencyKey = useRef<string | null>(null);

  const form = useForm<ReportValues>({
    initialValues: initialValues(memberships, incident),
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.orgId) errors.orgId = t('report.errors.org');
      if (!values.type) errors.type = t('report.errors.type');
      if (!values.occurredAt) errors.occurredAt = t('report.errors.time');
      else if (new Date(values.occurredAt).getTime() > Date.now() + 5 * 60_000)
        errors.occurredAt = t('report.errors.future');
      if (!values.unitId && values.latitude === null) errors.unitId = t('report.errors.place');
      if (!values.description.trim()) errors.description = t('report.errors.description');
      if (values.type) {
        const checked = validateAnswers(
          defaultReportForm,
          { type: values.type },
          shownAnswers(values.type, values.answers),
        );
        if (!checked.ok) Object.assign(errors, checked.fields);
      }
      return errors;
    },
  });
  const errors = useServerErrors(form);
  const { values } = form;
  const units = useOrgUnits(values.orgId);

  // A single unit needs no choice; a remembered one that no longer exists is dropped.
  useEffect(() => {
    if (!units.data || incident) return;
    const current = form.getValues();
    if (current.unitId && !units.data.some((u) => u.id === current.unitId))
      form.setFieldValue('unitId', null);
    if (!current.unitId && current.latitude === null && units.data.length === 1)
      form.setFieldValue('unitId', units.data[0]?.id ?? null);
  }, [units.data, incident, form]);

  // Errors inside the folded details must be seen.
  const errorKeys = Object.keys(form.errors);
  const detailError = errorKeys.some((key) => key.startsWith('answers.') || key === 'severity');
  useEffect(() => {
    if (detailError) setDetails(true);
  }, [detailError]);

  const save = useMutation({
    mutationFn: async (body: ReportValues) => {
      const type = body.type as IncidentType;
      const fields = {
        type,
        ...(body.severity ? { severity: body.severity } : {}),
        occurredAt: fromLocalInput(body.occurredAt),
        unitId: body.unitId,
        latitude: body.unitId ? null : body.latitude,
        longitude: body.unitId ? null : body.longitude,
        description: body.description.trim(),
        answers: shownAnswers(type, body.answers),
      };
      if (incident) {
        return unwrap(api.PATCH('/incidents/{id}', { params: { path: { id: incident.id } }, body: fields }));
      }
      idempotencyKey.current ??= newIdempotencyKey();
      return unwrap(
        api.POST('/incidents', {
          params: { header: { 'idempotency-key': idempotencyKey.current } },
          body: { orgId: body.orgId as string, ...fields },
        }),
      );
    },
    onMutate: errors.clear,
    onError: (error) => {
      idempotencyKey.current = null;
      errors.handleError(error);
    },
    onSuccess: (saved, body) => {
      if (body.orgId) rememberUnit(body.orgId, body.unitId);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      queryClient.setQueryData(incidentKeys.one(saved.id), saved);
      onSaved(saved);
    },
  });

  const scan = useMutation({
    mutationFn: (text: string) => unwrap(api.POST('/privacy/scan', { body: { text } })),
    onMutate: errors.clear,
    onError: errors.handleError,
  });

  const submit = async (submitted: ReportValues) => {
    if (save.isPending || scan.isPending) return;
    const result = await scan.mutateAsync(submitted.description.trim()).catch(() => null);
    if (!result) return;
    if (result.findings.length > 0) {
      setFindings({ list: result.findings, redacted: result.redacted });
      return;
    }
    save.mutate(submitted);
  };

  const redactAndSend = () => {
    if (!findings) return;
    form.setFieldValue('description', findings.redacted);
    const next = { ...form.getValues(), description: findings.redacted };
    setFindings(null);
    save.mutate(next);
  };

  const sendAnyway = () => {
    setFindings(null);
    save.mutate(form.getValues());
  };

  const setAnswer = (id: string, value: unknown) => {
    form.setFieldValue(`answers.${id}`, value);
    form.clearFieldError(`answers.${id}`);
  };

  const orgOptions = memberships.map((m) => ({ value: m.orgId, label: m.orgName }));
  const detailsId = 'report-details';

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="lg">
        {incident ? null : memberships.length > 1 ? (
          <Select
            label={t('report.org')}
            required
            data={orgOptions}
            value={values.orgId}
            onChange={(orgId) => {
              form.setFieldValue('orgId', orgId);
              form.setFieldValue('unitId', rememberedUnit(orgId));
            }}
            error={form.errors.orgId}
            comboboxProps={{ withinPortal: false }}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('report.orgFixed', { org: memberships[0]?.orgName ?? '' })}
          </Text>
        )}
        <TypePicker
          value={values.type}
          onChange={(type) => {
            form.setFieldValue('type', type);
            form.clearFieldError('type');
          }}
          error={form.errors.type as string | undefined}
        />
        <PlacePicker
          units={units.data ?? []}
          unitId={values.unitId}
          latitude={values.latitude}
          longitude={values.longitude}
          onUnit={(unitId) => {
            form.setFieldValue('unitId', unitId);
            if (unitId) {
              form.setFieldValue('latitude', null);
              form.setFieldValue('longitude', null);
            }
            form.clearFieldError('unitId');
          }}
          onPosition={(position) => {
            form.setFieldValue('latitude', position?.latitude ?? null);
            form.setFieldValue('longitude', position?.longitude ?? null);
            if (position) form.setFieldValue('unitId', null);
            form.clearFieldError('unitId');
          }}
          error={(form.errors.unitId ?? form.errors.latitude ?? form.errors.longitude) as string | undefined}
        />
        <TextInput
          type="datetime-local"
          label={t('report.when')}
          required
          max={localNow()}
          {...form.getInputProps('occurredAt')}
        />
        <Textarea
          label={t('report.description')}
          description={t('report.descriptionHelp')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={DESCRIPTION_MAX}
          {...form.getInputProps('description')}
          onChange={(event) => {
            form.getInputProps('description').onChange(event);
            setFindings(null);
          }}
        />
        <div>
          <Button
            variant="subtle"
            px={0}
            aria-expanded={details}
            aria-controls={detailsId}
            onClick={() => setDetails((open) => !open)}
          >
            {details ? t('report.fewerDetails') : t('report.moreDetails')}
          </Button>
          <Collapse in={details} id={detailsId}>
            <Stack gap="md" pt="sm">
              <Select
                label={t('report.severity')}
                clearable
                data={severities.map((s) => ({ value: s.code, label: s.label[lang] }))}
                value={values.severity}
                onChange={(next) => form.setFieldValue('severity', next as Severity | null)}
                error={form.errors.severity}
                comboboxProps={{ withinPortal: false }}
              />
              {values.type ? (
                <DetailedQuestions
                  type={values.type}
                  answers={values.answers}
                  errors={form.errors}
                  onChange={setAnswer}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('report.chooseTypeFirst')}
                </Text>
              )}
            </Stack>
          </Collapse>
        </div>
        <FormError message={errors.formError} />
        {findings ? (
          <PrivacyWarning
            findings={findings.list}
            pending={save.isPending}
            onRedact={redactAndSend}
            onSendAnyway={sendAnyway}
          />
        ) : (
          <Stack gap="xs">
            <Button type="submit" size="lg" fullWidth loading={scan.isPending || save.isPending}>
              {incident ? t('common.save') : t('report.submit')}
            </Button>
            {onCancel ? (
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            ) : null}
          </Stack>
        )}
      </Stack>
    </form>
  );
}
