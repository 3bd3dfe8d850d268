import type { UseFormReturnType } from '@mantine/form';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { errorMessage } from './errorMessage';

const NO_RENAMES: Record<string, string> = {};

type AnyForm = Pick<UseFormReturnType<Record<string, unknown>>, 'setFieldError' | 'getValues'>;

function fieldPaths(values: unknown, prefix = ''): Set<string> {
  const paths = new Set<string>();
  if (typeof values !== 'object' || values === null) return paths;
  for (const [key, value] of Object.entries(values)) {
    const path = prefix ? `${prefix}.${key}` : key;
    paths.add(path);
    // Rows of a list are fields too: the server names them `nextOfKin.0.phone`.
    if (typeof value === 'object' && value !== null) {
      for (const nested of fieldPaths(value, path)) paths.add(nested);
    }
  }
  return paths;
}

/**
 * Puts the server's `fields` messages next to the matching inputs of a Mantine form and keeps the
 * rest (the general message and messages for fields the form does not show) for a form-level alert.
 */
export function useServerErrors<Values>(
  form: UseFormReturnType<Values>,
  rename: Record<string, string> = NO_RENAMES,
) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);

  const handleError = useCallback(
    (error: unknown) => {
      const target = form as unknown as AnyForm;
      const known = fieldPaths(target.getValues());
      const unplaced: string[] = [];
      if (isApiError(error)) {
        for (const [rawPath, message] of Object.entries(error.fields)) {
          const path = rename[rawPath] ?? rawPath.replace(/^body\./, '');
          if (known.has(path)) target.setFieldError(path, message);
          else unplaced.push(message);
        }
      }
      const placedAll = isApiError(error) && Object.keys(error.fields).length > 0 && unplaced.length === 0;
      const general = errorMessage(error, t);
      setFormError(placedAll && error.code === 'validation_failed' ? null : [general, ...unplaced].join(' '));
    },
    [form, rename, t],
  );

  const clear = useCallback(() => setFormError(null), []);

  return { formError, handleError, clear };
}
