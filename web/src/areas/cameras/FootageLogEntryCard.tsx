import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/dates';
import { typeLabel, useLang } from '../incidents/labels';
import type { LogEntry } from './queries';

const DECISION_COLOURS = { pending: 'yellow', granted: 'green', refused: 'red' } as const;

/** One entry of the footage log as it was written; a superseded entry stays, marked and dimmed. */
export function FootageLogEntryCard({ entry, onFollowUp }: { entry: LogEntry; onFollowUp: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const facts: [string, string | null][] =
    entry.kind === 'access'
      ? [
          [t('footageLog.fields.person'), entry.person],
          [t('footageLog.fields.action'), entry.action ? t(`footageLog.actions.${entry.action}`) : null],
          [t('footageLog.fields.reason'), entry.reason],
        ]
      : [
          [t('footageLog.fields.requester'), entry.requester],
          [t('footageLog.fields.reference'), entry.reference],
          [t('footageLog.fields.decidedBy'), entry.decidedBy],
          [t('footageLog.fields.decidedAt'), entry.decidedAt ? formatDateTime(entry.decidedAt) : null],
          [t('footageLog.fields.note'), entry.note],
        ];

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      style={entry.supersededBy ? { opacity: 0.7 } : undefined}
      aria-label={entry.supersededBy ? t('footageLog.supersededLabel') : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Group gap="xs">
            <Badge variant="light" color={entry.kind === 'access' ? 'blue' : 'grape'}>
              {t(`footageLog.kinds.${entry.kind}`)}
            </Badge>
            {entry.decision ? (
              <Badge variant="light" color={DECISION_COLOURS[entry.decision]}>
                {t(`footageLog.decisions.${entry.decision}`)}
              </Badge>
            ) : null}
            {entry.supersededBy ? (
              <Badge variant="outline" color="gray">
                {t('footageLog.superseded')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" fw={600}>
            <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
          </Text>
        </Group>
        <dl className="facts">
          {facts
            .filter((fact): fact is [string, string] => Boolean(fact[1]))
            .map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd style={{ whiteSpace: 'pre-wrap' }}>{value}</dd>
              </div>
            ))}
        </dl>
        {entry.incident ? (
          <Text size="sm">
            {t('footageLog.relatedReport')}{' '}
            <Anchor component={Link} to={`/incidents/${entry.incident.id}`}>
              {typeLabel(entry.incident.type, lang)}, {formatDateTime(entry.incident.occurredAt)}
            </Anchor>
          </Text>
        ) : null}
        {entry.supersedes ? (
          <Text size="sm" c="dimmed">
            {t('footageLog.supersedes')}
          </Text>
        ) : null}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {t('footageLog.recorded', {
              name: entry.recordedBy?.name || t('footageLog.someone'),
              at: formatDateTime(entry.createdAt),
            })}
          </Text>
          {entry.supersededBy ? null : (
            <Button variant="subtle" size="compact-sm" onClick={onFollowUp}>
              {entry.kind === 'disclosure' && entry.decision === 'pending'
                ? t('footageLog.decide')
                : t('footageLog.correct')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
