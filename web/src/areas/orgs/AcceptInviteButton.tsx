import { Button, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { meQueryKey } from '../accounts/session';
import { orgKeys } from './queries';

/** Organisation names can be long; the label wraps instead of being cut off. */
const WRAPPING = {
  root: { height: 'auto', minHeight: 50, paddingBlock: 10 },
  label: { whiteSpace: 'normal', textAlign: 'center' },
} as const;

export function AcceptInviteButton({ token, orgName }: { token: string; orgName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/invites/{token}/accept', { params: { path: { token } } })),
    onSuccess: async ({ orgId }) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      navigate(`/o/${orgId}/settings`, { replace: true });
    },
  });

  return (
    <Stack gap="md">
      <FormError message={accept.isError ? errorMessage(accept.error, t) : null} />
      <Button
        size="lg"
        fullWidth
        loading={accept.isPending}
        onClick={() => accept.mutate()}
        styles={WRAPPING}
      >
        {t('invite.join', { org: orgName })}
      </Button>
    </Stack>
  );
}
