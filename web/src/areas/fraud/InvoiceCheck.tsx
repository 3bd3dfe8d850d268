import { Button, Group, Input, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { errorMessage } from '../../ui/errorMessage';
import { Section } from '../../ui/Section';
import { InvoiceResult } from './InvoiceResult';
import { checkInvoice } from './queries';
import './fraud.css';

const MAX_BYTES = 15 * 1024 * 1024;
/** The statuses whose message from the server says what to do about the file. */
const FILE_PROBLEMS = new Set([413, 415, 422, 429]);

/** FRAUD-6: an invoice as PDF is read on the server and thrown away; only what it names is answered. */
export function InvoiceCheck() {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const check = useMutation({ mutationFn: checkInvoice });

  const describe = (error: unknown) =>
    isApiError(error) && FILE_PROBLEMS.has(error.status) && error.message
      ? error.message
      : errorMessage(error, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    check.reset();
    if (!file) return setProblem(t('fraud.invoice.chooseFile'));
    // Sending 15 MB on a phone only to hear it is too large wastes the visitor's data.
    if (file.size > MAX_BYTES) return setProblem(t('fraud.invoice.tooLarge'));
    setProblem(null);
    check.mutate(file);
  };

  return (
    <Section title={t('fraud.invoice.title')} description={t('fraud.invoice.lead')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Input.Wrapper
            size="md"
            label={t('fraud.invoice.fileLabel')}
            description={t('fraud.invoice.fileHelp')}
            error={problem}
            id={inputId}
          >
            <input
              id={inputId}
              type="file"
              accept="application/pdf,.pdf"
              className="fraud-file-input"
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${inputId}-description${problem ? ` ${inputId}-error` : ''}`}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setProblem(null);
                check.reset();
              }}
            />
          </Input.Wrapper>
          <Group>
            <Button type="submit" loading={check.isPending}>
              {t('fraud.invoice.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <div role="status" aria-live="polite">
        {check.isPending ? <Text c="dimmed">{t('fraud.invoice.checking')}</Text> : null}
        {check.isError ? <Text c="var(--mantine-color-error)">{describe(check.error)}</Text> : null}
        {check.data ? <InvoiceResult result={check.data} /> : null}
      </div>
    </Section>
  );
}
