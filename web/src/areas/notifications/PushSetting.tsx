import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../ui/errorMessage';
import { notify } from '../../ui/notify';
import { notificationKeys } from './queries';
import {
  browserSubscription,
  disablePush,
  enablePush,
  type PushBlocker,
  PushSetupError,
  pushBlocker,
} from './webPush';

/** Whether this browser gets pushes: it holds a subscription and the server knows it. */
function usePushState() {
  return useQuery({
    queryKey: notificationKeys.subscriptions,
    queryFn: async () => {
      const [subscription, server] = await Promise.all([
        browserSubscription().catch(() => null),
        unwrap(api.GET('/push/subscriptions')),
      ]);
      const here = subscription ? server.items.some((s) => s.endpoint === subscription.endpoint) : false;
      return { here, devices: server.items.length };
    },
  });
}

/** "Aktivera pushnotiser": asks the browser for permission and registers it, or says plainly why it cannot. */
export function PushSetting() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const state = usePushState();
  const [blocker, setBlocker] = useState<PushBlocker | null>(() => pushBlocker());
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (action: () => Promise<void>, done: string) => {
    setPending(true);
    setFailure(null);
    try {
      await action();
      notify.success(done);
    } catch (error) {
      if (error instanceof PushSetupError && error.blocker !== 'failed') setBlocker(error.blocker);
      else if (error instanceof PushSetupError) setFailure(t('notifications.push.failed'));
      else setFailure(errorMessage(error, t));
    } finally {
      setPending(false);
      void queryClient.invalidateQueries({ queryKey: notificationKeys.subscriptions });
    }
  };

  if (blocker) {
    return (
      <Alert
        color={blocker === 'denied' ? 'orange' : 'gray'}
        title={t(`notifications.push.blocked.${blocker}.title`)}
      >
        {t(`notifications.push.blocked.${blocker}.text`)}
      </Alert>
    );
  }
  const here = state.data?.here ?? false;
  const devices = state.data?.devices ?? 0;
  return (
    <Stack gap="xs">
      <Text size="sm">{here ? t('notifications.push.onHere') : t('notifications.push.offHere')}</Text>
      {devices > 0 ? (
        <Text size="sm" c="dimmed">
          {t(`notifications.push.devices.${devices === 1 ? 'one' : 'many'}`, { count: devices })}
        </Text>
      ) : null}
      {failure ? (
        <Alert color="red" variant="light">
          {failure}
        </Alert>
      ) : null}
      <Group>
        {here ? (
          <Button
            variant="default"
            loading={pending}
            onClick={() => void run(disablePush, t('notifications.push.disabled'))}
          >
            {t('notifications.push.disable')}
          </Button>
        ) : (
          <Button
            loading={pending || state.isPending}
            onClick={() => void run(enablePush, t('notifications.push.enabled'))}
          >
            {t('notifications.push.enable')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
