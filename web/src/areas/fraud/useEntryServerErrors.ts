import type { UseFormReturnType } from '@mantine/form';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { errorMessage } from '../../ui/errorMessage';
import { placeFieldErrors, type RowFormValues } from './serverFields';

const NO_RENAMES: Readonly<Record<string, string>> = {};

/**
 * Like ui/useServerErrors, but for forms with identifier and address rows: the shared hook only knows plain
 * and nested object fields, while the server names list items (`identifiers.1.value`).
 */
export function useEntryServerErrors<Values extends RowFormValues>(
  form: UseFormReturnType<Values>,
  rename: Readonly<Record<string, string>> = NO_RENAMES,
) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);

  const handleError = useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        setFormError(errorMessage(error, t));
        return;
      }
      const { placed, unplaced } = placeFieldErrors(error.fields, form.getValues(), rename);
      for (const [field, message] of Object.entries(placed)) form.setFieldError(field, message);
      const placedAll = Object.keys(placed).length > 0 && unplaced.length === 0;
      setFormError(
        placedAll && error.code === 'validation_failed'
          ? null
          : [errorMessage(error, t), ...unplaced].join(' '),
      );
    },
    [form, rename, t],
  );

  const clear = useCallback(() => setFormError(null), []);

  return { formError, handleError, clear };
}
