/** What a tRPC call answers over HTTP: its data, or an error with its code and the fields at fault. */
export interface TrpcBody {
  result?: { data: unknown };
  error?: {
    message: string;
    data: { code: string; httpStatus: number; fieldErrors?: { path: string; message: string }[] };
  };
}

/** A raw tRPC call to the service at `url`, for status codes and error shapes a client would hide. */
export async function rawTrpcCall(
  url: string,
  path: string,
  input: unknown,
  token: string,
  method: 'GET' | 'POST' = 'POST',
): Promise<{ status: number; body: TrpcBody }> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const res =
    method === 'GET'
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input ?? {}))}`, { headers })
      : await fetch(`${url}/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(input) });
  return { status: res.status, body: (await res.json()) as TrpcBody };
}
