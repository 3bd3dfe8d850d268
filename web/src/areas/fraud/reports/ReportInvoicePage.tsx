import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { darkAlertTitle } from '../../../ui/alertStyles';
import { FormError } from '../../../ui/FormError';
import { focusFirstInvalid } from '../../../ui/focusFirstInvalid';
import { notify } from '../../../ui/notify';
import { Page } from '../../../ui/Page';
import { ButtonLink, TextLink } from '../../../ui/RouterLinks';
import { useMe } from '../../accounts/session';
import { newUploadKey } from '../../attachments/api';
import { PhotoPicker } from '../../attachments/PhotoPicker';
import { UploadProblems, UploadProgress } from '../../attachments/UploadStatus';
import { useUploadQueue } from '../../attachments/useUploadQueue';
import { useOrgUnits } from '../../incidents/queries';
import { IdentifierRows } from '../IdentifierRows';
import { useEntryServerErrors } from '../useEntryServerErrors';
import { type FraudReport, fraudReportKeys, REPORT_LIMITS, uploadReportFile } from './queries';
import { newReportValues, REPORT_FIELD_RENAMES, type ReportFormValues, toReportInput } from './reportValues';

const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * FRAUD-4: a signed-in person reports a fraudulent invoice with a photo or PDF of it; the analysts decide whether
 * it goes on Varningslistan. The report is written first and its files follow one by one; should some not get
 * through, the report stands and the files wait here to be sent again.
 */
export function ReportInvoicePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const files = useUploadQueue();
  const formRef = useRef<HTMLFormElement>(null);
  // One key for this report however often the send is retried: the server then files it once.
  const idempotencyKey = useRef(newUploadKey());
  const [written, setWritten] = useState<FraudReport | null>(null);
  const orgs = me?.memberships ?? [];

  const required = (message: string) => (value: string) => (value.trim() ? null : message);
  const form = useForm<ReportFormValues>({
    initialValues: newReportValues(),
    validate: {
      companyName: required(t('fraud.report.companyNameRequired')),
      description: required(t('fraud.report.descriptionRequired')),
      invoiceDate: (value) => (value && value > today() ? t('fraud.report.dateInFuture') : null),
    },
  });
  const errors = useEntryServerErrors(form, REPORT_FIELD_RENAMES);
  const units = useOrgUnits(form.values.incidentOrgId || null);
  const showErrors = () => focusFirstInvalid(formRef.current);

  const send = useMutation({
    mutationFn: (values: ReportFormValues) =>
      unwrap(
        api.POST('/fraud-reports', {
          params: { header: { 'idempotency-key': idempotencyKey.current } },
          body: toReportInput(values),
        }),
      ),
    onMutate: errors.clear,
    onError: (error) => {
      errors.handleError(error);
      showErrors();
    },
  });

  const finish = (report: FraudReport) => {
    void queryClient.invalidateQueries({ queryKey: fraudReportKeys.all });
    notify.success(t('fraud.report.sentNotice'));
    navigate(`/fraud-reports/${report.id}`);
  };

  const submit = async (values: ReportFormValues) => {
    let report = written;
    if (!report) {
      files.dismiss();
      report = await send.mutateAsync(values).catch(() => null);
      if (!report) return;
    }
    if (files.files.length > 0) {
      const reportId = report.id;
      const { waiting } = await files.upload((file, key) => uploadReportFile(reportId, file, key));
      if (waiting > 0) {
        setWritten(report);
        return;
      }
    }
    finish(report);
  };

  const busy = send.isPending || files.busy;
  const locked = written !== null;
  return (
    <Page
      title={t('fraud.report.newTitle')}
      description={t('fraud.report.newLead')}
      actions={<TextLink to="/fraud-reports">{t('fraud.report.mine')}</TextLink>}
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit(
          (values) => void submit(values),
          () => showErrors(),
        )}
      >
        <Stack gap="lg">
          <TextInput
            label={t('fraud.report.companyName')}
            description={t('fraud.report.companyNameHelp')}
            required
            maxLength={REPORT_LIMITS.companyName}
            readOnly={locked}
            {...form.getInputProps('companyName')}
          />
          <IdentifierRows form={form} help={t('fraud.report.identifiersHelp')} />
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput
              label={t('fraud.report.amount')}
              description={t('fraud.report.amountHelp')}
              min={0}
              allowNegative={false}
              decimalScale={2}
              decimalSeparator=","
              thousandSeparator=" "
              suffix=" kr"
              readOnly={locked}
              {...form.getInputProps('amount')}
            />
            <TextInput
              type="date"
              label={t('fraud.report.invoiceDate')}
              max={today()}
              readOnly={locked}
              {...form.getInputProps('invoiceDate')}
            />
          </Group>
          <Textarea
            label={t('fraud.report.description')}
            description={t('fraud.report.descriptionHelp')}
            required
            autosize
            minRows={4}
            maxRows={16}
            maxLength={REPORT_LIMITS.description}
            readOnly={locked}
            {...form.getInputProps('description')}
          />
          <PhotoPicker
            files={files.files}
            onChange={files.setFiles}
            disabled={busy}
            label={t('fraud.report.filesLabel')}
            maxFiles={REPORT_LIMITS.files}
          />
          {orgs.length > 0 ? (
            <NativeSelect
              label={t('fraud.report.incidentLabel')}
              description={t('fraud.report.incidentHelp')}
              disabled={locked}
              data={[
                { value: '', label: t('fraud.report.incidentNone') },
                ...orgs.map((org) => ({ value: org.orgId, label: org.orgName })),
              ]}
              {...form.getInputProps('incidentOrgId')}
              onChange={(event) => {
                // A unit of the organisation chosen before is no unit of this one.
                form.setFieldValue('incidentOrgId', event.currentTarget.value);
                form.setFieldValue('incidentUnitId', '');
              }}
            />
          ) : null}
          {(units.data?.length ?? 0) > 1 ? (
            <NativeSelect
              label={t('fraud.report.unitLabel')}
              required
              disabled={locked}
              data={[
                { value: '', label: t('fraud.report.unitChoose'), disabled: true },
                ...(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
              ]}
              {...form.getInputProps('incidentUnitId')}
            />
          ) : null}
          <FormError message={errors.formError} />
          {written ? (
            <Alert
              color="yellow"
              variant="light"
              styles={darkAlertTitle}
              title={t('fraud.report.filesWaitingTitle')}
            >
              {t('fraud.report.filesWaitingText')}
            </Alert>
          ) : null}
          <UploadProblems queue={files} />
          <Group gap="sm">
            <Button type="submit" loading={busy}>
              {written ? t('groups.files.retry') : t('fraud.report.send')}
            </Button>
            {written ? (
              <Button
                variant="default"
                onClick={() => {
                  files.clear();
                  finish(written);
                }}
                disabled={busy}
              >
                {t('groups.files.skip')}
              </Button>
            ) : (
              <ButtonLink to="/fraud-list" variant="default">
                {t('common.cancel')}
              </ButtonLink>
            )}
          </Group>
          <UploadProgress queue={files} />
        </Stack>
      </form>
    </Page>
  );
}
