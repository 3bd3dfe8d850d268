import { Button, Paper, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PreviewCounts } from './PreviewCounts';
import { previewRecipients, type Targeting } from './queries';

interface RecipientPreviewButtonProps {
  groupId: string | null;
  targeting: Targeting;
  onError: (error: unknown) => void;
}

/** WARN-1: counts the recipients before anything is sent; a changed targeting hides the old counts. */
export function RecipientPreviewButton({ groupId, targeting, onError }: RecipientPreviewButtonProps) {
  const { t } = useTranslation();
  const key = JSON.stringify(targeting);
  const preview = useMutation({
    mutationFn: (asked: { key: string; targeting: Targeting }) =>
      previewRecipients(groupId, asked.targeting).then((counts) => ({ key: asked.key, counts })),
    onError,
  });
  const current = preview.data?.key === key ? preview.data.counts : null;
  return (
    <Stack gap="sm">
      <Button
        variant="light"
        onClick={() => preview.mutate({ key, targeting })}
        loading={preview.isPending}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('warnings.form.preview')}
      </Button>
      <div aria-live="polite">
        {current ? (
          <Paper withBorder p="md" radius="md" bg="gray.0">
            <PreviewCounts preview={current} />
          </Paper>
        ) : null}
      </div>
    </Stack>
  );
}
