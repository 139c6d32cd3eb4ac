import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { App } from 'antd';
import { fieldErrorsOf } from '../api/errors.ts';
import { useMessages } from '../i18n/locale.tsx';
import { useIdempotencyKey } from './idempotency.ts';
import { common } from './messages.ts';

/**
 * A state change: one idempotency key per intended change (kept across retries), every query
 * refreshed afterwards so the page shows what the service now says, errors reported by field.
 */
export function useChange<TInput extends { idempotencyKey: string }, TOutput, TError>(
  options: UseMutationOptions<TOutput, TError, TInput>,
) {
  const mutation = useMutation(options);
  const queryClient = useQueryClient();
  const key = useIdempotencyKey();
  const { message } = App.useApp();
  const m = useMessages(common);
  const run = async (input: Omit<TInput, 'idempotencyKey'>): Promise<TOutput | undefined> => {
    try {
      const out = await mutation.mutateAsync({ ...input, idempotencyKey: key.key() } as TInput);
      key.done();
      void message.success(m.saved);
      await queryClient.invalidateQueries();
      return out;
    } catch (error) {
      const fields = fieldErrorsOf(error);
      void message.error(
        fields.length
          ? fields.map((f) => `${f.path}: ${f.message}`).join('; ')
          : error instanceof Error
            ? error.message
            : String(error),
      );
      throw error;
    }
  };
  return { run, pending: mutation.isPending, error: mutation.error };
}
