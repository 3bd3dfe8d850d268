import { useCallback, useEffect, useState } from 'react';
import { onOutboxChange, outboxAvailable, type QueuedReport, queuedReports } from './store';

/** What this user has waiting on the device, kept current across tabs. */
export function useOutbox(userId: string | null): QueuedReport[] {
  const [reports, setReports] = useState<QueuedReport[]>([]);
  const load = useCallback(() => {
    if (!userId || !outboxAvailable()) {
      setReports([]);
      return;
    }
    queuedReports(userId)
      .then(setReports)
      .catch(() => setReports([]));
  }, [userId]);
  useEffect(() => {
    load();
    return onOutboxChange(load);
  }, [load]);
  return reports;
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
