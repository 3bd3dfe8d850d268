import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { formatDate } from '../../../ui/dates';
import { errorMessage } from '../../../ui/errorMessage';
import { FormError } from '../../../ui/FormError';
import { notify } from '../../../ui/notify';
import { PageLoader } from '../../../ui/PageLoader';
import { TextLink } from '../../../ui/RouterLinks';
import { type FraudEntrySummary, fraudKeys } from '../queries';
import { type FraudReportReview, fraudReportKeys } from './queries';

/**
 * The report is about a sender already listed: the entries its numbers and name lead to are offered, and the
 * analyst may search for another. Merging counts the report there and adds the numbers the entry lacks.
 */
export function MergePanel({ report }: { report: FraudReportReview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const questions = [
    ...new Set([...report.identifiers.map((i) => i.formatted), report.companyName, query]),
  ].filter((q) => q !== '');
  const searches = useQueries({
    queries: questions.map((q) => ({
      queryKey: fraudKeys.search(q),
      queryFn: () => unwrap(api.GET('/fraud-list/search', { params: { query: { q } } })),
    })),
  });
  const candidates = new Map<string, FraudEntrySummary>();
  for (const search of searches)
    for (const match of search.data?.matches ?? []) candidates.set(match.entry.id, match.entry);
  const failed = searches.find((search) => search.isError)?.error;

  const merge = useMutation({
    mutationFn: (entryId: string) =>
      unwrap(
        api.POST('/admin/fraud-reports/{id}/merge', {
          params: { path: { id: report.id } },
          body: { entryId },
        }),
      ),
    onSuccess: (decided, entryId) => {
      queryClient.setQueryData(fraudReportKeys.review(report.id), decided);
      void queryClient.invalidateQueries({ queryKey: fraudReportKeys.all });
      void queryClient.invalidateQueries({ queryKey: fraudKeys.all });
      notify.success(t('fraud.review.merged'));
      navigate(`/fraud-list/${entryId}`);
    },
  });

  return (
    <Stack gap="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(typed.trim());
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('fraud.review.searchOther')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" variant="default">
            {t('fraud.search.submit')}
          </Button>
        </Group>
      </form>
      {searches.some((search) => search.isPending) ? <PageLoader /> : null}
      {failed ? <FormError message={errorMessage(failed, t)} /> : null}
      {merge.isError ? <FormError message={errorMessage(merge.error, t)} /> : null}
      {candidates.size === 0 && searches.every((search) => search.isSuccess) ? (
        <Text c="dimmed">{t('fraud.review.noCandidates')}</Text>
      ) : null}
      <Stack component="ul" gap="sm" className="plain-list" aria-label={t('fraud.review.candidates')}>
        {[...candidates.values()].map((entry) => (
          <Paper component="li" key={entry.id} withBorder p="sm" radius="md">
            <Group justify="space-between" gap="sm">
              <Stack gap={2}>
                <TextLink to={`/fraud-list/${entry.id}`} fw={600}>
                  {entry.companyName}
                </TextLink>
                <Text size="sm" c="dimmed">
                  {[
                    entry.orgNumber,
                    t('fraud.entry.publishedOn', { date: formatDate(entry.firstPublishedAt) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              <Button
                size="sm"
                variant="light"
                onClick={() => merge.mutate(entry.id)}
                loading={merge.isPending && merge.variables === entry.id}
                disabled={merge.isPending}
                aria-label={t('fraud.review.mergeInto', { name: entry.companyName })}
              >
                {t('fraud.review.merge')}
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
