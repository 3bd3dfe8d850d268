import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDateTime } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { notify } from '../../ui/notify';
import { type MembershipClaim, membershipKeys } from './queries';

const STATE_COLOUR = { pending: 'vaksam', verified: 'green', rejected: 'red' } as const;

export function MembershipClaimRow({ claim }: { claim: MembershipClaim }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { name, membershipNumber } = claim;

  const decide = async (decision: 'verify' | 'reject') => {
    await unwrap(
      api.PUT('/admin/memberships/{userId}', {
        params: { path: { userId: claim.userId } },
        body: { decision, membershipNumber },
      }),
    );
    await queryClient.invalidateQueries({ queryKey: membershipKeys.all });
  };
  const verify = useMutation({
    mutationFn: () => decide('verify'),
    onSuccess: () => notify.success(t('memberships.verified', { name })),
    onError: (error) => notify.error(errorMessage(error, t)),
  });

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Text fw={600}>{name}</Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {claim.email}
            </Text>
          </Stack>
          <Badge color={STATE_COLOUR[claim.state]} variant="light" tt="none">
            {t(`memberships.state.${claim.state}`)}
          </Badge>
        </Group>
        <Text>
          {t('memberships.number')}: <strong>{membershipNumber}</strong>
        </Text>
        <Text size="sm" c="dimmed">
          {claim.decidedAt && claim.decidedBy
            ? t('memberships.decided', { date: formatDateTime(claim.decidedAt), name: claim.decidedBy.name })
            : t('memberships.claimed', { date: formatDateTime(claim.claimedAt) })}
        </Text>
        <Group gap="sm">
          {claim.state !== 'verified' ? (
            <Button
              size="sm"
              onClick={() => verify.mutate()}
              loading={verify.isPending}
              aria-label={t('memberships.verifyNamed', { name })}
            >
              {t('memberships.verify')}
            </Button>
          ) : null}
          {claim.state !== 'rejected' ? (
            <ConfirmButton
              size="sm"
              aria-label={t('memberships.rejectNamed', { name })}
              title={t('memberships.rejectTitle')}
              message={t('memberships.rejectText', { name, number: membershipNumber })}
              confirmLabel={t('memberships.reject')}
              describeError={(error) => errorMessage(error, t)}
              onConfirm={async () => {
                await decide('reject');
                notify.success(t('memberships.rejected', { name }));
              }}
            >
              {t('memberships.reject')}
            </ConfirmButton>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
