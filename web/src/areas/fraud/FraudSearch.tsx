import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../ui/errorMessage';
import { Section } from '../../ui/Section';
import { useFraudSearch } from './queries';
import { SearchVerdict } from './SearchVerdict';

// Mirrors FRAUD_LIMITS.query in @vaksam/domain/fraud; importing it would pull zod into the page.
const QUERY_MAX = 200;

/** FRAUD-2: one field for every kind of detail; the server works out what the query is. */
export function FraudSearch() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim().slice(0, QUERY_MAX);
  const [text, setText] = useState(q);
  const [empty, setEmpty] = useState(false);
  const search = useFraudSearch(q);

  // The address holds the query, so that going back in history shows the earlier search in the field too.
  useEffect(() => setText(q), [q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    setEmpty(value.length === 0);
    if (value) setParams({ q: value });
  };

  return (
    <Section title={t('fraud.search.title')}>
      <search>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <TextInput
              type="search"
              label={t('fraud.search.label')}
              placeholder={t('fraud.search.placeholder')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              maxLength={QUERY_MAX}
              error={empty ? t('fraud.search.empty') : null}
              autoComplete="off"
            />
            <Group>
              <Button type="submit" loading={search.isFetching}>
                {t('fraud.search.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </search>
      {/* Always present, so that screen readers announce the verdict when it arrives. */}
      <div role="status" aria-live="polite">
        {q && search.isPending ? <Text c="dimmed">{t('fraud.search.searching')}</Text> : null}
        {search.isError ? <Text c="var(--mantine-color-error)">{errorMessage(search.error, t)}</Text> : null}
        {search.data ? <SearchVerdict result={search.data} /> : null}
      </div>
    </Section>
  );
}
