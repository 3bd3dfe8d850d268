import { Alert, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { ATTACHMENT_MAX_BYTES } from '@vaksam/domain/attachments';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPT, checkFiles, type FileProblem, MAX_FILES_AT_ONCE } from './checks';
import { FileTile } from './FileTile';

interface PhotoPickerProps {
  files: File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
  /** The group's heading; the report form's default, something like "Add more" where files exist already. */
  label?: string;
  /** How many files may be chosen in all (a report takes ten at a time, a group post four). */
  maxFiles?: number;
}

const MAX_MB = ATTACHMENT_MAX_BYTES / 1024 / 1024;

/**
 * Photos and documents for a report, chosen before anything is sent: the camera straight away, or files
 * from the phone. Checks type and size here so the user hears at once why a file was left out;
 * the server checks again by content.
 */
export function PhotoPicker({
  files,
  onChange,
  disabled = false,
  label,
  maxFiles = MAX_FILES_AT_ONCE,
}: PhotoPickerProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const resetCamera = useRef<() => void>(null);
  const resetFiles = useRef<() => void>(null);

  const add = (chosen: File[]) => {
    const checked = checkFiles(files, chosen, maxFiles);
    setProblems(checked.problems);
    if (checked.files.length !== files.length) onChange(checked.files);
    // The same file may be picked again after it was removed.
    resetCamera.current?.();
    resetFiles.current?.();
  };

  return (
    <Stack gap="xs" role="group" aria-labelledby={labelId}>
      <Text fw={500} size="sm" id={labelId}>
        {label ?? t('attachments.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('attachments.pickerHelp', { maxMb: MAX_MB })}
      </Text>
      <Group gap="sm">
        <FileButton
          accept="image/*"
          capture="environment"
          onChange={(file) => add(file ? [file] : [])}
          resetRef={resetCamera}
          disabled={disabled}
        >
          {(props) => (
            <Button variant="default" disabled={disabled} {...props}>
              {t('attachments.takePhoto')}
            </Button>
          )}
        </FileButton>
        <FileButton accept={ACCEPT} multiple onChange={add} resetRef={resetFiles} disabled={disabled}>
          {(props) => (
            <Button variant="default" disabled={disabled} {...props}>
              {t('attachments.chooseFiles')}
            </Button>
          )}
        </FileButton>
      </Group>
      {problems.length > 0 ? (
        <Alert color="orange" variant="light" title={t('attachments.leftOut')} role="alert">
          <List size="sm" spacing={2}>
            {problems.map((problem) => (
              <List.Item key={`${problem.name}-${problem.reason}`}>
                {t(`attachments.problems.${problem.reason}`, {
                  name: problem.name,
                  maxMb: MAX_MB,
                  maxFiles,
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed" aria-live="polite">
        {files.length > 0 ? t('attachments.chosenCount', { count: files.length, max: maxFiles }) : ''}
      </Text>
      {files.length > 0 ? (
        <Group component="ul" gap="sm" align="flex-start" className="plain-list" m={0} p={0}>
          {files.map((file) => (
            <FileTile
              key={`${file.name}-${file.size}-${file.lastModified}`}
              file={file}
              onRemove={() => {
                setProblems([]);
                onChange(files.filter((other) => other !== file));
              }}
            />
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
