import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { hasStatus, isApiError } from '../../api/errors';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { focusFirstInvalid } from '../../ui/focusFirstInvalid';
import { notify } from '../../ui/notify';
import { ButtonLink } from '../../ui/RouterLinks';
import { AddressRows } from './AddressRows';
import { LIMITS, toInput, valuesOf } from './formValues';
import { IdentifierRows } from './IdentifierRows';
import { type FraudEntry, fraudKeys } from './queries';
import { fraudReportKeys } from './reports/queries';
import type { EntryFormValues } from './serverFields';
import { useEntryServerErrors } from './useEntryServerErrors';

/**
 * FRAUD-7: an analyst writes what the invoices say about their sender. The server checks the numbers' checksums
 * and that no other entry has them; its answers land on the row they are about.
 */
export function EntryForm({
  entry,
  initialValues,
  onReload,
  reportId,
}: {
  entry?: FraudEntry;
  initialValues: EntryFormValues;
  /** Fetches the entry as it is saved now, after someone else changed it. */
  onReload?: () => Promise<FraudEntry>;
  /** FRAUD-4: publishes this report of the moderation queue as the new entry, which counts it. */
  reportId?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(entry?.updatedAt ?? null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);

  const required = (message: string) => (value: string) => (value.trim() ? null : message);
  const form = useForm<EntryFormValues>({
    initialValues,
    validate: {
      companyName: required(t('fraud.form.companyNameRequired')),
      description: required(t('fraud.form.descriptionRequired')),
      addresses: { value: required(t('fraud.form.addressRequired')) },
      identifiers: { value: required(t('fraud.form.valueRequired')) },
    },
  });
  const errors = useEntryServerErrors(form);

  const showErrors = () => focusFirstInvalid(formRef.current);

  const save = useMutation({
    mutationFn: async (values: EntryFormValues): Promise<{ id: string; companyName: string }> => {
      if (entry && base) {
        const saved = await unwrap(
          api.PUT('/admin/fraud-entries/{id}', {
            params: { path: { id: entry.id } },
            body: { ...toInput(values), updatedAt: base },
          }),
        );
        queryClient.setQueryData(fraudKeys.entry(saved.id), saved);
        return saved;
      }
      if (reportId) {
        const decided = await unwrap(
          api.POST('/admin/fraud-reports/{id}/publish', {
            params: { path: { id: reportId } },
            body: toInput(values),
          }),
        );
        void queryClient.invalidateQueries({ queryKey: fraudReportKeys.all });
        if (!decided.entryId) throw new Error('a published report names its entry');
        return { id: decided.entryId, companyName: decided.companyName };
      }
      const created = await unwrap(api.POST('/admin/fraud-entries', { body: toInput(values) }));
      queryClient.setQueryData(fraudKeys.entry(created.id), created);
      return created;
    },
    onMutate: () => {
      errors.clear();
      setConflict(null);
    },
    onError: (error) => {
      // A stale edit names `updatedAt`; a 409 about an identifier already listed elsewhere names its row.
      if (hasStatus(error, 409) && isApiError(error) && 'updatedAt' in error.fields) {
        setConflict(t('fraud.form.conflictText'));
        return;
      }
      errors.handleError(error);
      showErrors();
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({
        queryKey: fraudKeys.all,
        predicate: (query) => query.queryKey[1] !== 'entry',
      });
      notify.success(
        entry
          ? t('fraud.form.saved', { name: saved.companyName })
          : t('fraud.form.published', { name: saved.companyName }),
      );
      navigate(`/fraud-list/${saved.id}`);
    },
  });

  const reload = async () => {
    if (!onReload) return;
    setReloading(true);
    try {
      const fresh = await onReload();
      form.setValues(valuesOf(fresh));
      form.resetDirty(valuesOf(fresh));
      form.clearErrors();
      setBase(fresh.updatedAt);
      setConflict(null);
      errors.clear();
      notify.success(t('fraud.form.reloaded'));
    } catch (error) {
      setConflict(errorMessage(error, t));
    } finally {
      setReloading(false);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(
        (values) => save.mutate(values),
        () => showErrors(),
      )}
    >
      <Stack gap="lg">
        <TextInput
          label={t('fraud.form.companyName')}
          required
          maxLength={LIMITS.name}
          {...form.getInputProps('companyName')}
        />
        <IdentifierRows form={form} />
        <AddressRows form={form} />
        <Textarea
          label={t('fraud.form.description')}
          description={t('fraud.form.descriptionHelp')}
          required
          autosize
          minRows={5}
          maxRows={20}
          maxLength={LIMITS.description}
          {...form.getInputProps('description')}
        />
        <FormError message={errors.formError} />
        {conflict ? (
          <Alert color="orange" variant="light" title={t('fraud.form.conflictTitle')}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{conflict}</Text>
              {onReload ? (
                <Button variant="white" color="orange" size="sm" onClick={reload} loading={reloading}>
                  {t('fraud.form.reload')}
                </Button>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {entry ? t('common.save') : t('fraud.form.publish')}
          </Button>
          <ButtonLink
            to={entry ? `/fraud-list/${entry.id}` : reportId ? '/admin/fraud-reports' : '/fraud-list'}
            variant="default"
          >
            {t('common.cancel')}
          </ButtonLink>
        </Group>
      </Stack>
    </form>
  );
}
