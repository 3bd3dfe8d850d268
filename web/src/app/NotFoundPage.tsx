import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';
import { ButtonLink } from '../ui/RouterLinks';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} description={t('notFound.description')}>
      <div>
        <ButtonLink to="/">{t('common.toStart')}</ButtonLink>
      </div>
    </Page>
  );
}
