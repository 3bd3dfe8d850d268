import {
  Alert,
  Button,
  Group,
  Paper,
  Radio,
  Stack,
  Switch,
  Tabs,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError, hasStatus, isApiError } from '../../api/errors';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { focusFirstInvalid } from '../../ui/focusFirstInvalid';
import { notify } from '../../ui/notify';
import { ButtonLink } from '../../ui/RouterLinks';
import { useServerErrors } from '../../ui/useServerErrors';
import { Markdown } from './Markdown';
import {
  type ContentLanguage,
  LIBRARY_KINDS,
  type LibraryEntry,
  type LibraryEntryInput,
  type LibraryGroup,
  type LibraryKind,
  type LibraryScope,
  libraryKeys,
} from './queries';
import { groupFieldErrors, linesToPoints, pointsToLines } from './text';

// Mirrors LIBRARY_LIMITS in @vaksam/domain/library; importing it would pull zod into this page.
const LIMITS = { title: 200, summary: 400, body: 50_000, items: 200, item: 300, tags: 20, tag: 40 };

interface TextValues {
  title: string;
  summary: string;
  body: string;
  /** Checklist points, one per line. */
  points: string;
}

export interface EntryFormValues {
  kind: LibraryKind;
  scope: LibraryScope;
  tags: string[];
  sv: TextValues;
  withEnglish: boolean;
  en: TextValues;
}

const emptyText: TextValues = { title: '', summary: '', body: '', points: '' };

function textValues(text: LibraryEntry['sv'] | null): TextValues {
  if (!text) return emptyText;
  return { title: text.title, summary: text.summary, body: text.body, points: pointsToLines(text.items) };
}

export function valuesOf(entry: LibraryEntry): EntryFormValues {
  return {
    kind: entry.kind,
    scope: entry.scope,
    tags: entry.tags,
    sv: textValues(entry.sv),
    withEnglish: entry.en !== null,
    en: textValues(entry.en),
  };
}

export function newValues(kind: LibraryKind, scope: LibraryScope): EntryFormValues {
  return { kind, scope, tags: [], sv: emptyText, withEnglish: false, en: emptyText };
}

function toText(values: TextValues, kind: LibraryKind) {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: values.body.trim(),
    items: kind === 'checklist' ? linesToPoints(values.points) : [],
  };
}

function toBody(
  values: EntryFormValues,
  group: LibraryGroup | null,
  baseUpdatedAt: string | null,
): LibraryEntryInput {
  return {
    kind: values.kind,
    scope: values.scope,
    groupId: values.scope === 'group' ? (group?.id ?? null) : null,
    tags: [...new Set(values.tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))],
    sv: toText(values.sv, values.kind),
    en: values.withEnglish ? toText(values.en, values.kind) : null,
    ...(baseUpdatedAt ? { baseUpdatedAt } : {}),
  };
}

type Tab = 'write' | 'preview';

const SERVER_FIELDS = { 'sv.items': 'sv.points', 'en.items': 'en.points' };

/**
 * CHK-1, CHK-4: writing an entry, in Swedish and optionally English. A group's entry (GRP-6) stays in its
 * group: the scope is not offered, and the group is named instead.
 */
