import { Alert, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { hasStatus, isApiError } from '../../api/errors';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { focusFirstInvalid } from '../../ui/focusFirstInvalid';
import { notify } from '../../ui/notify';
import { ButtonLink } from '../../ui/RouterLinks';
import { radiusOf, targetingOf, toInput, valuesOf, type WarningFormValues } from './formValues';
import { PublishButton } from './PublishButton';
import { type AuthoredWarning, previewRecipients, type WarningState, warningKeys } from './queries';
import { fromStockholmInput } from './stockholmTime';
import { TargetingFields } from './TargetingFields';
import { TextFields } from './TextFields';
import { useWarningServerErrors } from './useWarningServerErrors';

interface WarningFormProps {
  /** A group's warning goes to its members only; null: the platform's. */
  groupId: string | null;
  warning?: AuthoredWarning;
  initialValues: WarningFormValues;
  /** Where the list of this scope's warnings in a state is. */
  listPath: (state: WarningState) => string;
  /** Fetches the warning as it is saved now, after someone else changed it. */
  onReload?: () => Promise<AuthoredWarning>;
}

/** WARN-1, WARN-5: writes a warning as a draft, sends it after a fresh count of recipients, or withdraws it. */
export function WarningForm({ groupId, warning, initialValues, listPath, onReload }: WarningFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  // After a first save the warning exists: every later save (a retried publish, say) must change that one.
  const [saved, setSaved] = useState<{ id: string; updatedAt: string } | null>(
    warning ? { id: warning.id, updatedAt: warning.updatedAt } : null,
  );
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const [saving, setSaving] = useState(false);
  const state = warning?.state ?? 'draft';
  const readOnly = state === 'withdrawn';

  const required = (message: string) => (value: string) => (value.trim() ? null : message);
  const form = useForm<WarningFormValues>({
    initialValues,
    validate: {
      title: required(t('warnings.form.titleRequired')),
      body: required(t('warnings.form.bodyRequired')),
      validUntil: (value, values) => {
        const until = fromStockholmInput(value);
        const from = fromStockholmInput(values.validFrom) ?? new Date().toISOString();
        return until && until <= from ? t('warnings.form.untilBeforeFrom') : null;
      },
      corners: (value) => (value.length > 0 && value.length < 3 ? t('warnings.form.tooFewCorners') : null),
      circle: {
        radiusKm: (_value, values) => {
          const radius = radiusOf(values.circle);
          return values.circle.center && !(radius > 0 && radius <= 500)
            ? t('warnings.form.radiusInvalid')
            : null;
        },
      },
    },
  });
  const errors = useWarningServerErrors(form);

  const targetingKey = JSON.stringify(targetingOf(form.getValues()));
  // A message about the targeting is about the targeting as it was; once changed, it may no longer hold.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the targeting changes.
  useEffect(() => {
    form.clearFieldError('targeting');
  }, [targetingKey]);

  // The targeting's own errors are alerts rather than invalid fields.
  const showErrors = () => focusFirstInvalid(formRef.current, '[aria-invalid="true"], [role="alert"]');

  const failed = (error: unknown) => {
    // A stale edit names `updatedAt`; a withdrawn warning's 409 is said as it is.
    if (hasStatus(error, 409) && isApiError(error) && 'updatedAt' in error.fields) {
      setConflict(t('warnings.form.conflictText'));
      return;
    }
    errors.handleError(error);
    showErrors();
  };

  const save = async (values: WarningFormValues): Promise<AuthoredWarning> => {
    const { groupId: _scope, ...update } = toInput(values, groupId);
    const result = saved
      ? await unwrap(
          api.PUT('/warnings/authored/{id}', {
            params: { path: { id: saved.id } },
            body: { ...update, updatedAt: saved.updatedAt },
          }),
        )
      : await unwrap(api.POST('/warnings/authored', { body: toInput(values, groupId) }));
    setSaved({ id: result.id, updatedAt: result.updatedAt });
    queryClient.setQueryData(warningKeys.authoredOne(result.id), result);
    void queryClient.invalidateQueries({
      queryKey: warningKeys.authored,
      predicate: (query) => query.queryKey[2] === 'list',
    });
    return result;
  };

  const reset = () => {
    errors.clear();
    setConflict(null);
  };

  const submit = async (values: WarningFormValues) => {
    reset();
    setSaving(true);
    try {
      const result = await save(values);
      notify.success(
        result.state === 'draft'
          ? t('warnings.form.draftSaved', { title: result.title })
          : t('warnings.form.changesSaved', { title: result.title }),
      );
      navigate(listPath(result.state));
    } catch (error) {
      failed(error);
    } finally {
      setSaving(false);
    }
  };

  const prepare = async () => {
    reset();
    if (form.validate().hasErrors) {
      showErrors();
      return null;
    }
    try {
      return await previewRecipients(groupId, targetingOf(form.getValues()));
    } catch (error) {
      failed(error);
      return null;
    }
  };

  const publish = async () => {
    let draft: AuthoredWarning;
    try {
      draft = await save(form.getValues());
    } catch (error) {
      failed(error);
      return;
    }
    try {
      const published = await unwrap(
        api.POST('/warnings/authored/{id}/publish', { params: { path: { id: draft.id } } }),
      );
      queryClient.setQueryData(warningKeys.authoredOne(published.id), published);
      await queryClient.invalidateQueries({ queryKey: warningKeys.all });
      notify.success(t('warnings.form.published', { title: published.title }));
      navigate(listPath('published'));
    } catch (error) {
      failed(error);
    }
  };

  const reload = async () => {
    if (!onReload) return;
    setReloading(true);
    try {
      const fresh = await onReload();
      form.setValues(valuesOf(fresh));
      form.resetDirty(valuesOf(fresh));
      form.clearErrors();
      setSaved({ id: fresh.id, updatedAt: fresh.updatedAt });
      reset();
      notify.success(t('warnings.form.reloaded'));
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
        (values) => void submit(values),
        () => showErrors(),
      )}
    >
      <Stack gap="lg">
        {state === 'published' ? (
          <Alert color="blue" variant="light" title={t('warnings.form.publishedTitle')}>
            {t('warnings.form.publishedText')}
          </Alert>
        ) : null}
        {readOnly ? (
          <Alert color="gray" variant="light" title={t('warnings.form.withdrawnTitle')}>
            {t('warnings.form.withdrawnText')}
          </Alert>
        ) : null}
        <Fieldset variant="unstyled" disabled={readOnly}>
          <Stack gap="lg">
            <TextFields form={form} />
            <TargetingFields
              form={form}
              groupId={groupId}
              readOnly={readOnly}
              onPreviewError={(error) => failed(error)}
            />
          </Stack>
        </Fieldset>
        <FormError message={errors.formError} />
        {conflict ? (
          <Alert color="orange" variant="light" title={t('warnings.form.conflictTitle')}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{conflict}</Text>
              {onReload ? (
                <Button variant="white" color="orange" size="sm" onClick={reload} loading={reloading}>
                  {t('warnings.form.reload')}
                </Button>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        <Group gap="sm">
          {readOnly ? null : (
            <Button type="submit" variant={state === 'draft' ? 'default' : 'filled'} loading={saving}>
              {state === 'draft' ? t('warnings.form.saveDraft') : t('warnings.form.saveChanges')}
            </Button>
          )}
          {state === 'draft' ? (
            <PublishButton
              prepare={prepare}
              publish={publish}
              startsAt={fromStockholmInput(form.getValues().validFrom)}
            />
          ) : null}
          {warning && state === 'published' ? (
            <ConfirmButton
              title={t('warnings.form.withdrawTitle')}
              message={t('warnings.form.withdrawText')}
              confirmLabel={t('warnings.form.withdraw')}
              describeError={(error) => errorMessage(error, t)}
              onConfirm={async () => {
                const withdrawn = await unwrap(
                  api.POST('/warnings/authored/{id}/withdraw', { params: { path: { id: warning.id } } }),
                );
                queryClient.setQueryData(warningKeys.authoredOne(withdrawn.id), withdrawn);
                await queryClient.invalidateQueries({ queryKey: warningKeys.all });
                notify.success(t('warnings.form.withdrawn', { title: withdrawn.title }));
                navigate(listPath('withdrawn'));
              }}
            >
              {t('warnings.form.withdraw')}
            </ConfirmButton>
          ) : null}
          <ButtonLink to={listPath(state)} variant="subtle">
            {readOnly ? t('warnings.form.back') : t('common.cancel')}
          </ButtonLink>
        </Group>
      </Stack>
    </form>
  );
}
