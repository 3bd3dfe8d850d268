import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { Me } from '../api/types';
import { meQueryKey, useMe } from '../areas/accounts/session';
import { currentLanguage, setUiLanguage, type UiLanguage } from '../i18n';

/** Switches between Swedish and English; a signed-in user's profile follows the choice. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const next: UiLanguage = currentLanguage() === 'sv' ? 'en' : 'sv';

  const switchLanguage = async () => {
    await setUiLanguage(next);
    if (!me || me.user.language === next || me.mfaEnrolmentRequired) return;
    try {
      const user = await unwrap(api.PATCH('/profile', { body: { language: next } }));
      queryClient.setQueryData<Me | null>(meQueryKey, (old) => (old ? { ...old, user } : old));
    } catch {
      // The interface has switched already; the profile keeps its language until saved on the profile page.
    }
  };

  return (
    <Button variant="subtle" size="sm" px="xs" onClick={switchLanguage} lang={next}>
      {t('nav.switchLanguage')}
    </Button>
  );
}