export function EntryForm({
  entry,
  initialValues,
  writableScopes,
  group = null,
  onReload,
}: {
  entry?: LibraryEntry;
  initialValues: EntryFormValues;
  writableScopes: LibraryScope[];
  /** The group a group entry belongs to; its scope is then fixed. */
  group?: LibraryGroup | null;
  /** Fetches the entry as it is saved now, after someone else changed it. */
  onReload?: () => Promise<LibraryEntry>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(entry?.updatedAt ?? null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const [tabs, setTabs] = useState<Record<ContentLanguage, Tab>>({ sv: 'write', en: 'write' });
  const formRef = useRef<HTMLFormElement>(null);
  // After a failed save the user is at the button; the first field to fix may be far above it.
  const showErrors = () => {
    setTabs({ sv: 'write', en: 'write' });
    focusFirstInvalid(formRef.current);
  };

  const form = useForm<EntryFormValues>({
    initialValues,
    validate: (values) => validate(values, t),
  });
  const errors = useServerErrors(form, SERVER_FIELDS);

  const save = useMutation({
    mutationFn: (values: EntryFormValues) =>
      entry
        ? unwrap(
            api.PUT('/library/{id}', {
              params: { path: { id: entry.id } },
              body: toBody(values, group, base),
            }),
          )
        : unwrap(api.POST('/library', { body: toBody(values, group, null) })),
    onMutate: () => {
      errors.clear();
      setConflict(null);
    },
    onError: (error) => {
      if (hasStatus(error, 409) && isApiError(error)) {
        // The server's sentence is Swedish only; the reason is known, so it is told in the user's language:
        // someone saved in between (the field says so), or else the group was archived.
        if ('baseUpdatedAt' in error.fields) setConflict(t('library.form.conflictMessage'));
        else errors.handleError(new ApiError(409, error.code, t('library.form.groupArchived')));
        return;
      }
      errors.handleError(
        isApiError(error)
          ? new ApiError(
              error.status,
              error.code,
              error.message,
              groupFieldErrors(error.fields, (number, message) =>
                t('library.form.pointError', { number, message }),
              ),
            )
          : error,
      );
      showErrors();
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(libraryKeys.entry(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: libraryKeys.lists });
      notify.success(t('library.form.saved', { title: saved.sv.title }));
      navigate(`/library/${saved.id}`);
    },
  });

  const reload = async () => {
    if (!onReload) return;
    setReloading(true);
    try {
      const fresh = await onReload();
      form.setValues(valuesOf(fresh));
      form.resetDirty(valuesOf(fresh));
      form.clearErrors();
      setBase(fresh.updatedAt);
      setConflict(null);
      errors.clear();
      notify.success(t('library.form.reloaded'));
    } catch (error) {
      setConflict(errorMessage(error, t));
    } finally {
      setReloading(false);
    }
  };

  const { kind, withEnglish } = form.getValues();
  const cancelTo = entry ? `/library/${entry.id}` : group ? `/groups/${group.id}/content` : '/library';
  // The group is the entry's place, not a choice among the others.
  const scopeChoices = writableScopes.filter((value) => value !== 'group');

  return (
    <form
      onSubmit={form.onSubmit(
        (values) => save.mutate(values),
        () => showErrors(),
      )}
      noValidate
      ref={formRef}
    >
      <Stack gap="lg">
        {entry ? null : (
          <Radio.Group label={t('library.form.kind')} required {...form.getInputProps('kind')}>
            <Stack gap="xs" mt="xs">
              {LIBRARY_KINDS.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`library.kind.${value}`)}
                  description={t(`library.kindHelp.${value}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {group ? (
          <Alert color="blue" variant="light" title={t('library.form.groupTitle', { name: group.name })}>
            {t('library.form.groupText')}
          </Alert>
        ) : scopeChoices.length > 1 ? (
          <Radio.Group label={t('library.form.scope')} required {...form.getInputProps('scope')}>
            <Stack gap="xs" mt="xs">
              {scopeChoices.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`library.scope.${value}`)}
                  description={t(`library.scopeHelp.${value}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <Alert color="gray" variant="light">
            {t('library.form.personalOnly')}
          </Alert>
        )}
        <TagsInput
          label={t('library.form.tags')}
          description={t('library.form.tagsHelp')}
          maxTags={LIMITS.tags}
          splitChars={[',', ';']}
          clearable
          acceptValueOnBlur
          comboboxProps={{ withinPortal: false }}
          {...form.getInputProps('tags')}
        />
        <LanguageFields
          form={form}
          language="sv"
          kind={kind}
          tab={tabs.sv}
          onTab={(tab) => setTabs((old) => ({ ...old, sv: tab }))}
        />
        <Switch
          size="md"
          label={t('library.form.withEnglish')}
          description={t('library.form.withEnglishHelp')}
          {...form.getInputProps('withEnglish', { type: 'checkbox' })}
        />
        {withEnglish ? (
          <LanguageFields
            form={form}
            language="en"
            kind={kind}
            tab={tabs.en}
            onTab={(tab) => setTabs((old) => ({ ...old, en: tab }))}
          />
        ) : null}
        <FormError message={errors.formError} />
        {conflict ? (
          <Alert color="orange" variant="light" title={t('library.form.conflictTitle')}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{conflict}</Text>
              <Text size="sm">{t('library.form.conflictText')}</Text>
              {onReload ? (
                <Button variant="white" color="orange" size="sm" onClick={reload} loading={reloading}>
                  {t('library.form.reload')}
                </Button>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {entry ? t('common.save') : t('library.form.create')}
          </Button>
          <ButtonLink to={cancelTo} variant="default">
            {t('common.cancel')}
          </ButtonLink>
        </Group>
      </Stack>
    </form>
  );
}

function LanguageFields({
  form,
  language,
  kind,
  tab,
  onTab,
}: {
  form: UseFormReturnType<EntryFormValues>;
  language: ContentLanguage;
  kind: LibraryKind;
  tab: Tab;
  onTab: (tab: Tab) => void;
}) {
  const { t } = useTranslation();
  const values = form.getValues()[language];
  const pointCount = linesToPoints(values.points).length;
  const svCount = linesToPoints(form.getValues().sv.points).length;
  const heading = language === 'sv' ? t('library.form.swedish') : t('library.form.english');
  const fieldLabel = (label: string) => (language === 'sv' ? label : t('library.form.inEnglish', { label }));

  return (
    <Paper component="fieldset" withBorder p="md" radius="md" className="library-fieldset">
      <Title order={2} component="legend" size="h3" className="library-legend">
        {heading}
      </Title>
      <Stack gap="md">
        <TextInput
          label={fieldLabel(t('library.form.title'))}
          required
          maxLength={LIMITS.title}
          lang={language}
          {...form.getInputProps(`${language}.title`)}
        />
        <Textarea
          label={fieldLabel(t('library.form.summary'))}
          description={t('library.form.summaryHelp')}
          autosize
          minRows={2}
          maxLength={LIMITS.summary}
          lang={language}
          {...form.getInputProps(`${language}.summary`)}
        />
        {kind === 'checklist' ? (
          <Textarea
            label={fieldLabel(t('library.form.points'))}
            description={
              language === 'sv'
                ? t('library.form.pointsHelp', { count: pointCount })
                : t('library.form.pointsHelpEnglish', { count: pointCount, total: svCount })
            }
            required={language === 'sv'}
            autosize
            minRows={5}
            maxRows={30}
            lang={language}
            {...form.getInputProps(`${language}.points`)}
          />
        ) : null}
        <Tabs value={tab} onChange={(value) => onTab(value === 'preview' ? 'preview' : 'write')} keepMounted>
          <Tabs.List aria-label={fieldLabel(t('library.form.body'))}>
            <Tabs.Tab value="write">{t('library.form.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('library.form.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <Textarea
              label={fieldLabel(t('library.form.body'))}
              description={
                kind === 'checklist' ? t('library.form.bodyHelpChecklist') : t('library.form.bodyHelp')
              }
              required={kind !== 'checklist' && language === 'sv'}
              autosize
              minRows={kind === 'checklist' ? 3 : 6}
              maxRows={24}
              maxLength={LIMITS.body}
              lang={language}
              {...form.getInputProps(`${language}.body`)}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            <Paper withBorder p="md" radius="md" mih={120} lang={language}>
              {values.body.trim() ? (
                <Markdown>{values.body}</Markdown>
              ) : (
                <Text c="dimmed" size="sm">
                  {t('library.form.nothingToPreview')}
                </Text>
              )}
            </Paper>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}

/** Quick checks before sending, in the user's language; the server checks everything again. */
function validate(values: EntryFormValues, t: TFunction) {
  const errors: Record<string, string> = {};
  const languages: ContentLanguage[] = values.withEnglish ? ['sv', 'en'] : ['sv'];
  const svPoints = linesToPoints(values.sv.points);
  for (const language of languages) {
    const text = values[language];
    if (!text.title.trim()) errors[`${language}.title`] = t('library.form.titleRequired');
    if (values.kind !== 'checklist') continue;
    const points = linesToPoints(text.points);
    const tooLong = points.findIndex((point) => point.length > LIMITS.item);
    if (tooLong !== -1) {
      errors[`${language}.points`] = t('library.form.pointTooLong', {
        number: tooLong + 1,
        max: LIMITS.item,
      });
    } else if (points.length > LIMITS.items) {
      errors[`${language}.points`] = t('library.form.tooManyPoints', { max: LIMITS.items });
    } else if (language === 'sv' && points.length === 0) {
      errors['sv.points'] = t('library.form.pointsRequired');
    } else if (language === 'en' && points.length !== svPoints.length) {
      errors['en.points'] = t('library.form.pointsMismatch', { count: svPoints.length });
    }
  }
  if (values.kind !== 'checklist' && !values.sv.body.trim())
    errors['sv.body'] = t('library.form.bodyRequired');
  if (values.tags.some((tag) => tag.trim().length > LIMITS.tag)) {
    errors.tags = t('library.form.tagTooLong', { max: LIMITS.tag });
  }
  return errors;
}
