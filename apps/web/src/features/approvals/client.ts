import { apiFetch } from '../../auth/session.ts';
import type { InboxDecideInput, InboxListInput, InboxListOutput, TimelineOutput } from './contract.ts';

const base = '/api/approvals/trpc';

/** The gateway answers 404 for a service it does not route to: the approvals service is not running. */
export class ApprovalsUnavailable extends Error {
  constructor() {
    super('approvals service not available');
  }
}

export class ApprovalsError extends Error {
  readonly code: string | undefined;
  readonly fieldErrors: { path: string; message: string }[];
  constructor(message: string, code: string | undefined, fieldErrors: { path: string; message: string }[] = []) {
    super(message);
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

interface Envelope<T> {
  result?: { data: T };
  error?: { message: string; data?: { code?: string; fieldErrors?: { path: string; message: string }[] } };
}

/** tRPC's plain HTTP wire format (no batching, no transformer), one call at a time. */
async function call<T>(path: string, input: unknown, kind: 'query' | 'mutation'): Promise<T> {
  const res =
    kind === 'query'
      ? await apiFetch(`${base}/${path}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await apiFetch(`${base}/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
  const body = (await res.json().catch(() => null)) as Envelope<T> | null;
  if (res.status === 404 && !body?.error?.data?.code) throw new ApprovalsUnavailable();
  if (body?.result) return body.result.data;
  throw new ApprovalsError(
    body?.error?.message ?? `approvals answered ${res.status}`,
    body?.error?.data?.code,
    body?.error?.data?.fieldErrors,
  );
}

export const approvalsApi = {
  list: (input: InboxListInput) => call<InboxListOutput>('inbox.list', input, 'query'),
  decide: (input: InboxDecideInput) => call<unknown>('inbox.decide', input, 'mutation'),
  timeline: (approvalId: string) => call<TimelineOutput>('timeline.get', { approvalId }, 'query'),
};

export const approvalsKeys = {
  all: ['approvals'] as const,
  list: (input: InboxListInput) => ['approvals', 'inbox.list', input] as const,
  timeline: (approvalId: string) => ['approvals', 'timeline.get', approvalId] as const,
};
