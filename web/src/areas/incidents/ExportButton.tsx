import { Button } from '@mantine/core';
import { EXPORT_ROWS_MAX } from '@vaksam/domain/incidents/overview';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, NETWORK_STATUS, toApiError } from '../../api/errors';
import type { paths } from '../../api/schema';
import { errorMessage } from '../../ui/errorMessage';
import { notify } from '../../ui/notify';

export type IncidentExportQuery = NonNullable<paths['/incidents/export.csv']['get']['parameters']['query']>;

/** The server names the file by the Swedish date; this is the fallback should the header be missing. */
function fileNameOf(response: Response): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'vaksam-rapporter.csv';
}

/** Hands a downloaded file to the browser's own download, as a link to it would. */
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * INC-8: downloads the reports of the current filters as CSV for Excel. Fetched rather than linked, so a
 * refusal or a lost connection is shown here instead of as a downloaded error page.
 */
export function ExportButton({ query }: { query: IncidentExportQuery }) {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState(false);

  const download = async () => {
    setPending(true);
    try {
      const result = await api
        .GET('/incidents/export.csv', { params: { query }, parseAs: 'blob' })
        .catch(() => {
          throw new ApiError(NETWORK_STATUS, 'network', '');
        });
      if (!result.response.ok || !result.data) throw toApiError(result.response.status, result.error);
      saveFile(result.data as Blob, fileNameOf(result.response));
      notify.success(t('overview.exportReady'));
    } catch (error) {
      notify.error(errorMessage(error, t));
    } finally {
      setPending(false);
    }
  };

  return (
    <Button
      variant="default"
      size="sm"
      loading={pending}
      onClick={() => void download()}
      title={t('overview.exportHint', { max: EXPORT_ROWS_MAX.toLocaleString(i18n.language) })}
    >
      {t('overview.export')}
    </Button>
  );
}
