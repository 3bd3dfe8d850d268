import { Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errorMessage';
import { notify } from '../../ui/notify';
import { useMe } from '../accounts/session';
import { useFraudFollowing, useSetFraudFollowing } from './queries';

/**
 * FRAUD-3: a signed-in person follows the list and hears of every new entry in the app and, by their
 * notification settings, by push. Signed out, the page says that following needs an account.
 */
export function FollowList() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const signedIn = Boolean(me?.user);
  const following = useFraudFollowing(signedIn);
  const change = useSetFraudFollowing();
  if (!signedIn) {
    return (
      <Text size="sm" c="dimmed">
        {t('fraud.follow.signedOut')}
      </Text>
    );
  }
  return (
    <Switch
      checked={following.data?.following ?? false}
      disabled={following.isPending || change.isPending}
      label={t('fraud.follow.label')}
      description={t('fraud.follow.description')}
      onChange={(event) =>
        change.mutate(event.currentTarget.checked, {
          onSuccess: (answer) =>
            notify.success(t(answer.following ? 'fraud.follow.started' : 'fraud.follow.stopped')),
          onError: (error) => notify.error(errorMessage(error, t)),
        })
      }
    />
  );
}
