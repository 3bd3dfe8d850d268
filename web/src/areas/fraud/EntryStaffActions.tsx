import { Button, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { errorMessage } from '../../ui/errorMessage';
import { notify } from '../../ui/notify';
import { ButtonLink } from '../../ui/RouterLinks';
import { type FraudEntry, fraudKeys } from './queries';

/** FRAUD-7: analysts correct an entry, count one more report of it, or take it off the list. */
export function EntryStaffActions({ entry }: { entry: FraudEntry }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const name = entry.companyName;

  const report = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/admin/fraud-entries/{id}/reports', { params: { path: { id: entry.id } }, body: {} })),
    onSuccess: (saved) => {
      queryClient.setQueryData(fraudKeys.entry(saved.id), saved);
      // The count shows in the list, the search answers and the top list too.
      void queryClient.invalidateQueries({
        queryKey: fraudKeys.all,
        predicate: (query) => query.queryKey[1] !== 'entry',
      });
      notify.success(t('fraud.entry.reportRecorded', { count: saved.reportCount }));
    },
    onError: (error) => notify.error(errorMessage(error, t)),
  });

  return (
    <Group gap="sm">
      <ButtonLink to={`/admin/fraud-list/${entry.id}/edit`} variant="default">
        {t('fraud.entry.edit')}
      </ButtonLink>
      <Button variant="light" onClick={() => report.mutate()} loading={report.isPending}>
        {t('fraud.entry.recordReport')}
      </Button>
      <ConfirmButton
        title={t('fraud.entry.removeTitle')}
        message={t('fraud.entry.removeText', { name })}
        confirmLabel={t('fraud.entry.remove')}
        describeError={(error) => errorMessage(error, t)}
        onConfirm={async () => {
          await unwrap(api.DELETE('/admin/fraud-entries/{id}', { params: { path: { id: entry.id } } }));
          queryClient.removeQueries({ queryKey: fraudKeys.entry(entry.id) });
          await queryClient.invalidateQueries({ queryKey: fraudKeys.all });
          notify.success(t('fraud.entry.removed', { name }));
          navigate('/fraud-list');
        }}
      >
        {t('fraud.entry.remove')}
      </ConfirmButton>
    </Group>
  );
}
