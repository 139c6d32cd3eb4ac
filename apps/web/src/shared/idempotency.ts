import { useCallback, useRef } from 'react';

/**
 * One idempotency key per intended change: a retry of the same submission reuses it (the service
 * answers the stored result), and a new key is drawn once the change succeeded.
 */
export function useIdempotencyKey(): { key: () => string; done: () => void } {
  const current = useRef<string | null>(null);
  const key = useCallback(() => (current.current ??= crypto.randomUUID()), []);
  const done = useCallback(() => {
    current.current = null;
  }, []);
  return { key, done };
}
