/**
 * The last answers the report form needs (who I am, my organisations' units), kept so that a report
 * can be written after the page was reloaded without network. Cleared on logout.
 */
const PREFIX = 'vaksam.offline.';

export function rememberForOffline(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the app then needs the network after a reload, nothing else breaks.
  }
}

export function recallForOffline<T>(key: string): T | undefined {
  try {
    const stored = window.localStorage.getItem(PREFIX + key);
    return stored === null ? undefined : (JSON.parse(stored) as T);
  } catch {
    return undefined;
  }
}

export function forgetOfflineCopies(): void {
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith(PREFIX)) window.localStorage.removeItem(key);
    }
  } catch {
    // Nothing stored, nothing to forget.
  }
}
