import { useTranslation } from 'react-i18next';
import type { Severity } from './queries';
import './warnings.css';

/** How serious a warning is, in words and in colour. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className="warning-severity" data-severity={severity}>
      {t(`warnings.severity.${severity}`)}
    </span>
  );
}
