import { useTranslation } from 'react-i18next';
import type { AuthoredWarning } from './queries';

const FIGURES = ['targeted', 'delivered', 'opened', 'useful', 'notUseful'] as const;

/** WARN-1: how far a warning got and what its readers made of it. */
export function WarningStats({ warning }: { warning: AuthoredWarning }) {
  const { t } = useTranslation();
  return (
    <dl className="warning-stats">
      {FIGURES.map((figure) => (
        <div key={figure}>
          <dt>{t(`warnings.stats.${figure}`)}</dt>
          <dd>{warning.stats[figure]}</dd>
        </div>
      ))}
    </dl>
  );
}
