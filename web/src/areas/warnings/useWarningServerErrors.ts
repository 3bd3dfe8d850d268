import type { UseFormReturnType } from '@mantine/form';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { errorMessage } from '../../ui/errorMessage';
import type { WarningFormValues } from './formValues';
import { placeFieldErrors } from './serverFields';

/**
 * Like ui/useServerErrors, but the server's many targeting paths (`targeting.polygons.0.1.latitude`) all land
 * on `targeting`, which the form shows above its targeting section.
 */
export function useWarningServerErrors(form: UseFormReturnType<WarningFormValues>) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);

  const handleError = useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        setFormError(errorMessage(error, t));
        return;
      }
      const { placed, unplaced } = placeFieldErrors(error.fields);
      for (const [field, message] of Object.entries(placed)) form.setFieldError(field, message);
      const placedAll = Object.keys(placed).length > 0 && unplaced.length === 0;
      setFormError(
        placedAll && error.code === 'validation_failed'
          ? null
          : [errorMessage(error, t), ...unplaced].join(' '),
      );
    },
    [form, t],
  );

  const clear = useCallback(() => setFormError(null), []);

  return { formError, handleError, clear };
}
