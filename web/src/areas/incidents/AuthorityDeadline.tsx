import { Alert, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';

interface AuthorityDeadlineProps {
  deadline: string | null;
  status: string;
}

const HOUR = 3_600_000;
/** The reminder mail goes out a day before; the page turns red at the same time. */
const URGENT_HOURS = 24;

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** PRIV-6: a personal-data incident must be reported to IMY within 72 hours; the time left, while it is open. */
export function AuthorityDeadline({ deadline, status }: AuthorityDeadlineProps) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  if (!deadline || status === 'resolved' || status === 'closed') return null;
  const left = new Date(deadline).getTime() - now;
  const when = formatDateTime(deadline);
  if (left <= 0) {
    return (
      <Alert color="red" variant="light" title={t('incidents.authority.passedTitle')} role="status">
        <Text size="sm">{t('incidents.authority.passed', { when })}</Text>
      </Alert>
    );
  }
  const hours = Math.floor(left / HOUR);
  const minutes = Math.floor((left % HOUR) / 60_000);
  return (
    <Alert
      color={hours < URGENT_HOURS ? 'red' : 'blue'}
      variant="light"
      title={t('incidents.authority.title', { hours, minutes })}
      role="status"
    >
      <Text size="sm">{t('incidents.authority.text', { when })}</Text>
    </Alert>
  );
}
