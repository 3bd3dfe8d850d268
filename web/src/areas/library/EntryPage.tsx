import { Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { hasStatus } from '../../api/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDate } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink, TextLink } from '../../ui/RouterLinks';
import { useLang } from '../incidents/labels';
import { EntryBadges } from './badges';
import { ChecklistRunner } from './ChecklistRunner';
import { Markdown } from './Markdown';
import { type ContentLanguage, type LibraryEntry, libraryKeys, useLibraryEntry } from './queries';
import { RunHistory } from './RunHistory';
import { shownLanguage } from './text';

/** One entry of the library; a checklist can be ticked off and the run saved (CHK-2). */
export function EntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const entry = useLibraryEntry(id);

  if (entry.isPending) return <PageLoader />;
  if (entry.isError) {
    if (hasStatus(entry.error, 404)) return <NotFoundPage />;
    return (
      <Page title={t('library.title')} description={<TextLink to="/library">{t('library.back')}</TextLink>}>
        <LoadError error={entry.error} onRetry={() => void entry.refetch()} />
      </Page>
    );
  }
  return <EntryView entry={entry.data} />;
}

function EntryView({ entry }: { entry: LibraryEntry }) {
  const { t } = useTranslation();
  const uiLang = useLang();
  const [chosen, setChosen] = useState<ContentLanguage | null>(null);
  const language = shownLanguage(chosen ?? uiLang, entry.en !== null);
  const text = (language === 'en' ? entry.en : null) ?? entry.sv;
  const foreign = language === uiLang ? undefined : language;
  // A group's entry is read among the group's content, so that is where the way back leads.
  const back = entry.group ? (
    <TextLink to={`/groups/${entry.group.id}/content`}>
      {t('library.backToGroup', { name: entry.group.name })}
    </TextLink>
  ) : (
    <TextLink to="/library">{t('library.back')}</TextLink>
  );

  return (
    <Page title={text.title} description={back}>
      <Stack gap="sm">
        <Group gap={6}>
          <EntryBadges kind={entry.kind} scope={entry.scope} group={entry.group} />
          {entry.tags.map((tag) => (
            <Badge key={tag} color="gray" variant="light" tt="none" fw={500}>
              {tag}
            </Badge>
          ))}
        </Group>
        {entry.en ? (
          <SegmentedControl
            aria-label={t('library.languageLabel')}
            value={language}
            onChange={(value) => setChosen(value === 'en' ? 'en' : 'sv')}
            data={[
              { value: 'sv', label: t('languages.sv') },
              { value: 'en', label: t('languages.en') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        ) : uiLang === 'en' ? (
          <Text size="sm" c="dimmed">
            {t('library.onlySwedish')}
          </Text>
        ) : null}
        {text.summary ? (
          <Text size="lg" lang={foreign} style={{ overflowWrap: 'anywhere' }}>
            {text.summary}
          </Text>
        ) : null}
      </Stack>
      {text.body ? (
        <div lang={foreign}>
          <Markdown>{text.body}</Markdown>
        </div>
      ) : null}
      {entry.kind === 'checklist' ? (
        <>
          <ChecklistRunner entry={entry} language={language} />
          <RunHistory entryId={entry.id} titles={[entry.sv.title, entry.en?.title ?? entry.sv.title]} />
        </>
      ) : null}
      <Text size="sm" c="dimmed">
        {entry.starter
          ? t('library.updatedStarter', { date: formatDate(entry.updatedAt) })
          : t('library.updated', { date: formatDate(entry.updatedAt) })}
      </Text>
      {entry.canEdit ? <EntryActions entry={entry} title={text.title} /> : null}
    </Page>
  );
}

function EntryActions({ entry, title }: { entry: LibraryEntry; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <Group gap="sm">
      <ButtonLink to={`/library/${entry.id}/edit`} variant="default">
        {t('library.edit')}
      </ButtonLink>
      <ConfirmButton
        title={t('library.deleteTitle')}
        message={
          entry.starter
            ? t('library.deleteStarterText', { title })
            : entry.scope === 'personal'
              ? t('library.deletePersonalText', { title })
              : entry.group
                ? t('library.deleteGroupText', { title, name: entry.group.name })
                : t('library.deleteText', { title })
        }
        confirmLabel={t('library.delete')}
        describeError={(error) => errorMessage(error, t)}
        onConfirm={async () => {
          await unwrap(api.DELETE('/library/{id}', { params: { path: { id: entry.id } } }));
          queryClient.removeQueries({ queryKey: libraryKeys.entry(entry.id) });
          await queryClient.invalidateQueries({ queryKey: libraryKeys.all });
          notify.success(t('library.deleted', { title }));
          navigate(entry.group ? `/groups/${entry.group.id}/content` : '/library');
        }}
      >
        {t('library.delete')}
      </ConfirmButton>
    </Group>
  );
}
