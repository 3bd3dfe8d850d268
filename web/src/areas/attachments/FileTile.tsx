import { Box, CloseButton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canPreview, formatSize } from './checks';
import { useObjectUrl } from './useObjectUrl';

export const TILE_SIZE = 96;

/** A square for a file without a picture (a PDF, a HEIC the browser cannot draw): its kind in large type. */
export function FileBadge({ label }: { label: string }) {
  return (
    <Box
      w={TILE_SIZE}
      h={TILE_SIZE}
      bg="gray.1"
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        borderRadius: 'var(--mantine-radius-sm)',
        border: '1px solid var(--mantine-color-gray-3)',
      }}
    >
      <Text fw={700} c="gray.7" aria-hidden>
        {label}
      </Text>
    </Box>
  );
}

/** The file's extension in capitals, for the badge: `kvitto.pdf` → PDF. */
export const kindLabel = (name: string) => name.split('.').at(-1)?.slice(0, 4).toUpperCase() || '?';

/** A chosen file not yet sent: a preview (or its kind), its name and size, and a button to take it out. */
export function FileTile({ file, onRemove }: { file: File; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const preview = useObjectUrl(canPreview(file) ? file : null);
  const [broken, setBroken] = useState(false);
  return (
    <Stack gap={4} w={TILE_SIZE} component="li" style={{ position: 'relative' }}>
      {preview && !broken ? (
        <img
          src={preview}
          alt=""
          width={TILE_SIZE}
          height={TILE_SIZE}
          onError={() => setBroken(true)}
          style={{ objectFit: 'cover', borderRadius: 'var(--mantine-radius-sm)', display: 'block' }}
        />
      ) : (
        <FileBadge label={kindLabel(file.name)} />
      )}
      <CloseButton
        size="md"
        variant="filled"
        color="dark"
        aria-label={t('attachments.remove', { name: file.name })}
        onClick={onRemove}
        style={{ position: 'absolute', top: 4, right: 4 }}
      />
      <Text size="xs" truncate="end" title={file.name}>
        {file.name}
      </Text>
      <Text size="xs" c="dimmed">
        {formatSize(file.size, i18n.language)}
      </Text>
    </Stack>
  );
}
