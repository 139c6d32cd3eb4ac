import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { codeOf } from '../api/errors.ts';
import { useMessages } from '../i18n/locale.tsx';
import { common } from './messages.ts';

export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/** Loading, error (with retry) and empty states, so no page shows a blank or a guess. */
export function QueryState<T>({
  query,
  isEmpty,
  children,
  emptyText,
}: {
  query: QueryLike<T>;
  isEmpty?: (data: T) => boolean;
  emptyText?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const m = useMessages(common);
  if (query.isPending) return <Skeleton active aria-busy="true" aria-label={m.loading} />;
  if (query.error || query.data === undefined)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <Empty description={emptyText ?? m.empty} />;
  return <>{children(query.data)}</>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const m = useMessages(common);
  const code = codeOf(error);
  const title = code === 'FORBIDDEN' ? m.forbidden : code === 'NOT_FOUND' ? m.notFound : m.error;
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      message={title}
      description={error instanceof Error ? error.message : undefined}
      action={
        onRetry && code !== 'FORBIDDEN' && code !== 'NOT_FOUND' ? (
          <Button size="small" onClick={onRetry}>
            {m.retry}
          </Button>
        ) : undefined
      }
    />
  );
}
