import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentTile } from '../../attachments/AttachmentTile';
import { AttachmentViewer } from '../../attachments/AttachmentViewer';
import { type FraudReportFile, reportFileUrls } from './queries';

const shown = (file: FraudReportFile) => ({ ...file, hasThumbnail: file.contentType.startsWith('image/') });

/** The photos and PDFs of the invoice: a photo opens in the viewer, a PDF downloads. */
export function ReportFiles({ reportId, files }: { reportId: string; files: FraudReportFile[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReturnType<typeof shown> | null>(null);
  if (files.length === 0) return <Text c="dimmed">{t('fraud.report.noFiles')}</Text>;
  return (
    <>
      <Group component="ul" gap="sm" align="flex-start" className="plain-list">
        {files.map((file) => (
          <AttachmentTile
            key={file.id}
            attachment={shown(file)}
            urls={reportFileUrls(reportId, file.id)}
            onOpen={() => setOpen(shown(file))}
          />
        ))}
      </Group>
      <AttachmentViewer
        attachment={open}
        url={open ? reportFileUrls(reportId, open.id).file : ''}
        canDelete={false}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
