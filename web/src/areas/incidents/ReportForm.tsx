import { Button, Collapse, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isValidKNumber } from '@vaksam/domain/identifiers/knummer';
import { type Answers, isShown, validateAnswers } from '@vaksam/domain/incidents/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError, NETWORK_STATUS } from '../../api/errors';
import type { Membership } from '../../api/types';
import { FormError } from '../../ui/FormError';
import { useServerErrors } from '../../ui/useServerErrors';
import { useMe } from '../accounts/session';
import { PhotoPicker } from '../attachments/PhotoPicker';
import { CameraSelect } from './CameraSelect';
import { DetailedQuestions } from './DetailedQuestions';
import { KNumberInput } from './KNumberInput';
import {
  defaultReportForm,
  type IncidentType,
  isEmptyAnswer,
  questions,
  type Severity,
  severities,
  useLang,
} from './labels';
import { newIdempotencyKey, ReportRejected, type SubmitResult, submitReport } from './outbox/submit';
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
  cameraId: string | null;
  kNumber: string;
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
      cameraId: incident.cameraId,
      kNumber: incident.kNumber ?? '',
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
    cameraId: null,
    kNumber: '',
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

const isNetworkError = (error: unknown) => isApiError(error) && error.status === NETWORK_STATUS;

interface ReportFormProps {
  memberships: Membership[];
  /** Editing an existing report; without it a new one is created. */
  incident?: Incident;
  onSaved: (incident: Incident) => void;
  /** A new report that could not be sent now and waits in the device's outbox. */
  onQueued?: () => void;
  onCancel?: () => void;
}

export function ReportForm({ memberships, incident, onSaved, onQueued, onCancel }: ReportFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [details, setDetails] = useState(Boolean(incident && Object.keys(incident.answers).length > 0));
  const [findings, setFindings] = useState<{ list: PrivacyFinding[]; redacted: string } | null>(null);
  const idempotencyKey = useRef<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const { data: me } = useMe();

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
      if (values.kNumber.trim() && !isValidKNumber(values.kNumber.trim()))
        errors.kNumber = t('report.errors.kNumber');
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
  const detailError = errorKeys.some(
    (key) => key.startsWith('answers.') || ['severity', 'cameraId', 'kNumber'].includes(key),
  );
  useEffect(() => {
    if (detailError) setDetails(true);
  }, [detailError]);

  const save = useMutation({
    mutationFn: async (body: ReportValues): Promise<SubmitResult> => {
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
        cameraId: body.answers.cctvAvailable === true ? body.cameraId : null,
      };
      if (incident) {
        const saved = await unwrap(
          api.PATCH('/incidents/{id}', { params: { path: { id: incident.id } }, body: fields }),
        );
        return { kind: 'sent', incident: saved };
      }
      idempotencyKey.current ??= newIdempotencyKey();
      const kNumber = body.kNumber.trim();
      return submitReport({
        key: idempotencyKey.current,
        userId: me?.user.id ?? '',
        orgName: memberships.find((m) => m.orgId === body.orgId)?.orgName ?? '',
        body: { orgId: body.orgId as string, ...fields, ...(kNumber ? { kNumber } : {}) },
        files,
      });
    },
    onMutate: errors.clear,
    onError: (error) => {
      idempotencyKey.current = null;
      errors.handleError(error instanceof ReportRejected ? error.error : error);
    },
    onSuccess: (result, body) => {
      if (body.orgId) rememberUnit(body.orgId, body.unitId);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      if (result.kind === 'queued') {
        onQueued?.();
        return;
      }
      queryClient.setQueryData(incidentKeys.one(result.incident.id), result.incident);
      onSaved(result.incident);
    },
  });

  const scan = useMutation({
    mutationFn: (text: string) => unwrap(api.POST('/privacy/scan', { body: { text } })),
    onMutate: errors.clear,
    // Without network the check is skipped: the report must still be kept and sent later.
    onError: (error) => {
      if (!isNetworkError(error)) errors.handleError(error);
    },
  });

  const submit = async (submitted: ReportValues) => {
    if (save.isPending || scan.isPending) return;
    const result = await scan
      .mutateAsync(submitted.description.trim())
      .catch((error: unknown) => (isNetworkError(error) ? 'offline' : null));
    if (!result) return;
    if (result !== 'offline' && result.findings.length > 0) {
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
        {incident ? null : <PhotoPicker files={files} onChange={setFiles} />}
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
                <>
                  <DetailedQuestions
                    type={values.type}
                    answers={values.answers}
                    errors={form.errors}
                    onChange={setAnswer}
                  />
                  {values.answers.cctvAvailable === true && values.orgId && values.unitId ? (
                    <CameraSelect
                      orgId={values.orgId}
                      unitId={values.unitId}
                      value={values.cameraId}
                      onChange={(cameraId) => form.setFieldValue('cameraId', cameraId)}
                      error={form.errors.cameraId as string | undefined}
                    />
                  ) : null}
                  {incident ? null : (
                    <KNumberInput
                      value={values.kNumber}
                      onChange={(kNumber) => {
                        form.setFieldValue('kNumber', kNumber);
                        form.clearFieldError('kNumber');
                      }}
                      error={form.errors.kNumber as string | undefined}
                    />
                  )}
                </>
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
