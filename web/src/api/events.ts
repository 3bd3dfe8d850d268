/** Things any API call can find out that the app shell must react to, wherever the call was made. */
export type ApiEvent = 'unauthenticated' | 'mfaEnrolmentRequired' | 'csrfFailed';

type Listener = (event: ApiEvent) => void;

const listeners = new Set<Listener>();

export function onApiEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitApiEvent(event: ApiEvent): void {
  for (const listener of listeners) listener(event);
}
