import { Text } from '@mantine/core';
import { sharingLabel } from '@vaksam/domain/incidents/sharing';
import { useTranslation } from 'react-i18next';
import { useLang } from './labels';

type Changes = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** What an "updated" history entry changed, in words: files, sharing, groups, K-nummer, the police report. */
export function EventDetail({ changes }: { changes: Changes }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lines: string[] = [];
  const { attachment, sharing, sharedToGroup, kNumber, policeReport } = changes;
  if (isRecord(attachment)) {
    const kind = text(attachment.contentType) === 'application/pdf' ? 'document' : 'image';
    lines.push(t(`incidents.eventDetail.${'removed' in attachment ? 'fileRemoved' : 'fileAdded'}.${kind}`));
  }
  if (isRecord(sharing) && text(sharing.to)) {
    lines.push(t('incidents.eventDetail.sharing', { level: sharingLabel(text(sharing.to) ?? '', lang) }));
  }
  if (isRecord(sharedToGroup)) {
    const to = text(sharedToGroup.to);
    const from = text(sharedToGroup.from);
    if (to) lines.push(t('incidents.eventDetail.sharedToGroup', { group: to }));
    else if (from) lines.push(t('incidents.eventDetail.unsharedFromGroup', { group: from }));
  }
  if (isRecord(kNumber)) {
    const to = text(kNumber.to);
    lines.push(
      to ? t('incidents.eventDetail.kNumber', { kNumber: to }) : t('incidents.eventDetail.kNumberCleared'),
    );
  }
  if (isRecord(policeReport) && text(policeReport.sentTo)) {
    lines.push(t('incidents.eventDetail.policeReport', { recipient: text(policeReport.sentTo) }));
  }
  if (lines.length === 0) return null;
  return (
    <>
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </>
  );
}
