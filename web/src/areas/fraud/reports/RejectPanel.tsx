import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError } from '../../../ui/FormError';
import { notify } from '../../../ui/notify';
import { useServerErrors } from '../../../ui/useServerErrors';
import { fraudReportKeys, REPORT_LIMITS } from './queries';

/** Not published: the reason goes to the reporter by mail and shows on their report. */
export function RejectPanel({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('fraud.review.reasonRequired')) },
  });
  const errors = useServerErrors(form);
  const reject = useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/admin/fraud-reports/{id}/reject', {
          params: { path: { id: reportId } },
          body: { reason },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (decided) => {
      queryClient.setQueryData(fraudReportKeys.review(reportId), decided);
      void queryClient.invalidateQueries({ queryKey: fraudReportKeys.all });
      notify.success(t('fraud.review.rejected'));
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => reject.mutate(values.reason.trim()))}>
      <Stack gap="sm">
        <Textarea
          label={t('fraud.review.reason')}
          description={t('fraud.review.reasonHelp')}
          required
          autosize
          minRows={3}
          maxLength={REPORT_LIMITS.reason}
          {...form.getInputProps('reason')}
        />
        <FormError message={errors.formError} />
        <Group>
          <Button type="submit" color="red" variant="light" loading={reject.isPending}>
            {t('fraud.review.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
