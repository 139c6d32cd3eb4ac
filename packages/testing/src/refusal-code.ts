/** What a client call came to: 'OK', or the tRPC error code it was refused with. */
export const codeOf = (call: Promise<unknown>): Promise<string> =>
  call.then(
    () => 'OK',
    (error: { data?: { code?: string } }) => error.data?.code ?? String(error),
  );
