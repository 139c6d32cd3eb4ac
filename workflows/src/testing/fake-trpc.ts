import { TRPCClientError } from '@trpc/client';

const jsonRpcCodes: Record<string, number> = {
  BAD_REQUEST: -32600,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  NOT_FOUND: -32004,
  CONFLICT: -32009,
  PRECONDITION_FAILED: -32012,
  UNPROCESSABLE_CONTENT: -32022,
  INTERNAL_SERVER_ERROR: -32603,
};

/** The error a typed tRPC client throws when the service answers with `code`. */
export function trpcError(code: string, message: string): TRPCClientError<never> {
  return TRPCClientError.from({
    error: { message, code: jsonRpcCodes[code] ?? -32603, data: { code, httpStatus: 400 } },
  });
}

/** A fake procedure: records every input and answers with `answer` (a value, or a thrown error). */
export function fakeProcedure<O>(answer: (input: Record<string, unknown>, call: number) => O | Promise<O>) {
  const calls: Record<string, unknown>[] = [];
  // `never`: the fake stands in for any procedure's input (the interfaces' methods are bivariant).
  const run = async (input: never) => {
    calls.push(input);
    return answer(input, calls.length);
  };
  return { calls, query: run, mutate: run };
}
