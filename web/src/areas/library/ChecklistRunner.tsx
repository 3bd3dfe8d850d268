import {
  Alert,
  Button,
  Checkbox,
  Group,
  Progress,
  Stack,
  Text,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { hasStatus, isApiError } from '../../api/errors';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { Section } from '../../ui/Section';
import { type ContentLanguage, type LibraryEntry, libraryKeys } from './queries';

const NOTE_MAX = 2000;

interface PointState {
  done: boolean;
  note: string;
  noteOpen: boolean;
}

const freshPoints = (count: number): PointState[] =>
  Array.from({ length: count }, () => ({ done: false, note: '', noteOpen: false }));

/** CHK-2: tick the points of a checklist, with notes, and save the run for one's own history. */
export function ChecklistRunner({ entry, language }: { entry: LibraryEntry; language: ContentLanguage }) {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  const items = (language === 'en' ? entry.en?.items : null) ?? entry.sv.items;
  return (
    <Section title={t('library.run.title')} description={t('library.run.lead')}>
      {changed ? (
        <Alert
          color="orange"
          variant="light"
          title={t('library.run.changedTitle')}
          withCloseButton
          onClose={() => setChanged(false)}
          closeButtonLabel={t('common.close')}
        >
          {t('library.run.changedText')}
        </Alert>
      ) : null}
      {/* A checklist with another number of points starts over: the old ticks would land on other points. */}
      <RunForm
        key={`${entry.id}:${items.length}`}
        entry={entry}
        language={language}
        items={items}
        onChanged={setChanged}
      />
    </Section>
  );
}

function RunForm({
  entry,
  language,
  items,
  onChanged,
}: {
  entry: LibraryEntry;
  language: ContentLanguage;
  items: string[];
  onChanged: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [points, setPoints] = useState(() => freshPoints(items.length));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const doneCount = points.filter((point) => point.done).length;
  const total = items.length;
  const update = (index: number, patch: Partial<PointState>) =>
    setPoints((old) => old.map((point, i) => (i === index ? { ...point, ...patch } : point)));

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/library/{id}/runs', {
          params: { path: { id: entry.id } },
          body: {
            language,
            entryUpdatedAt: entry.updatedAt,
            items: points.map((point) => ({ done: point.done, note: point.note.trim() })),
            note: note.trim(),
          },
        }),
      ),
    onMutate: () => setError(null),
    onSuccess: (run) => {
      notify.success(t('library.run.saved', { done: run.doneCount, total: run.items.length }));
      onChanged(false);
      setPoints(freshPoints(items.length));
      setNote('');
      void queryClient.invalidateQueries({ queryKey: libraryKeys.runs(entry.id) });
    },
    onError: (caught) => {
      if (hasStatus(caught, 409)) {
        onChanged(true);
        void queryClient.invalidateQueries({ queryKey: libraryKeys.entry(entry.id), exact: true });
        return;
      }
      const fields = isApiError(caught) ? Object.values(caught.fields) : [];
      setError([errorMessage(caught, t), ...fields].join(' '));
    },
  });

  return (
    <Stack gap="md">
      <div className="library-run-progress" aria-hidden>
        <Group justify="space-between" gap="xs" mb={6}>
          <Text size="sm" fw={600}>
            {t('library.run.progress', { done: doneCount, total })}
          </Text>
        </Group>
        <Progress value={total === 0 ? 0 : (doneCount / total) * 100} size="md" />
      </div>
      <Stack component="ol" gap="sm" className="plain-list library-run-points">
        {items.map((text, index) => (
          <PointRow
            // biome-ignore lint/suspicious/noArrayIndexKey: a point is its position; the list never reorders.
            key={index}
            index={index}
            text={text}
            language={language}
            point={points[index] ?? { done: false, note: '', noteOpen: false }}
            onChange={(patch) => update(index, patch)}
          />
        ))}
      </Stack>
      <Textarea
        label={t('library.run.note')}
        description={t('library.run.noteHelp')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={NOTE_MAX}
      />
      <FormError message={error} />
      <Group gap="sm" align="center">
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          {t('library.run.save')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('library.run.progress', { done: doneCount, total })}
        </Text>
      </Group>
    </Stack>
  );
}

function PointRow({
  index,
  text,
  language,
  point,
  onChange,
}: {
  index: number;
  text: string;
  language: ContentLanguage;
  point: PointState;
  onChange: (patch: Partial<PointState>) => void;
}) {
  const { t, i18n } = useTranslation();
  const noteId = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const opened = useRef(false);
  const foreign = i18n.language === language ? undefined : language;
  const number = index + 1;

  useEffect(() => {
    if (point.noteOpen && opened.current) noteRef.current?.focus();
    opened.current = false;
  }, [point.noteOpen]);

  const toggleLabel = point.noteOpen
    ? t('library.run.hideNote')
    : point.note.trim()
      ? t('library.run.editNote')
      : t('library.run.addNote');

  return (
    <li>
      <Stack gap={4}>
        <Checkbox
          size="md"
          checked={point.done}
          onChange={(event) => onChange({ done: event.currentTarget.checked })}
          label={
            <span lang={foreign} style={{ overflowWrap: 'anywhere' }}>
              {text}
            </span>
          }
        />
        <div className="library-run-note">
          {!point.noteOpen && point.note.trim() ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {t('library.run.notePrefix')} {point.note.trim()}
            </Text>
          ) : null}
          {point.noteOpen ? (
            <Textarea
              ref={noteRef}
              id={noteId}
              label={t('library.run.pointNote', { n: number })}
              value={point.note}
              onChange={(event) => onChange({ note: event.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={NOTE_MAX}
              size="sm"
            />
          ) : null}
          <Button
            variant="subtle"
            color="gray"
            size="xs"
            px={6}
            aria-expanded={point.noteOpen}
            aria-controls={point.noteOpen ? noteId : undefined}
            onClick={() => {
              opened.current = !point.noteOpen;
              onChange({ noteOpen: !point.noteOpen });
            }}
          >
            {toggleLabel}
            <VisuallyHidden> {t('library.run.pointN', { n: number })}</VisuallyHidden>
          </Button>
        </div>
      </Stack>
    </li>
  );
}
