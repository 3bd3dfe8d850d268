import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDate, formatDateTime } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { LoadMore } from '../../ui/LoadMore';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { AttachmentViewer } from '../attachments/AttachmentViewer';
import { formatSize } from '../attachments/checks';
import { FileBadge, kindLabel, TILE_SIZE } from '../attachments/FileTile';
import { PhotoPicker } from '../attachments/PhotoPicker';
import { UploadProblems, UploadProgress } from '../attachments/UploadStatus';
import { useUploadQueue } from '../attachments/useUploadQueue';
import { useGroupContext } from './context';
import {
  DOCUMENT_TITLE_MAX,
  documentKeys,
  documentUrls,
  type GroupDocument,
  removeGroupDocument,
  uploadGroupDocument,
  useGroupDocuments,
} from './groupDocuments';

/**
 * GRP-6: files the group's admins put up for the members — an evacuation plan as a PDF, a map of the exits as a
 * picture. Pictures open in the viewer, PDFs download; admins upload with a title and remove with a confirmation
 * while the group is not archived.
 */
export function DocumentsSection() {
  const { t } = useTranslation();
  const { group, isAdmin } = useGroupContext();
  const queryClient = useQueryClient();
  const documents = useGroupDocuments(group.id);
  const [open, setOpen] = useState<GroupDocument | null>(null);
  const headingId = useId();
  const canUpload = isAdmin && !group.archivedAt;

  const remove = async (document: GroupDocument) => {
    await removeGroupDocument(group.id, document.id);
    setOpen(null);
    notify.success(t('groups.documents.removed'));
    await queryClient.invalidateQueries({ queryKey: documentKeys.ofGroup(group.id) });
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={3} id={headingId}>
          {t('groups.documents.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('groups.documents.lead')}
        </Text>
      </Stack>
      {documents.isPending ? <PageLoader /> : null}
      {documents.isError && documents.items.length === 0 ? (
        <LoadError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : null}
      {documents.isSuccess && documents.items.length === 0 ? (
        <EmptyState
          title={t('groups.documents.emptyTitle')}
          description={canUpload ? t('groups.documents.emptyAdminText') : t('groups.documents.emptyText')}
        />
      ) : null}
      {documents.items.length > 0 ? (
        <Stack component="ul" gap="sm" className="plain-list" aria-labelledby={headingId}>
          {documents.items.map((document) => (
            <DocumentRow
              key={document.id}
              groupId={group.id}
              document={document}
              onOpen={() => setOpen(document)}
              onRemove={() => remove(document)}
            />
          ))}
        </Stack>
      ) : null}
      <LoadMore
        hasMore={documents.hasNextPage}
        loading={documents.isFetchingNextPage}
        onLoad={() => void documents.fetchNextPage()}
      />
      {canUpload ? <UploadDocument groupId={group.id} /> : null}
      <AttachmentViewer
        attachment={open}
        url={open ? documentUrls(group.id, open.id).file : ''}
        byline={open ? byline(open, t) : undefined}
        canDelete={open?.canRemove ?? false}
        deleteMessage={open ? t('groups.documents.removeText', { title: open.title }) : undefined}
        onClose={() => setOpen(null)}
        onDelete={remove}
      />
    </Stack>
  );
}

const byline = (document: GroupDocument, t: TFunction) =>
  t('attachments.addedBy', {
    name: document.uploadedBy?.name ?? t('incidents.someone'),
    date: formatDateTime(document.createdAt),
  });

const thumbnailStyle = {
  objectFit: 'cover',
  borderRadius: 'var(--mantine-radius-sm)',
  display: 'block',
  background: 'var(--mantine-color-gray-1)',
} as const;

/** One document: its picture or kind, its title, the file's name, size and date, and removal for admins. */
function DocumentRow({
  groupId,
  document,
  onOpen,
  onRemove,
}: {
  groupId: string;
  document: GroupDocument;
  onOpen: () => void;
  onRemove: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const urls = documentUrls(groupId, document.id);
  // Pictures open over the page; a PDF is only ever downloaded (the server sends it so). The picture or badge is
  // a shortcut for the pointer; the keyboard and screen readers use the named link below it, one stop per action.
  const preview = document.hasThumbnail ? (
    <UnstyledButton onClick={onOpen} tabIndex={-1} aria-hidden>
      <img
        src={urls.thumbnail}
        alt=""
        width={TILE_SIZE}
        height={TILE_SIZE}
        loading="lazy"
        style={thumbnailStyle}
      />
    </UnstyledButton>
  ) : (
    <Anchor href={urls.file} download={document.displayName} tabIndex={-1} aria-hidden>
      <FileBadge label={kindLabel(document.displayName)} />
    </Anchor>
  );
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <div style={{ flex: 'none' }}>{preview}</div>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Title order={4} size="h5" style={{ overflowWrap: 'anywhere' }}>
            {document.title}
          </Title>
          <Text size="sm" c="dimmed" truncate="end" title={document.displayName}>
            {document.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('groups.documents.meta', {
              size: formatSize(document.size, i18n.language),
              date: formatDate(document.createdAt),
            })}
          </Text>
          <Group gap="xs" mt={4}>
            {document.hasThumbnail ? (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={onOpen}
                aria-label={t('groups.documents.open', { title: document.title })}
              >
                {t('groups.documents.show')}
              </Anchor>
            ) : (
              <Anchor
                href={urls.file}
                download={document.displayName}
                size="sm"
                aria-label={t('groups.documents.download', { title: document.title })}
              >
                {t('attachments.download')}
              </Anchor>
            )}
            {document.canRemove ? (
              <ConfirmButton
                size="compact-sm"
                variant="subtle"
                aria-label={t('groups.documents.removeNamed', { title: document.title })}
                title={t('groups.documents.removeTitle')}
                message={t('groups.documents.removeText', { title: document.title })}
                confirmLabel={t('groups.documents.remove')}
                onConfirm={onRemove}
                describeError={(error) => errorMessage(error, t)}
              >
                {t('groups.documents.remove')}
              </ConfirmButton>
            ) : null}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

/**
 * The admins' form: a title and one file, sent with its own Idempotency-Key. Should the connection drop, the
 * file waits here with its title fixed, so that sending it again stores it once.
 */
function UploadDocument({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queue = useUploadQueue();
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { title: '' },
    validate: {
      title: (value) =>
        !value.trim()
          ? t('groups.documents.titleRequired')
          : value.trim().length > DOCUMENT_TITLE_MAX
            ? t('groups.documents.titleTooLong', { max: DOCUMENT_TITLE_MAX })
            : null,
    },
  });
  // A file that did not get through waits with the title it was sent with.
  const waiting = queue.stopped !== null && queue.files.length > 0;

  const send = async (file: File, key: string) => {
    try {
      return await uploadGroupDocument(groupId, form.getValues().title.trim(), file, key);
    } catch (error) {
      if (isApiError(error) && error.fields.title) form.setFieldError('title', error.fields.title);
      throw error;
    }
  };

  const submit = async () => {
    if (queue.files.length === 0) {
      setFileError(t('groups.documents.fileRequired'));
      return;
    }
    setFileError(null);
    const { sent } = await queue.upload(send);
    if (sent > 0) {
      queue.clear();
      form.reset();
      notify.success(t('groups.documents.uploaded'));
      await queryClient.invalidateQueries({ queryKey: documentKeys.ofGroup(groupId) });
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.onSubmit(() => void submit())} noValidate>
        <Stack gap="sm">
          <Title order={4} size="h5">
            {t('groups.documents.uploadTitle')}
          </Title>
          <TextInput
            label={t('groups.documents.titleLabel')}
            description={waiting ? t('groups.documents.titleWaiting') : t('groups.documents.titleHelp')}
            placeholder={t('groups.documents.titlePlaceholder')}
            required
            maxLength={DOCUMENT_TITLE_MAX}
            readOnly={waiting}
            {...form.getInputProps('title')}
          />
          <PhotoPicker
            files={queue.files}
            onChange={(files) => {
              setFileError(null);
              queue.dismiss();
              queue.setFiles(files);
            }}
            disabled={queue.busy}
            label={t('groups.documents.fileLabel')}
            maxFiles={1}
          />
          {fileError ? (
            <Text size="sm" c="red" role="alert">
              {fileError}
            </Text>
          ) : null}
          <UploadProblems queue={queue} />
          <Group gap="xs">
            <Button type="submit" loading={queue.busy}>
              {waiting ? t('groups.documents.retry') : t('groups.documents.upload')}
            </Button>
          </Group>
          <UploadProgress queue={queue} />
        </Stack>
      </form>
    </Paper>
  );
}
