import { Button, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { SharingLevel } from '@vaksam/domain/incidents/sharing';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { SharingLevelChoice } from './SharingLevelChoice';

interface SharingLevelFormProps {
  label: string;
  /** The level as stored: the starting choice, and nothing to save while it is chosen. */
  saved: SharingLevel;
  available: readonly SharingLevel[];
  save: UseMutationResult<unknown, Error, SharingLevel>;
  /** The request's field that the server names in a validation error. */
  field: string;
  submitLabel: string;
  submitVariant?: 'filled' | 'default';
  children?: ReactNode;
}

/** INC-10: choosing a sharing level and saving it, for one report or as the organisation's default. */
export function SharingLevelForm({
  label,
  saved,
  available,
  save,
  field,
  submitLabel,
  submitVariant = 'filled',
  children,
}: SharingLevelFormProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<SharingLevel>(saved);
  useEffect(() => setChoice(saved), [saved]);
  const fieldError =
    save.error && 'fields' in save.error
      ? ((save.error.fields as Record<string, string>)[field] ?? null)
      : null;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(choice);
      }}
      noValidate
    >
      <Stack gap="sm">
        <FormError message={save.isError && !fieldError ? errorMessage(save.error, t) : null} />
        <SharingLevelChoice
          label={label}
          value={choice}
          onChange={setChoice}
          available={available}
          error={fieldError}
        />
        {children}
        <Button
          type="submit"
          variant={submitVariant}
          loading={save.isPending}
          disabled={choice === saved}
          style={{ alignSelf: 'flex-start' }}
        >
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
