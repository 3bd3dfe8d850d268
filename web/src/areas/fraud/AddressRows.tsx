import { Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, newAddress } from './formValues';
import type { EntryFormValues } from './serverFields';

/** The postal addresses the invoices give, one per row. */
export function AddressRows({ form }: { form: UseFormReturnType<EntryFormValues> }) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const rows = form.getValues().addresses;

  const add = () => {
    const row = newAddress();
    form.insertListItem('addresses', row);
    requestAnimationFrame(() => document.getElementById(`fraud-address-${row.key}`)?.focus());
  };
  const remove = (index: number) => {
    form.removeListItem('addresses', index);
    requestAnimationFrame(() => addRef.current?.focus());
  };

  return (
    <Stack gap="sm" role="group" aria-labelledby="fraud-addresses-label">
      <Stack gap={2}>
        <Text fw={600} id="fraud-addresses-label">
          {t('fraud.form.addresses')}
        </Text>
        <Text size="sm" c="dimmed">
          {rows.length === 0 ? t('fraud.form.noAddresses') : t('fraud.form.addressesHelp')}
        </Text>
      </Stack>
      {rows.map((row, index) => (
        <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            id={`fraud-address-${row.key}`}
            label={t('fraud.form.addressLabel', { number: index + 1 })}
            maxLength={LIMITS.address}
            style={{ flex: 1, minWidth: 0 }}
            {...form.getInputProps(`addresses.${index}.value`)}
          />
          <CloseButton
            size="lg"
            mt={26}
            aria-label={t('fraud.form.removeAddress', { number: index + 1 })}
            onClick={() => remove(index)}
          />
        </Group>
      ))}
      {typeof form.errors.addresses === 'string' ? (
        <Text size="sm" c="var(--mantine-color-error)">
          {form.errors.addresses}
        </Text>
      ) : null}
      <Group>
        <Button
          ref={addRef}
          variant="default"
          size="sm"
          onClick={add}
          disabled={rows.length >= LIMITS.addresses}
        >
          {t('fraud.form.addAddress')}
        </Button>
      </Group>
    </Stack>
  );
}
