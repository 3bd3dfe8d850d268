import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n';

function show(color: 'green' | 'red', message: string, autoClose: number) {
  notifications.show({
    color,
    message,
    autoClose,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}

/** Short confirmations and failures that do not belong to a form. */
export const notify = {
  success: (message: string, autoClose = 4000) => show('green', message, autoClose),
  error: (message: string) => show('red', message, 8000),
};
