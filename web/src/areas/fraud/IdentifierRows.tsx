import { Button, CloseButton, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { FormArrayElement, UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, newIdentifier } from './formValues';
import { IDENTIFIER_KINDS } from './kinds';
import type { RowFormValues } from './serverFields';
import './fraud.css';

/** The details a sender is found by: a kind and a value per row (an entry's, or those on a reported invoice). */
export function IdentifierRows<Values extends RowFormValues>({
  form,
  help,
}: {
  form: UseFormReturnType<Values>;
  /** What the rows are for, under their heading; the editor's text by default. */
  help?: string;
}) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const rows = form.getValues().identifiers;
  const kinds = IDENTIFIER_KINDS.map((kind) => ({ value: kind, label: t(`fraud.kind.${kind}`) }));

  const add = () => {
    const row = newIdentifier(rows.length === 0 ? 'organisationsnummer' : 'bankgiro');
    // Every such form's `identifiers` holds rows of this shape (RowFormValues); the generic cannot say so.
    form.insertListItem('identifiers', row as FormArrayElement<Values, 'identifiers'>);
    // The new row's field is where the analyst goes next; it exists once React has drawn it.
    requestAnimationFrame(() => document.getElementById(`fraud-value-${row.key}`)?.focus());
  };
  const remove = (index: number) => {
    form.removeListItem('identifiers', index);
    requestAnimationFrame(() => addRef.current?.focus());
  };

  return (
    <Stack gap="sm" role="group" aria-labelledby="fraud-identifiers-label">
      <Stack gap={2}>
        <Text fw={600} id="fraud-identifiers-label">
          {t('fraud.form.identifiers')}
        </Text>
        <Text size="sm" c="dimmed">
          {help ?? t('fraud.form.identifiersHelp')}
        </Text>
      </Stack>
      {rows.map((row, index) => (
        <div key={row.key} className="fraud-identifier-row">
          <NativeSelect
            className="fraud-row-kind"
            size="md"
            label={t('fraud.form.kindLabel', { number: index + 1 })}
            data={kinds}
            {...form.getInputProps(`identifiers.${index}.kind`)}
          />
          <TextInput
            className="fraud-row-value"
            id={`fraud-value-${row.key}`}
            label={t('fraud.form.valueLabel', { number: index + 1 })}
            placeholder={t(`fraud.form.placeholder.${row.kind}`)}
            maxLength={LIMITS.value}
            autoComplete="off"
            {...form.getInputProps(`identifiers.${index}.value`)}
          />
          <CloseButton
            className="fraud-row-remove"
            size="lg"
            aria-label={t('fraud.form.removeIdentifier', { number: index + 1 })}
            onClick={() => remove(index)}
          />
        </div>
      ))}
      {typeof form.errors.identifiers === 'string' ? (
        <Text size="sm" c="var(--mantine-color-error)">
          {form.errors.identifiers}
        </Text>
      ) : null}
      <Group>
        <Button
          ref={addRef}
          variant="default"
          size="sm"
          onClick={add}
          disabled={rows.length >= LIMITS.identifiers}
        >
          {t('fraud.form.addIdentifier')}
        </Button>
      </Group>
    </Stack>
  );
}
